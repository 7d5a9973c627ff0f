import { z } from 'zod';
import { regionJurisdiction } from '../model/regions.js';

/**
 * Account-wide settings a template or plan cannot show, which can neutralise a weakness it states
 * (EBS encryption by default encrypts a volume declared unencrypted; account Block Public Access
 * blocks a public bucket). Known from demarc.yaml's `context:` or a `--context` snapshot, they
 * decide such verdicts; unknown, the template is judged as written.
 */
const PublicAccessBlockFactsSchema = z.strictObject({
  blockPublicAcls: z.boolean(),
  ignorePublicAcls: z.boolean(),
  blockPublicPolicy: z.boolean(),
  restrictPublicBuckets: z.boolean(),
});
type PublicAccessBlockFacts = z.infer<typeof PublicAccessBlockFactsSchema>;

const ALL = (on: boolean): PublicAccessBlockFacts => ({
  blockPublicAcls: on,
  ignorePublicAcls: on,
  blockPublicPolicy: on,
  restrictPublicBuckets: on,
});

export const ContextEntrySchema = z.strictObject({
  account: z
    .string()
    .regex(/^\d{12}$/, 'expected a 12-digit AWS account id')
    .optional()
    .describe('the account these facts hold for; left out, every account'),
  region: z.string().min(1).optional().describe('the region these facts hold for; left out, every region'),
  ebsEncryptionByDefault: z
    .boolean()
    .optional()
    .describe('EBS encryption by default (per account and region)'),
  s3BlockPublicAccess: z
    .union([z.boolean(), PublicAccessBlockFactsSchema], {
      error: 'expected true, false or the four settings (blockPublicAcls, ignorePublicAcls, …)',
    })
    .optional()
    .describe('account-level S3 Block Public Access: true (all four on), false (none) or each setting'),
});
type ContextEntryInput = z.infer<typeof ContextEntrySchema>;

/** The facts demarc knows how to use, as checks see them. */
export interface AccountFacts {
  ebsEncryptionByDefault?: boolean;
  /** null = account Block Public Access not configured (all off). */
  s3PublicAccessBlock?: PublicAccessBlockFacts | null;
}

/** Facts for an account and region (either left out = all), and where they were stated. */
export interface ContextEntry extends AccountFacts {
  account?: string;
  region?: string;
  /** For reasons: 'demarc.yaml:12' or 'estate.json'. */
  origin: string;
}

/** Which facts are per account (any region) rather than per account and region. */
const ACCOUNT_WIDE: ReadonlySet<keyof AccountFacts> = new Set(['s3PublicAccessBlock']);

export function contextEntryOf(input: ContextEntryInput, origin: string): ContextEntry {
  const bpa = input.s3BlockPublicAccess;
  return {
    ...(input.account !== undefined && { account: input.account }),
    ...(input.region !== undefined && { region: input.region }),
    ...(input.ebsEncryptionByDefault !== undefined && {
      ebsEncryptionByDefault: input.ebsEncryptionByDefault,
    }),
    ...(bpa !== undefined && { s3PublicAccessBlock: typeof bpa === 'boolean' ? ALL(bpa) : bpa }),
    origin,
  };
}

/** Problems the schema cannot see: unknown regions, a regional entry stating an account-wide fact, repeats. */
export function contextIssues(
  entries: readonly ContextEntryInput[],
): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (entry.region !== undefined && regionJurisdiction(entry.region) === undefined) {
      issues.push({
        path: ['context', i, 'region'],
        message: `unknown region '${entry.region}' (expected a region code such as eu-west-1)`,
      });
    }
    if (entry.region !== undefined && entry.s3BlockPublicAccess !== undefined) {
      issues.push({
        path: ['context', i, 's3BlockPublicAccess'],
        message: 'account Block Public Access holds for every region: state it in an entry without region',
      });
    }
    if (entry.ebsEncryptionByDefault === undefined && entry.s3BlockPublicAccess === undefined) {
      issues.push({
        path: ['context', i],
        message: 'states no fact (expected ebsEncryptionByDefault or s3BlockPublicAccess)',
      });
    }
    const key = `${entry.account ?? '*'}|${entry.region ?? '*'}`;
    if (seen.has(key)) {
      const scope = [entry.account && `account ${entry.account}`, entry.region && `region ${entry.region}`]
        .filter(Boolean)
        .join(', ');
      issues.push({
        path: ['context', i],
        message: `a second entry for ${scope || 'every account and region'}`,
      });
    }
    seen.add(key);
  });
  return issues;
}

/** A fact as known, with where it was stated. */
export interface KnownFact<T> {
  value: T;
  origin: string;
}

const knownAccount = (account: string) => /^\d{12}$/.test(account);
const knownRegion = (region: string) => region !== '' && region !== 'unknown' && region !== 'global';

/**
 * The value of a fact for a resource's account and region. An entry matches when each field it
 * names equals the resource's, or the resource's is unknown (a template with no account). When all
 * matching entries agree, that is the value; when they differ, the most specific entry decides if
 * the resource's account and region are known (later entries, the `--context` snapshot, win ties),
 * and nothing is known otherwise.
 */
export function contextFact<K extends keyof AccountFacts>(
  entries: readonly ContextEntry[],
  key: K,
  account: string,
  region: string,
): KnownFact<Exclude<AccountFacts[K], undefined>> | undefined {
  const regional = !ACCOUNT_WIDE.has(key);
  const matching = entries.filter(
    (e) =>
      e[key] !== undefined &&
      (e.account === undefined || !knownAccount(account) || e.account === account) &&
      (!regional || e.region === undefined || !knownRegion(region) || e.region === region),
  );
  if (matching.length === 0) return undefined;
  const values = new Set(matching.map((e) => JSON.stringify(e[key])));
  let chosen: ContextEntry | undefined;
  if (values.size === 1) chosen = matching[matching.length - 1];
  else if (knownAccount(account) && (!regional || knownRegion(region))) {
    const score = (e: ContextEntry) => (e.account ? 2 : 0) + (regional && e.region ? 1 : 0);
    for (const e of matching) if (!chosen || score(e) >= score(chosen)) chosen = e;
  }
  if (!chosen) return undefined;
  // biome-ignore lint/suspicious/noExplicitAny: the key's value type, checked by the filter above
  return { value: chosen[key] as any, origin: chosen.origin };
}
