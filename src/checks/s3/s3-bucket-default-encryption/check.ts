import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 's3-bucket-default-encryption',
  title: 'S3 buckets encrypt new objects by default',
  service: 's3',
  duty: 's3.at-rest.default-encryption',
  severity: 'high',
  resourceTypes: ['S3Bucket'],
  frameworks: { 'aws-fsbp': ['S3.4'] },
  // cloudformation: S3 encrypts every new bucket since January 2023: no template can turn it off.
  // terraform: S3 encrypts every new bucket since January 2023: no configuration can turn it off.
  iac: { cloudformation: 'pass-only', terraform: 'pass-only' },
  remediation: {
    text: 'Enable default encryption on the bucket (SSE-KMS with a customer managed key for confidential data).',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
    cloudformation:
      'BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n        KMSMasterKeyID: !Ref BucketKey\n      BucketKeyEnabled: true',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.bucket.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
  },
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
