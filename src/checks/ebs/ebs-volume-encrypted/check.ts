import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'ebs-volume-encrypted',
  title: 'EBS volumes are encrypted at rest',
  service: 'ebs',
  duty: 'ebs.at-rest.volumes-encrypted',
  severity: 'medium',
  // Security groups and EBS volumes are the firewall and disks of EC2 instances.
  evidences: ['ec2'],
  resourceTypes: ['EbsVolume'],
  // EC2.3 judges attached volumes; this check also fails detached ones, which hold data just the same.
  frameworks: { 'aws-fsbp': ['EC2.3'] },
  // cloudformation: a template cannot fail an unencrypted volume: EBS encryption by default, an account setting it cannot see, may encrypt it.
  iac: { cloudformation: 'pass-only', terraform: 'both' },
  remediation: {
    text: 'EBS cannot encrypt a volume in place: snapshot it, copy the snapshot with encryption (a customer managed KMS key for confidential data), create a volume from the copy and swap it in; enable encryption by default to stop new unencrypted volumes.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot> --encrypted --kms-key-id <key-arn>',
    cloudformation: 'Encrypted: true\nKmsKeyId: !Ref VolumeKey',
    terraform: 'encrypted  = true\nkms_key_id = aws_kms_key.ebs.arn',
  },
  evaluate(volume) {
    if (volume.encrypted === undefined) return notAssessed('whether the volume is encrypted is unknown');
    const attachedTo = volume.attachedInstanceIds ?? [];
    if (!volume.encrypted) {
      const where = attachedTo.length > 0 ? ` (attached to ${attachedTo.join(', ')})` : '';
      return fail(`the volume is not encrypted${where}`, { attachedInstanceIds: volume.attachedInstanceIds });
    }
    const key = volume.kmsKeyId ? ` with ${volume.kmsKeyId}` : '';
    return pass(`the volume is encrypted${key}`, { kmsKeyId: volume.kmsKeyId });
  },
});
