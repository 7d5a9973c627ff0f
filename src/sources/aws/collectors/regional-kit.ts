import type { SourceRef } from '../../../inventory/base.js';
import { noTags, type Tags, tagsFrom, tagValue } from '../../../inventory/tags.js';
import type { AwsContext, CallSite } from '../context.js';

export type { CallSite };

/**
 * Reads every page of a paginator as one call. A failure on any page loses the whole listing: a
 * partial list would let the missing resources pass unseen, so the listing becomes a gap instead.
 */
export async function listAll<P, T>(
  ctx: AwsContext,
  site: CallSite,
  pages: () => AsyncIterable<P>,
  items: (page: P) => readonly T[] | undefined,
): Promise<T[] | undefined> {
  return ctx.call(site, async () => {
    const all: T[] = [];
    for await (const page of pages()) all.push(...(items(page) ?? []));
    return all;
  });
}

type AwsTag = { Key?: string | undefined; Value?: string | undefined };

/** AWS's tag list as Tags (any key, `__proto__` included, is an ordinary tag). */
export function tagsOf(tags: readonly AwsTag[] | undefined): Tags {
  return tagsFrom(
    (tags ?? []).flatMap((tag) => (tag.Key === undefined ? [] : ([[tag.Key, tag.Value ?? '']] as const))),
  );
}

/** The Name tag, or the id when the resource has none. */
export function nameOf(tags: Tags, fallback: string): string {
  return tagValue(tags, 'Name') || fallback;
}

/** An ARN in the scanned account, e.g. arnOf(ctx, 'rds', 'eu-west-1', 'db:orders'). */
export function arnOf(ctx: AwsContext, service: string, region: string, resource: string): string {
  return `arn:${ctx.partition}:${service}:${region}:${ctx.account}:${resource}`;
}

/** An EC2 resource ARN in this account and region, e.g. `…:security-group/sg-1`. */
export function ec2Arn(ctx: AwsContext, region: string, resource: string): string {
  return arnOf(ctx, 'ec2', region, resource);
}

/** The fields every live resource shares. */
export function baseOf(
  ctx: AwsContext,
  region: string,
  id: string,
  name: string,
  tags: Tags = noTags(),
  /** The tag call failed: classification must not silently fall to the default level. */
  tagsUnknown = false,
): {
  id: string;
  name: string;
  account: string;
  region: string;
  tags: Tags;
  tagsUnknown?: boolean;
  source: SourceRef;
} {
  return {
    id,
    name,
    account: ctx.account,
    region,
    tags,
    ...(tagsUnknown && { tagsUnknown }),
    source: { kind: 'aws' },
  };
}

/** `defaults` only when something took a default, so resources stay free of empty lists. */
export function defaultsOf(names: readonly string[]): { defaults?: string[] } {
  return names.length > 0 ? { defaults: [...names] } : {};
}

export function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Runs per-resource calls with the context's bounded concurrency. */
export function eachLimited<T, R>(
  ctx: AwsContext,
  list: readonly T[],
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  return Promise.all(list.map((item) => ctx.limit(() => fn(item))));
}
