import type { PublicAccessBlock } from '../../inventory/kinds/account.js';
import type { ResourceOf } from '../../inventory/resources.js';
import type { CheckContext } from '../check.js';

export const BPA_SETTINGS = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
] as const;
export type BpaSetting = (typeof BPA_SETTINGS)[number];

export const BPA_TITLES: Record<BpaSetting, string> = {
  blockPublicAcls: 'BlockPublicAcls',
  ignorePublicAcls: 'IgnorePublicAcls',
  blockPublicPolicy: 'BlockPublicPolicy',
  restrictPublicBuckets: 'RestrictPublicBuckets',
};

/** A setting's effect on a bucket: on at the bucket or account level, off at both, or unknown. */
export type EffectiveSetting =
  | { on: true; level: 'bucket' | 'account' }
  | { on: false }
  | { on: undefined; why: string };

/** The account resource holding the account-wide settings of a resource's account, if scanned. */
export function accountOf(
  resource: { account: string },
  ctx: CheckContext,
): ResourceOf<'AwsAccount'> | undefined {
  return ctx.inventory.ofType('AwsAccount').find((a) => a.account === resource.account);
}

function settingIn(block: PublicAccessBlock | null | undefined, setting: BpaSetting): boolean | undefined {
  if (block === undefined) return undefined;
  return block === null ? false : block[setting];
}

/**
 * S3 applies the most restrictive combination of bucket and account Block Public Access, so a
 * setting protects a bucket when it is on at either level.
 */
export function effectiveSetting(
  bucket: ResourceOf<'S3Bucket'>,
  setting: BpaSetting,
  ctx: CheckContext,
): EffectiveSetting {
  const atBucket = settingIn(bucket.publicAccessBlock, setting);
  if (atBucket) return { on: true, level: 'bucket' };
  const account = accountOf(bucket, ctx);
  const atAccount = account ? settingIn(account.s3PublicAccessBlock, setting) : undefined;
  if (atAccount) return { on: true, level: 'account' };
  if (atBucket === false && atAccount === false) return { on: false };
  const unknown = [
    atBucket === undefined && 'the bucket-level setting is unknown',
    atAccount === undefined &&
      (account
        ? 'the account-level setting is unknown'
        : `account ${bucket.account} was not scanned, so its account-level setting is unknown`),
  ].filter(Boolean);
  return { on: undefined, why: unknown.join(' and ') };
}
