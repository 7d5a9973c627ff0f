import type { AnyCheck } from '../check.js';
import efsFileSystemAutomaticBackups from './efs-file-system-automatic-backups/check.js';
import efsFileSystemEncrypted from './efs-file-system-encrypted/check.js';
import efsFileSystemPolicyDeniesNonTls from './efs-file-system-policy-denies-non-tls/check.js';

export const checks: AnyCheck[] = [
  efsFileSystemEncrypted,
  efsFileSystemPolicyDeniesNonTls,
  efsFileSystemAutomaticBackups,
];
