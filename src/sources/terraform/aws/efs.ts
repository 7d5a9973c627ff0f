import { awsDefault } from '../../../inventory/kind.js';
import { type EfsFileSystem, efsFileSystemKind } from '../../../inventory/kinds/efs.js';
import { tagValue } from '../../../inventory/tags.js';
import type { PlannedResource, TerraformPlan } from '../model.js';
import { Defaults } from './defaults.js';

const NEW = efsFileSystemKind.defaults;
const BACKUP_STATUSES = ['ENABLED', 'ENABLING', 'DISABLED', 'DISABLING'] as const;

const named = (fs: PlannedResource, value: string) =>
  value === fs.attrs.str('id') || value === fs.attrs.str('arn');

/**
 * aws_efs_file_system, with its policy (aws_efs_file_system_policy) and backup policy
 * (aws_efs_backup_policy). A policy whose file system is known only after apply could belong to
 * any file system, so it leaves that setting unknown on every file system without its own.
 */
export function efsFileSystems(plan: TerraformPlan): EfsFileSystem[] {
  const fileSystems = plan.ofType('aws_efs_file_system');
  const policies = plan.join(['aws_efs_file_system_policy'], 'file_system_id', fileSystems, named);
  const backups = plan.join(['aws_efs_backup_policy'], 'file_system_id', fileSystems, named);
  return fileSystems.map((fs): EfsFileSystem => {
    const a = fs.attrs;
    const d = new Defaults();
    const name = tagValue(a.stringMap('tags'), 'Name') ?? a.str('creation_token') ?? fs.address;
    const [policy] = policies.of(fs);
    const [backup] = backups.of(fs);
    const status = backup?.attrs.blocks('backup_policy')?.[0]?.str('status');
    return {
      type: 'EfsFileSystem',
      ...plan.base(fs, name),
      // The provider, like the API, creates a file system unencrypted unless `encrypted = true`.
      encrypted: d.attr(fs, a.bool('encrypted'), 'encrypted', 'encrypted', awsDefault(NEW.encrypted)),
      kmsKeyId: plan.keyRef(fs, a, 'kms_key_id') ?? undefined,
      fileSystemPolicy: policy
        ? (policy.attrs.policy('policy') ?? undefined)
        : policies.unresolved.length > 0
          ? undefined
          : d.take(fs, 'fileSystemPolicy', awsDefault(NEW.fileSystemPolicy)),
      backupPolicyStatus: backup
        ? BACKUP_STATUSES.find((s) => s === status)
        : backups.unresolved.length > 0
          ? undefined
          : d.take(fs, 'backupPolicyStatus', awsDefault(NEW.backupPolicyStatus)),
      ...d.spread,
    };
  });
}
