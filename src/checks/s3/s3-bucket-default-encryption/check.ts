import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 's3-bucket-default-encryption',
  title: 'S3 buckets encrypt new objects by default',
  service: 's3',
  domain: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['S3Bucket'],
  frameworks: { 'aws-fsbp': ['S3.4'] },
  // cloudformation: S3 encrypts every new bucket since January 2023: no template can turn it off.
  // terraform: S3 encrypts every new bucket since January 2023: no configuration can turn it off.
  iac: { cloudformation: 'pass-only', terraform: 'pass-only' },
  remediation:
    'Enable default encryption on the bucket (SSE-KMS with a customer managed key for confidential data).',
  evaluate(bucket) {
    if (bucket.encryption === undefined) return notAssessed('default encryption of the bucket is unknown');
    if (bucket.encryption === null || !bucket.encryption.enabled) {
      return fail('the bucket has no default encryption');
    }
    const byDefault = bucket.defaults?.includes('encryption') ? ' (AWS default since January 2023)' : '';
    return pass(
      `new objects are encrypted with ${bucket.encryption.algorithm ?? 'server-side encryption'}${byDefault}`,
      {
        algorithm: bucket.encryption.algorithm,
      },
    );
  },
});
