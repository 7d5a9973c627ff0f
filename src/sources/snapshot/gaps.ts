import type { CoverageGap } from '../../inventory/inventory.js';
import type { Snapshot } from './format.js';

/**
 * The snapshot's gaps, each with its account. Snapshots written before gaps carried one give
 * theirs the snapshot's account: the one account its resources belong to ('' when that is not
 * a single account).
 */
export function gapsOf(snapshot: Snapshot): CoverageGap[] {
  if (snapshot.gaps.every((g) => g.account !== undefined)) return snapshot.gaps as CoverageGap[];
  const accounts = new Set(snapshot.resources.map((r) => r.account).filter((a) => a !== ''));
  const only = accounts.size === 1 ? ([...accounts][0] as string) : '';
  return snapshot.gaps.map(({ account, ...gap }) => ({ account: account ?? only, ...gap }));
}
