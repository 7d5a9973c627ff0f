import type { AnyCheck } from '../check.js';
import cloudtrailEncryptedWithKms from './cloudtrail-encrypted-with-kms/check.js';
import cloudtrailLogFileValidation from './cloudtrail-log-file-validation/check.js';
import cloudtrailMultiRegionEnabled from './cloudtrail-multi-region-enabled/check.js';

export const checks: AnyCheck[] = [
  cloudtrailMultiRegionEnabled,
  cloudtrailLogFileValidation,
  cloudtrailEncryptedWithKms,
];
