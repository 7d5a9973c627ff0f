import type { AnyCheck } from '../check.js';
import cloudtrailEncryptedWithKms from './cloudtrail-encrypted-with-kms.js';
import cloudtrailLogFileValidation from './cloudtrail-log-file-validation.js';
import cloudtrailMultiRegionEnabled from './cloudtrail-multi-region-enabled.js';

export const checks: AnyCheck[] = [
  cloudtrailMultiRegionEnabled,
  cloudtrailLogFileValidation,
  cloudtrailEncryptedWithKms,
];
