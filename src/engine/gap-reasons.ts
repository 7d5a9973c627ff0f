import type { AnyCheck, CheckContext } from '../checks/check.js';
import type { CoverageGap } from '../inventory/inventory.js';
import type { Resource } from '../inventory/resources.js';

export function describeGap(gap: CoverageGap): string {
  if (gap.file) return gap.error;
  return `${gap.api} failed in ${gap.region}: ${gap.error}`;
}

/** A gap as a report's coverage list shows it: with its account, when one applies. */
export function describeGapWhere(gap: CoverageGap): string {
  if (gap.file || !gap.account) return describeGap(gap);
  return `${gap.api} failed in account ${gap.account}, ${gap.region}: ${gap.error}`;
}

/**
 * Indexes coverage gaps so a not-assessed verdict can say which failed call left it unknown. A
 * resource's own gaps go by its id (an ARN names its account; an organization trail read from a
 * member account keeps its owner's ARN); region-wide ones by account, so one account's failed
 * call never explains another's verdict.
 */
export class GapIndex {
  private readonly byResource = new Map<string, CoverageGap[]>();
  private readonly byTypeRegion = new Map<string, CoverageGap[]>();

  constructor(gaps: readonly CoverageGap[]) {
    for (const gap of gaps) {
      const keys = gap.resourceId
        ? [gap.resourceId]
        : gap.resourceTypes.map((t) => `${gap.account}|${t}|${gap.region}`);
      const index = gap.resourceId ? this.byResource : this.byTypeRegion;
      for (const key of keys) {
        const list = index.get(key);
        if (list) list.push(gap);
        else index.set(key, [gap]);
      }
    }
  }

  for(resource: Resource): CoverageGap[] {
    return [
      ...(this.byResource.get(resource.id) ?? []),
      ...(this.byTypeRegion.get(`${resource.account}|${resource.type}|${resource.region}`) ?? []),
    ];
  }
}

/**
 * The properties of the resource a check read that were unknown (undefined, or tags marked
 * unknown). Found by evaluating the check again over a recording view of the resource: checks are
 * pure, and this only runs for a not-assessed verdict with gaps on its resource, so it stays rare.
 */
function unknownPropertiesRead(check: AnyCheck, resource: Resource, ctx: CheckContext): Set<string> {
  const unknown = new Set<string>();
  const record = (key: string | symbol) => {
    if (typeof key !== 'string') return;
    const value = (resource as unknown as Record<string, unknown>)[key];
    if (value === undefined || (key === 'tags' && resource.tagsUnknown)) unknown.add(key);
  };
  const view = new Proxy(resource, {
    get(target, key, receiver) {
      record(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      record(key);
      return Reflect.has(target, key);
    },
  });
  try {
    check.evaluate(view as never, ctx);
  } catch {
    // The verdict already says the check broke; what it read up to then is still what it needed.
  }
  return unknown;
}

/**
 * The gaps that explain a not-assessed verdict: those whose unknown fields the check read; gaps
 * that do not say what they left unknown cannot be ruled out and follow. A gap on a property the
 * check never looked at (the password policy, for the root user's last use) is not named.
 */
export function gapsBehind(
  check: AnyCheck,
  resource: Resource,
  ctx: CheckContext,
  related: readonly CoverageGap[],
): CoverageGap[] {
  if (!related.some((g) => g.fields)) return [...related];
  const needed = unknownPropertiesRead(check, resource, ctx);
  const named = related.filter((g) => g.fields?.some((f) => needed.has(f)));
  const unsaid = related.filter((g) => !g.fields);
  return [...named, ...unsaid];
}

/** The verdict's reason with the failed calls behind it, if any. */
export function reasonWithGaps(reason: string, gaps: readonly CoverageGap[]): string {
  if (gaps.length === 0) return reason;
  return `${reason} (${gaps.map(describeGap).join('; ')})`;
}
