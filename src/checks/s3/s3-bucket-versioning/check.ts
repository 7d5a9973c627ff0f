import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 's3-bucket-versioning',
  title: 'S3 buckets keep object versions',
  service: 's3',
  duty: 's3.backup.versioning',
  severity: 'medium',
  resourceTypes: ['S3Bucket'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Enable versioning (aws s3api put-bucket-versioning --versioning-configuration Status=Enabled) with a lifecycle rule that expires noncurrent versions; add Object Lock or MFA delete for data that must survive a compromised account.',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
    cloudformation: 'VersioningConfiguration:\n  Status: Enabled',
    terraform:
      'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
  },
  evaluate(bucket) {
    switch (bucket.versioning) {
      case undefined:
        return notAssessed('the versioning state of the bucket is unknown');
      case 'Enabled':
        return pass(
          `versioning is enabled, so overwritten or deleted objects can be restored${bucket.mfaDelete ? ' (MFA delete on)' : ''}`,
        );
      case 'Suspended':
        return fail('versioning is suspended: overwrites and deletes no longer keep a recoverable version', {
          versioning: 'Suspended',
        });
      case 'Disabled':
        return fail('versioning has never been enabled: an overwrite or delete loses the object for good', {
          versioning: 'Disabled',
        });
    }
  },
});
