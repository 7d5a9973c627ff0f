import {
  AT_REST,
  BACKUP,
  IN_TRANSIT,
  KEY_CUSTODY,
  LEAST_PRIVILEGE,
  NETWORK_BOUNDARY,
  PATCHING,
  PUBLIC_ACCESS,
  RESTORE_TESTED,
  SERVICE_LOGS,
  TRAIL_PROTECTION,
} from './duty-groups.js';
import { type ComplianceFramework, control } from './types.js';

/**
 * NIST SP 800-53 Rev. 5: the controls that bear on the line between AWS and its customer. Ids and
 * titles as in the SP 800-53 Rev. 5 control catalog; enhancements written `AC-2(3)`.
 */
export const NIST_800_53_R5: ComplianceFramework = {
  id: 'nist-800-53-r5',
  title: 'NIST SP 800-53 Rev. 5',
  source: 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final',
  catalog:
    'https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json',
  controls: [
    control('AC-2', 'Account Management', [
      'iam.identity.unused-credentials-removed',
      'iam.identity.policies-via-groups',
      'account.identity.access-review',
    ]),
    control('AC-2(3)', 'Account Management | Disable Accounts', ['iam.identity.unused-credentials-removed']),
    control('AC-3', 'Access Enforcement', [...PUBLIC_ACCESS]),
    control('AC-6', 'Least Privilege', [...LEAST_PRIVILEGE, 'iam.identity.policies-via-groups']),
    control('AC-6(2)', 'Least Privilege | Non-privileged Access for Nonsecurity Functions', [
      'account.root.not-used-day-to-day',
    ]),
    control('AC-16', 'Security and Privacy Attributes', ['account.data.classify-data-stores']),
    control('AC-17', 'Remote Access', [
      'vpc.connectivity.management-over-private-path',
      'vpc.network.no-public-admin-ports',
    ]),
    control(
      'AT-2',
      'Literacy Training and Awareness',
      ['account.training.security-awareness'],
      ['awareness-training'],
    ),
    control('AT-3', 'Role-based Training', ['account.training.security-awareness'], ['awareness-training']),
    control('AU-2', 'Event Logging', [...SERVICE_LOGS], ['logging-monitoring']),
    control('AU-9', 'Protection of Audit Information', [...TRAIL_PROTECTION]),
    control('AU-10', 'Non-repudiation', ['cloudtrail.integrity.log-file-validation']),
    control('AU-11', 'Audit Record Retention', ['account.logging.multi-region-trail']),
    control('AU-12', 'Audit Record Generation', [...SERVICE_LOGS], ['logging-monitoring']),
    control('CA-7', 'Continuous Monitoring', []),
    control('CM-2', 'Baseline Configuration', []),
    control('CM-6', 'Configuration Settings', [
      'ec2.identity.imdsv2-required',
      'elb.in-transit.modern-tls-policy',
    ]),
    control('CM-7', 'Least Functionality', [
      'ec2.network.public-ip-assignment',
      'vpc.network.default-sg-closed',
    ]),
    control('CM-8', 'System Component Inventory', ['ssm.patching.instances-managed']),
    control('CM-14', 'Signed Components', ['lambda.application.code-signing-where-required']),
    control('CP-9', 'System Backup', [...BACKUP], ['backup-recovery']),
    control('CP-9(1)', 'System Backup | Testing for Reliability and Integrity', [...RESTORE_TESTED]),
    control('CP-10', 'System Recovery and Reconstitution', [
      'dynamodb.backup.point-in-time-recovery',
      ...RESTORE_TESTED,
    ]),
    control('IA-2', 'Identification and Authentication (Organizational Users)', [
      'account.root.not-used-day-to-day',
      'ec2.identity.os-access',
      'rds.identity.database-users',
    ]),
    control(
      'IA-2(1)',
      'Identification and Authentication | Multi-factor Authentication to Privileged Accounts',
      ['account.root.mfa', 'iam.identity.console-mfa'],
    ),
    control(
      'IA-2(2)',
      'Identification and Authentication | Multi-factor Authentication to Non-privileged Accounts',
      ['iam.identity.console-mfa'],
    ),
    control('IA-5', 'Authenticator Management', [
      'account.root.no-access-keys',
      'iam.identity.access-key-rotation',
    ]),
    control('IA-5(1)', 'Authenticator Management | Password-based Authentication', [
      'iam.identity.password-policy',
    ]),
    control('IR-3', 'Incident Response Testing', ['account.logging.incident-response']),
    control('IR-4', 'Incident Handling', ['account.logging.incident-response'], ['logging-monitoring']),
    control('IR-8', 'Incident Response Plan', ['account.logging.incident-response']),
    control('MP-6', 'Media Sanitization', [], ['physical']),
    control('PE-2', 'Physical Access Authorizations', [], ['physical']),
    control('PE-3', 'Physical Access Control', [], ['physical']),
    control('PE-6', 'Monitoring Physical Access', [], ['physical']),
    control('PE-13', 'Fire Protection', [], ['physical']),
    control('PE-14', 'Environmental Controls', [], ['physical']),
    control('RA-2', 'Security Categorization', ['account.data.classify-data-stores']),
    control('RA-5', 'Vulnerability Monitoring and Scanning', []),
    control('SA-9', 'External System Services', ['account.data.vendor-review']),
    control('SA-9(5)', 'External System Services | Processing, Storage, and Service Location', [
      'account.jurisdiction.allowed-regions',
      'account.jurisdiction.regulatory-review',
    ]),
    control('SC-4', 'Information in Shared System Resources', [], ['hardware-virtualization']),
    control('SC-7', 'Boundary Protection', [...NETWORK_BOUNDARY], ['network-firewall']),
    control('SC-8', 'Transmission Confidentiality and Integrity', [...IN_TRANSIT], ['encryption-in-transit']),
    control('SC-8(1)', 'Transmission Confidentiality and Integrity | Cryptographic Protection', [
      ...IN_TRANSIT,
    ]),
    control(
      'SC-12',
      'Cryptographic Key Establishment and Management',
      [...KEY_CUSTODY, 'kms.keys.rotation', 'account.keys.key-ceremony'],
      ['key-management'],
    ),
    control('SC-13', 'Cryptographic Protection', ['kms.keys.custody-meets-classification']),
    control('SC-28', 'Protection of Information at Rest', [...AT_REST], ['encryption-at-rest']),
    control('SC-28(1)', 'Protection of Information at Rest | Cryptographic Protection', [...AT_REST]),
    control(
      'SC-39',
      'Process Isolation',
      ['ec2.isolation.tenancy-meets-classification'],
      ['tenant-isolation'],
    ),
    control('SI-2', 'Flaw Remediation', [...PATCHING], ['guest-os-patching']),
    control('SI-4', 'System Monitoring', ['vpc.logging.flow-logs', 'account.logging.multi-region-trail']),
  ],
};
