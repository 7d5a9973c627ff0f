import type { AnyCheck } from '../check.js';
import iamInlinePolicyNoFullAdmin from './iam-inline-policy-no-full-admin.js';
import iamPasswordPolicyStrength from './iam-password-policy-strength.js';
import iamPolicyNoFullAdmin from './iam-policy-no-full-admin.js';
import iamRootMfaEnabled from './iam-root-mfa-enabled.js';
import iamRootNoAccessKeys from './iam-root-no-access-keys.js';
import iamRootNotUsedRecently from './iam-root-not-used-recently.js';
import iamUserAccessKeyRotation from './iam-user-access-key-rotation.js';
import iamUserConsoleMfa from './iam-user-console-mfa.js';
import iamUserPoliciesViaGroups from './iam-user-policies-via-groups.js';
import iamUserUnusedCredentials from './iam-user-unused-credentials.js';

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
