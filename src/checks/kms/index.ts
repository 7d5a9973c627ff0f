import type { AnyCheck } from '../check.js';
import kmsKeyCustodyMeetsClassification from './kms-key-custody-meets-classification/check.js';
import kmsKeyPolicyNoExternalAccess from './kms-key-policy-no-external-access/check.js';
import kmsKeyRotationEnabled from './kms-key-rotation-enabled/check.js';

export const checks: AnyCheck[] = [
  kmsKeyCustodyMeetsClassification,
  kmsKeyRotationEnabled,
  kmsKeyPolicyNoExternalAccess,
];
