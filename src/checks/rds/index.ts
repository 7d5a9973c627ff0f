import type { AnyCheck } from '../check.js';
import rdsAutoMinorVersionUpgrade from './rds-auto-minor-version-upgrade/check.js';
import rdsBackupRetention from './rds-backup-retention/check.js';
import rdsInstanceNotPublic from './rds-instance-not-public/check.js';
import rdsSnapshotNotPublic from './rds-snapshot-not-public/check.js';
import rdsStorageEncrypted from './rds-storage-encrypted/check.js';

export const checks: AnyCheck[] = [
  rdsAutoMinorVersionUpgrade,
  rdsInstanceNotPublic,
  rdsStorageEncrypted,
  rdsBackupRetention,
  rdsSnapshotNotPublic,
];
