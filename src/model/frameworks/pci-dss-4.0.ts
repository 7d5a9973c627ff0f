import {
  AT_REST,
  IN_TRANSIT,
  LEAST_PRIVILEGE,
  NETWORK_BOUNDARY,
  PATCHING,
  PUBLIC_ACCESS,
  SERVICE_LOGS,
  TRAIL_PROTECTION,
} from './duty-groups.js';
import { type ComplianceFramework, control } from './types.js';

/** PCI DSS v4.0: the requirements that bear on the line between AWS and its customer. */
export const PCI_DSS_4_0: ComplianceFramework = {
  id: 'pci-dss-4.0',
  title: 'PCI DSS v4.0',
  source: 'https://docs-prv.pcisecuritystandards.org/PCI%20DSS/Standard/PCI-DSS-v4_0.pdf',
  controls: [
    control('1.3.1', 'Inbound traffic to the CDE is restricted', [...NETWORK_BOUNDARY], ['network-firewall']),
    control('2.2.1', 'Configuration standards are developed, implemented and maintained', [
      'ec2.identity.imdsv2-required',
    ]),
    control('2.2.7', 'All non-console administrative access is encrypted using strong cryptography', [
      'vpc.connectivity.management-over-private-path',
    ]),
    control(
      '3.5.1',
      'PAN is rendered unreadable anywhere it is stored',
      [...AT_REST],
      ['encryption-at-rest'],
    ),
    control(
      '3.6.1',
      'Procedures protect cryptographic keys against disclosure and misuse',
      ['kms.keys.policy-no-external-access', 'kms.keys.custody-meets-classification'],
      ['key-management'],
    ),
    control('3.7.1', 'Key-management procedures include generation of strong cryptographic keys', [
      'account.keys.key-ceremony',
    ]),
    control('3.7.4', 'Cryptographic keys are changed at the end of their cryptoperiod', [
      'kms.keys.rotation',
    ]),
    control(
      '4.2.1',
      'Strong cryptography protects PAN during transmission over open, public networks',
      [...IN_TRANSIT],
      ['encryption-in-transit'],
    ),
    control('5.2.1', 'An anti-malware solution is deployed on all system components', []),
    control(
      '6.3.3',
      'System components are protected from known vulnerabilities by installing patches',
      [...PATCHING],
      ['guest-os-patching'],
    ),
    control('7.2.1', 'An access control model is defined', [...PUBLIC_ACCESS]),
    control('7.2.2', 'Access is assigned based on job classification and least privilege', [
      ...LEAST_PRIVILEGE,
    ]),
    control('7.2.4', 'User accounts and access privileges are reviewed at least once every six months', [
      'account.identity.access-review',
    ]),
    control('8.2.2', 'Group, shared or generic accounts are used only when necessary', [
      'account.root.not-used-day-to-day',
      'account.root.no-access-keys',
    ]),
    control('8.2.6', 'Inactive user accounts are removed or disabled within 90 days', [
      'iam.identity.unused-credentials-removed',
    ]),
    control('8.3.6', 'Passwords meet a minimum length and complexity', ['iam.identity.password-policy']),
    control('8.3.9', 'Single-factor passwords are changed at least every 90 days', [
      'iam.identity.access-key-rotation',
    ]),
    control('8.4.2', 'MFA is implemented for all access into the CDE', [
      'account.root.mfa',
      'iam.identity.console-mfa',
    ]),
    control(
      '9.2.1',
      'Facility entry controls restrict physical access to systems in the CDE',
      [],
      ['physical'],
    ),
    control(
      '9.4.7',
      'Electronic media with cardholder data is destroyed when no longer needed',
      [],
      ['physical'],
    ),
    control(
      '10.2.1',
      'Audit logs are enabled and active for all system components',
      [...SERVICE_LOGS],
      ['logging-monitoring'],
    ),
    control('10.3.2', 'Audit log files are protected to prevent modifications by individuals', [
      ...TRAIL_PROTECTION,
    ]),
    control('10.3.4', 'File integrity monitoring or change detection is used on audit logs', [
      'cloudtrail.integrity.log-file-validation',
    ]),
    control('10.5.1', 'Audit log history is retained for at least 12 months', [
      'account.logging.multi-region-trail',
    ]),
    control('11.3.1', 'Internal vulnerability scans are performed at least once every three months', []),
    control(
      '12.6.1',
      'A formal security awareness program is implemented',
      ['account.training.security-awareness'],
      ['awareness-training'],
    ),
    control(
      '12.6.3',
      'Personnel receive security awareness training upon hire and at least once every 12 months',
      ['account.training.security-awareness'],
    ),
    control('12.8.4', "A program monitors TPSPs' PCI DSS compliance status at least once every 12 months", [
      'account.data.vendor-review',
    ]),
    control('12.8.5', 'Which requirements each TPSP manages and which the entity manages is recorded', [
      'account.data.vendor-review',
    ]),
    control('12.10.1', 'An incident response plan exists and is ready to be activated', [
      'account.logging.incident-response',
    ]),
    control('12.10.2', 'The incident response plan is reviewed and tested at least once every 12 months', [
      'account.logging.incident-response',
    ]),
    control(
      'A1.1.1',
      'Logical separation prevents customers from accessing one another’s environments',
      [],
      ['tenant-isolation'],
    ),
  ],
};
