import type { AnyCheck } from '../check.js';
import ebsEncryptionByDefault from './ebs-encryption-by-default/check.js';
import ebsSnapshotNotPublic from './ebs-snapshot-not-public/check.js';
import ebsVolumeEncrypted from './ebs-volume-encrypted/check.js';

export const checks: AnyCheck[] = [ebsEncryptionByDefault, ebsVolumeEncrypted, ebsSnapshotNotPublic];
