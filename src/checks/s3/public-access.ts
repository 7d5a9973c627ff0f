import type { PublicAccessBlock } from '../../inventory/kinds/account.js';
import type { ResourceOf } from '../../inventory/resources.js';
import type { CheckContext } from '../check.js';
import { CONTEXT_HINT, inputName, isDeclared } from '../lib/declared.js';

export const BPA_SETTINGS = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
] as const;
type BpaSetting = (typeof BPA_SETTINGS)[number];

export const BPA_TITLES: Record<BpaSetting, string> = {
  blockPublicAcls: 'BlockPublicAcls',
  ignorePublicAcls: 'IgnorePublicAcls',
  blockPublicPolicy: 'BlockPublicPolicy',
  restrictPublicBuckets: 'RestrictPublicBuckets',
};

/**
 * A setting's effect on a bucket: on at the bucket or account level (`origin` when the account's
 * comes from the context), off at both, or unknown. For a bucket a template or plan declares, off
 * at bucket level with the account's unknown is judged as written: off, with `unseen` saying which
 * account setting could still turn it on.
 */
type EffectiveSetting =
  | { on: true; level: 'bucket' | 'account'; origin?: string }
  /** `unseen`: the clause saying what is off or unshown, and which setting could still block it. */
  | { on: false; unseen?: string; account?: string }
  | { on: undefined; why: string };

/** The account resource holding the account-wide settings of a resource's account, if scanned. */
function accountOf(resource: { account: string }, ctx: CheckContext): ResourceOf<'AwsAccount'> | undefined {
  return ctx.inventory.ofType('AwsAccount').find((a) => a.account === resource.account);
}

function settingIn(
  block: Pick<PublicAccessBlock, BpaSetting> | null | undefined,
  setting: BpaSetting,
): boolean | undefined {
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
  /** For a grant the input states: bucket-level settings it does not show count as off, too. */
  grantStated = false,
): EffectiveSetting {
  const atBucket = settingIn(bucket.publicAccessBlock, setting);
  if (atBucket) return { on: true, level: 'bucket' };
  const account = accountOf(bucket, ctx);
  let atAccount = account ? settingIn(account.s3PublicAccessBlock, setting) : undefined;
  let origin: string | undefined;
  if (atAccount === undefined) {
    const fact = ctx.accountFact('s3PublicAccessBlock', bucket);
    if (fact) [atAccount, origin] = [settingIn(fact.value, setting), fact.origin];
  }
  if (atAccount) return { on: true, level: 'account', ...(origin && { origin }) };
  if (atBucket === false && atAccount === false) return { on: false };
  if (atBucket === false && isDeclared(bucket)) {
    const account = `account-level Block Public Access, which the ${inputName(bucket)} cannot show, would block it if on (${CONTEXT_HINT})`;
    return { on: false, unseen: `${BPA_TITLES[setting]} is off at bucket level; ${account}`, account };
  }
  if (atBucket === undefined && grantStated && isDeclared(bucket)) {
    const levels = atAccount === undefined ? 'bucket- and account-level' : 'bucket-level';
    return {
      on: false,
      unseen: `nothing in the ${inputName(bucket)} blocks it; ${levels} Block Public Access, which it does not show, would block it if on`,
    };
  }
  const unknown = [
    atBucket === undefined && 'the bucket-level setting is unknown',
    atAccount === undefined &&
      (account
        ? 'the account-level setting is unknown'
        : `account ${bucket.account} was not scanned, so its account-level setting is unknown`),
  ].filter(Boolean);
  return { on: undefined, why: unknown.join(' and ') };
}

/** Where an effective setting is on, for reasons: "bucket level", "account level (demarc.yaml:7)". */
export function levelText(state: { level: 'bucket' | 'account'; origin?: string }): string {
  return `${state.level} level${state.origin ? `, ${state.origin}` : ''}`;
}

/**
 * On at bucket level only because a template or plan left Block Public Access out (new buckets
 * have it on). A public grant the same input states then fails to deploy, or, with Block Public
 * Access turned off to let it through, makes the bucket public: the stated intent fails either way.
 */
export function onOnlyByDefault(bucket: ResourceOf<'S3Bucket'>, state: EffectiveSetting): boolean {
  return (
    state.on === true &&
    state.level === 'bucket' &&
    isDeclared(bucket) &&
    (bucket.defaults?.includes('publicAccessBlock') ?? false)
  );
}
