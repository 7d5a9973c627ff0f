import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'iam-root-no-access-keys',
  title: 'The root user has no access keys',
  service: 'iam',
  duty: 'account.root.no-access-keys',
  severity: 'critical',
  resourceTypes: ['AwsAccount'],
  frameworks: { 'cis-aws-3.0': ['1.4'], 'aws-fsbp': ['IAM.4'] },
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
    text: 'Delete the root user access keys (Security credentials, signed in as root) and give automation an IAM role with temporary credentials instead.',
  },
  evidences: 'all',
  evaluate(account) {
    if (account.rootAccessKeysPresent === undefined) {
      return notAssessed('whether the root user has access keys is unknown');
    }
    if (account.rootAccessKeysPresent) {
      return fail(
        'the root user has access keys: long-lived credentials with unrestricted access to the account',
      );
    }
    return pass('the root user has no access keys');
  },
});
