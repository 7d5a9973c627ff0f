import { awsDefault } from '../../../inventory/kind.js';
import { type AwsAccount, awsAccountKind } from '../../../inventory/kinds/account.js';
import type { PlannedResource, TerraformPlan } from '../model.js';
import { Defaults } from './defaults.js';

type PasswordPolicy = NonNullable<AwsAccount['passwordPolicy']>;

/**
 * The account-wide settings a plan can manage: S3 Block Public Access for the account
 * (aws_s3_account_public_access_block) and the IAM password policy
 * (aws_iam_account_password_policy). One account resource per plan, only when it manages one of
 * them; what it does not manage (root user, organization) stays unknown.
 */
export function accountSettings(plan: TerraformPlan): AwsAccount[] {
  const bpa = only(plan.ofType('aws_s3_account_public_access_block'));
  const passwords = only(plan.ofType('aws_iam_account_password_policy'));
  const first = bpa.resource ?? passwords.resource;
  if (!first && !bpa.many && !passwords.many) return [];
  const anchor =
    first ??
    (plan.ofType(
      'aws_s3_account_public_access_block',
      'aws_iam_account_password_policy',
    )[0] as PlannedResource);
  const d = new Defaults();
  const base = plan.base(anchor, plan.account || 'account', 'global');
  return [
    {
      type: 'AwsAccount',
      ...base,
      id: plan.account || `tf:${plan.file}#account`,
      s3PublicAccessBlock: bpa.resource ? publicAccessBlock(bpa.resource, d) : undefined,
      passwordPolicy: passwords.resource ? passwordPolicy(passwords.resource, d) : undefined,
      ...d.spread,
    },
  ];
}

/** The one resource of a kind; two (per provider alias) would set one account setting twice. */
function only(resources: PlannedResource[]): { resource?: PlannedResource; many: boolean } {
  return resources.length === 1
    ? { resource: resources[0] as PlannedResource, many: false }
    : { many: resources.length > 1 };
}

function publicAccessBlock(r: PlannedResource, d: Defaults): AwsAccount['s3PublicAccessBlock'] {
  const unset = awsDefault(awsAccountKind.defaults.publicAccessBlockSetting);
  const read = (key: string) => d.attr(r, r.attrs.bool(key), key, `s3PublicAccessBlock.${key}`, unset);
  const values = [
    read('block_public_acls'),
    read('ignore_public_acls'),
    read('block_public_policy'),
    read('restrict_public_buckets'),
  ];
  if (values.some((v) => v === undefined)) return undefined;
  const [blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets] = values as boolean[];
  return {
    blockPublicAcls: blockPublicAcls as boolean,
    ignorePublicAcls: ignorePublicAcls as boolean,
    blockPublicPolicy: blockPublicPolicy as boolean,
    restrictPublicBuckets: restrictPublicBuckets as boolean,
  };
}

/**
 * The password policy; an argument left unset takes IAM's default (length 6, no character
 * classes, no expiry, no reuse prevention), which the model writes as an absent field.
 */
function passwordPolicy(r: PlannedResource, d: Defaults): PasswordPolicy | undefined {
  const a = r.attrs;
  const flag = (key: string) => d.attr(r, a.bool(key), key, `passwordPolicy.${key}`, false);
  const number = (key: string, fallback: number) =>
    d.attr(r, a.int(key), key, `passwordPolicy.${key}`, fallback);
  const policy = {
    minimumLength: number('minimum_password_length', 6),
    requireSymbols: flag('require_symbols'),
    requireNumbers: flag('require_numbers'),
    requireUppercase: flag('require_uppercase_characters'),
    requireLowercase: flag('require_lowercase_characters'),
    maxAgeDays: number('max_password_age', 0),
    reusePrevention: number('password_reuse_prevention', 0),
  };
  if (Object.values(policy).some((v) => v === undefined)) return undefined;
  const { maxAgeDays, reusePrevention, ...rest } = policy as Required<PasswordPolicy>;
  // 0 is how IAM says "no expiry" and "no reuse prevention".
  return { ...rest, ...(maxAgeDays > 0 && { maxAgeDays }), ...(reusePrevention > 0 && { reusePrevention }) };
}
