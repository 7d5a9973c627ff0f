import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'cloudtrail-encrypted-with-kms',
  title: 'CloudTrail trails encrypt their log files with a KMS key',
  service: 'cloudtrail',
  duty: 'cloudtrail.keys.trail-encrypted-with-kms',
  severity: 'medium',
  resourceTypes: ['CloudTrailTrail'],
  frameworks: { 'cis-aws-3.0': ['3.5'], 'aws-fsbp': ['CloudTrail.2'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Encrypt the trail with SSE-KMS under a customer managed key whose policy lets CloudTrail encrypt and only log readers decrypt (aws cloudtrail update-trail --kms-key-id <key>).',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>',
    cloudformation: 'KMSKeyId: !Ref TrailKey',
    terraform: 'kms_key_id = aws_kms_key.trail.arn',
  },
  evaluate(trail, ctx) {
    if (trail.kmsKeyId === undefined) return notAssessed('the encryption setting of the trail is unknown');
    // An empty key id (KMSKeyId: "") names no key: CloudTrail encrypts with nothing but the bucket's default.
    if (trail.kmsKeyId === null || trail.kmsKeyId.trim() === '') {
      const empty = trail.kmsKeyId === null ? '' : 'the KMS key id is empty, so ';
      return fail(
        `${empty}log files use only the bucket default (SSE-S3): anyone who can read the bucket can read the logs`,
      );
    }
    const key = ctx.inventory.find('KmsKey', trail.kmsKeyId, trail);
    if (key?.keyState !== undefined && key.keyState !== 'Enabled') {
      return fail(
        `the trail's KMS key ${trail.kmsKeyId} is ${key.keyState}: CloudTrail cannot encrypt new log files`,
        {
          key: trail.kmsKeyId,
          keyState: key.keyState,
        },
      );
    }
    const note = key ? '' : ' (the key is not in the inventory, so its state was not checked)';
    return pass(`log files are encrypted with KMS key ${trail.kmsKeyId}${note}`, { key: trail.kmsKeyId });
  },
});
