import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'efs-file-system-automatic-backups',
  title: 'EFS file systems have automatic backups on',
  service: 'efs',
  duty: 'efs.backup.automatic-backups',
  severity: 'medium',
  resourceTypes: ['EfsFileSystem'],
  frameworks: { 'aws-fsbp': ['EFS.2'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Turn on the file system’s backup policy, so AWS Backup copies it daily into the default vault with ' +
      '35-day retention, or add the file system to a backup plan of your own; then test a restore.',
    cli: 'aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED',
    cloudformation: 'Type: AWS::EFS::FileSystem\nProperties:\n  BackupPolicy:\n    Status: ENABLED',
    terraform:
      'resource "aws_efs_backup_policy" "this" {\n  file_system_id = aws_efs_file_system.this.id\n  backup_policy {\n    status = "ENABLED"\n  }\n}',
  },
  evaluate(fs) {
    const status = fs.backupPolicyStatus;
    if (status === undefined) return notAssessed('whether automatic backups are on is unknown');
    if (status === 'ENABLED' || status === 'ENABLING') {
      return pass(
        status === 'ENABLED'
          ? 'automatic backups are on: AWS Backup copies the file system daily'
          : 'automatic backups are being turned on',
        { backupPolicyStatus: status },
      );
    }
    // A backup plan of the customer's own may still cover it; the file system alone cannot say.
    return fail(
      `automatic backups are ${status === 'DISABLING' ? 'being turned off' : 'off'}: unless a backup plan of your own selects it, a deleted or overwritten file cannot be restored`,
      { backupPolicyStatus: status },
    );
  },
});
