import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'iam-root-mfa-enabled',
  title: 'The root user signs in with multi-factor authentication',
  service: 'iam',
  duty: 'account.root.mfa',
  severity: 'critical',
  resourceTypes: ['AwsAccount'],
  // FSBP holds IAM.6 (hardware MFA), not IAM.9: IAM.9 belongs to the CIS, PCI and NIST standards.
  frameworks: { 'cis-aws-3.0': ['1.5'] },
  iac: {
    cloudformation: {
      never:
        'the root user is account history (MFA device, access keys, last sign-in), not something a template or plan declares',
    },
    terraform: {
      never:
        'the root user is account history (MFA device, access keys, last sign-in), not something a template or plan declares',
    },
  },
  remediation: {
    text: 'Sign in as the root user and assign an MFA device (a FIDO2 security key or hardware TOTP token is preferred) under Security credentials; keep it in a safe with a documented recovery process.',
  },
  evidences: 'all',
  evaluate(account) {
    if (account.rootMfaEnabled === undefined) return notAssessed('whether the root user has MFA is unknown');
    if (!account.rootMfaEnabled) {
      return fail('the root user can sign in with a password alone: no MFA device is assigned');
    }
    const kind =
      account.rootHardwareMfa === true
        ? 'a hardware'
        : account.rootHardwareMfa === false
          ? 'a virtual'
          : 'an';
    return pass(`the root user has ${kind} MFA device`, { hardwareMfa: account.rootHardwareMfa });
  },
});
