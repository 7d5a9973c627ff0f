import type { AnyCheck } from '../check.js';
import rdsAutoMinorVersionUpgrade from './rds-auto-minor-version-upgrade.js';
import rdsBackupRetention from './rds-backup-retention.js';
import rdsInstanceNotPublic from './rds-instance-not-public.js';
import rdsSnapshotNotPublic from './rds-snapshot-not-public.js';
import rdsStorageEncrypted from './rds-storage-encrypted.js';

export const checks: AnyCheck[] = [
  rdsAutoMinorVersionUpgrade,
  rdsInstanceNotPublic,
  rdsStorageEncrypted,
  rdsBackupRetention,
  rdsSnapshotNotPublic,
];
