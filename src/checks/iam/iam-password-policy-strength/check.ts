import type { AwsAccount } from '../../../inventory/kinds/account.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';

const MIN_LENGTH = 14;
const MIN_REUSE_PREVENTION = 24;

type PasswordPolicy = NonNullable<AwsAccount['passwordPolicy']>;

/**
 * Where the policy falls short, one phrase per rule. Inside a policy that was read, an absent
 * setting is one the account does not enforce (IAM omits, for example, reuse prevention when it is off).
 */
function shortfalls(policy: PasswordPolicy): string[] {
  const found: string[] = [];
  if ((policy.minimumLength ?? 0) < MIN_LENGTH) {
    found.push(`minimum length is ${policy.minimumLength ?? 'not set'} (needs ${MIN_LENGTH} or more)`);
  }
  if ((policy.reusePrevention ?? 0) < MIN_REUSE_PREVENTION) {
    const value = policy.reusePrevention === undefined ? 'off' : `${policy.reusePrevention} passwords`;
    found.push(`reuse prevention is ${value} (needs ${MIN_REUSE_PREVENTION})`);
  }
  const classes: [boolean | undefined, string][] = [
    [policy.requireUppercase, 'uppercase letters'],
    [policy.requireLowercase, 'lowercase letters'],
    [policy.requireNumbers, 'numbers'],
    [policy.requireSymbols, 'symbols'],
  ];
  for (const [required, name] of classes) {
    if (required !== true) found.push(`${name} are not required`);
  }
  return found;
}

export default defineCheck({
  id: 'iam-password-policy-strength',
  title: 'The account password policy requires strong IAM user passwords',
  service: 'iam',
  duty: 'iam.identity.password-policy',
  severity: 'medium',
  resourceTypes: ['AwsAccount'],
  frameworks: { 'cis-aws-3.0': ['1.8', '1.9'], 'aws-fsbp': ['IAM.7'] },
  iac: {
    cloudformation: {
      never: 'the account password policy is an account setting; CloudFormation has no resource for it',
    },
    terraform: 'both',
  },
  remediation: {
    text: 'Set the account password policy to a minimum length of 14, prevention of reuse of the last 24 passwords, and at least one uppercase letter, lowercase letter, number and symbol.',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols',
    terraform:
      'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length      = 14\n  password_reuse_prevention    = 24\n  require_uppercase_characters = true\n  require_lowercase_characters = true\n  require_numbers              = true\n  require_symbols              = true\n}',
  },
  evaluate(account) {
    const policy = account.passwordPolicy;
    if (policy === undefined) return notAssessed('the account password policy is unknown');
    if (policy === null) {
      return fail(
        'the account has no password policy, so IAM passwords need only 8 characters and may be reused',
      );
    }
    const found = shortfalls(policy);
    if (found.length > 0)
      return fail(`the password policy is weak: ${found.join('; ')}`, { policy, shortfalls: found });
    return pass(
      `the password policy requires ${policy.minimumLength} characters of all four classes and blocks reuse of the last ${policy.reusePrevention} passwords`,
    );
  },
});
