import type { AnyCheck } from '../check.js';
import efsFileSystemEncrypted from './efs-file-system-encrypted/check.js';
import efsFileSystemPolicyDeniesNonTls from './efs-file-system-policy-denies-non-tls/check.js';

export const checks: AnyCheck[] = [efsFileSystemEncrypted, efsFileSystemPolicyDeniesNonTls];
