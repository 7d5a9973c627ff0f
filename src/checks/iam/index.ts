import type { AnyCheck } from '../check.js';
import iamInlinePolicyNoFullAdmin from './iam-inline-policy-no-full-admin/check.js';
import iamPasswordPolicyStrength from './iam-password-policy-strength/check.js';
import iamPolicyNoFullAdmin from './iam-policy-no-full-admin/check.js';
import iamRootMfaEnabled from './iam-root-mfa-enabled/check.js';
import iamRootNoAccessKeys from './iam-root-no-access-keys/check.js';
import iamRootNotUsedRecently from './iam-root-not-used-recently/check.js';
import iamUserAccessKeyRotation from './iam-user-access-key-rotation/check.js';
import iamUserConsoleMfa from './iam-user-console-mfa/check.js';
import iamUserPoliciesViaGroups from './iam-user-policies-via-groups/check.js';
import iamUserUnusedCredentials from './iam-user-unused-credentials/check.js';

export const checks: AnyCheck[] = [
  iamRootMfaEnabled,
  iamRootNoAccessKeys,
  iamRootNotUsedRecently,
  iamPasswordPolicyStrength,
  iamUserConsoleMfa,
  iamUserPoliciesViaGroups,
  iamUserUnusedCredentials,
  iamUserAccessKeyRotation,
  iamPolicyNoFullAdmin,
  iamInlinePolicyNoFullAdmin,
];
