import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'efs-file-system-encrypted',
  title: 'EFS file systems are encrypted at rest',
  service: 'efs',
  duty: 'efs.at-rest.file-systems-encrypted',
  severity: 'high',
  resourceTypes: ['EfsFileSystem'],
  frameworks: { 'cis-aws-3.0': ['2.4.1'], 'aws-fsbp': ['EFS.1'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Encryption is fixed when a file system is created: create an encrypted file system (a customer managed ' +
      'KMS key for confidential data), copy the data across with AWS DataSync or a restore from AWS Backup, ' +
      'move the mount targets and delete the old one.',
    cli: 'aws efs create-file-system --encrypted --kms-key-id <key-arn> --performance-mode generalPurpose',
    cloudformation:
      'Type: AWS::EFS::FileSystem\nProperties:\n  Encrypted: true\n  KmsKeyId: !Ref FileSystemKey',
    terraform:
      'resource "aws_efs_file_system" "this" {\n  encrypted  = true\n  kms_key_id = aws_kms_key.efs.arn\n}',
  },
  evaluate(fs) {
    if (fs.encrypted === undefined) return notAssessed('whether the file system is encrypted is unknown');
    if (!fs.encrypted) {
      return fail('the file system and its data and metadata are not encrypted at rest', {
        encrypted: false,
      });
    }
    return pass(
      `the file system is encrypted at rest${fs.kmsKeyId ? ` with KMS key ${fs.kmsKeyId}` : ' with aws/elasticfilesystem'}`,
      { encrypted: true, kmsKeyId: fs.kmsKeyId },
    );
  },
});
