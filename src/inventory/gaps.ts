import type { CoverageGap } from './inventory.js';

/**
 * What makes two coverage gaps the same: the same call failing for the same thing in the same
 * account. The account is part of it, so two accounts' otherwise identical gaps never merge.
 */
export function gapKey(gap: CoverageGap): string {
  return JSON.stringify([
    gap.account,
    gap.service,
    gap.region,
    gap.api,
    gap.resourceId ?? null,
    gap.file ?? null,
    [...gap.resourceTypes].sort(),
  ]);
}

/** The gaps with repeats dropped (first kept), in their order. */
export function uniqueGaps(gaps: readonly CoverageGap[]): CoverageGap[] {
  const seen = new Set<string>();
  return gaps.filter((gap) => {
    const key = gapKey(gap);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
