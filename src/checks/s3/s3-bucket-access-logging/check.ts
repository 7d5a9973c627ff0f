import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 's3-bucket-access-logging',
  title: 'S3 buckets whose data must be access-logged have server access logging on',
  service: 's3',
  duty: 's3.logging.server-access-logs',
  severity: 'medium',
  resourceTypes: ['S3Bucket'],
  frameworks: { 'aws-fsbp': ['S3.9'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Enable server access logging to a separate log bucket in the same region (aws s3api put-bucket-logging), or record S3 data events with CloudTrail.',
    cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
    cloudformation:
      'LoggingConfiguration:\n  DestinationBucketName: !Ref LogBucket\n  LogFilePrefix: reports/',
    terraform:
      'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "this/"\n}',
  },
  evaluate(bucket, ctx) {
    if (!ctx.requirementsFor(bucket).accessLogging) return null;
    const classification = ctx.classificationOf(bucket);
    if (bucket.logging === undefined)
      return notAssessed('the server access logging setting of the bucket is unknown');
    if (bucket.logging === null) {
      return fail(`server access logging is off, but '${classification}' data requires access logging`, {
        classification,
      });
    }
    const target = `${bucket.logging.targetBucket}${bucket.logging.targetPrefix ? `/${bucket.logging.targetPrefix}` : ''}`;
    return pass(`server access logs go to ${target}, as '${classification}' data requires`, {
      targetBucket: bucket.logging.targetBucket,
    });
  },
});
