import type { AnyCheck } from '../check.js';
import ebsEncryptionByDefault from './ebs-encryption-by-default.js';
import ebsSnapshotNotPublic from './ebs-snapshot-not-public.js';
import ebsVolumeEncrypted from './ebs-volume-encrypted.js';

export const checks: AnyCheck[] = [ebsEncryptionByDefault, ebsVolumeEncrypted, ebsSnapshotNotPublic];
