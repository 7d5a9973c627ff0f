import type { AnyCheck } from '../check.js';
import kmsKeyCustodyMeetsClassification from './kms-key-custody-meets-classification.js';
import kmsKeyPolicyNoExternalAccess from './kms-key-policy-no-external-access.js';
import kmsKeyRotationEnabled from './kms-key-rotation-enabled.js';

export const checks: AnyCheck[] = [
  kmsKeyCustodyMeetsClassification,
  kmsKeyRotationEnabled,
  kmsKeyPolicyNoExternalAccess,
];
