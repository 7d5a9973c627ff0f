import type { AnyCheck } from '../check.js';
import lambdaCodeSigningWhereRequired from './lambda-code-signing-where-required/check.js';
import lambdaEnvironmentCustomerKeyWhereRequired from './lambda-environment-customer-key-where-required/check.js';
import lambdaEnvironmentNoPlainSecrets from './lambda-environment-no-plain-secrets/check.js';
import lambdaFunctionInVpcWhereRequired from './lambda-function-in-vpc-where-required/check.js';
import lambdaFunctionPolicyNotPublic from './lambda-function-policy-not-public/check.js';
import lambdaFunctionUrlAuthRequired from './lambda-function-url-auth-required/check.js';
import lambdaRuntimeSupported from './lambda-runtime-supported/check.js';
import lambdaRuntimeUpdatesAutomatic from './lambda-runtime-updates-automatic/check.js';

export const checks: AnyCheck[] = [
  lambdaFunctionUrlAuthRequired,
  lambdaFunctionPolicyNotPublic,
  lambdaRuntimeSupported,
  lambdaRuntimeUpdatesAutomatic,
  lambdaEnvironmentNoPlainSecrets,
  lambdaEnvironmentCustomerKeyWhereRequired,
  lambdaFunctionInVpcWhereRequired,
  lambdaCodeSigningWhereRequired,
];
