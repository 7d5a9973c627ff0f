/**
 * One shared copy of the reasons and evidence that many verdicts repeat ("versioning is enabled",
 * the same region facts, the same policy statement): a large scan holds millions of findings.
 * Shared values are never changed after a scan, and equal evidence means equal JSON, so every
 * output stays the same. Each check gets its own pools, and a pool that turns out mostly unique
 * (reasons naming the resource, evidence with ages or ids) stops growing: the lookups and the
 * table would only cost time and memory.
 */
export class SharedValues {
  private readonly reasons = new Map<string, Pool<string>>();
  private readonly evidence = new Map<string, Pool<Record<string, unknown>>>();

  reason(checkId: string, reason: string): string {
    return poolOf(this.reasons, checkId).share(reason, reason);
  }

  evidenceOf(
    checkId: string,
    evidence: Record<string, unknown> | undefined,
  ): Record<string, unknown> | undefined {
    if (!evidence) return evidence;
    const pool = poolOf(this.evidence, checkId);
    return pool.open ? pool.share(JSON.stringify(evidence), evidence) : evidence;
  }
}

function poolOf<T>(pools: Map<string, Pool<T>>, checkId: string): Pool<T> {
  let pool = pools.get(checkId);
  if (!pool) pools.set(checkId, (pool = new Pool<T>()));
  return pool;
}

/** Judged after this many values whether sharing pays: at least every other value a repeat. */
const TRIAL = 1000;

class Pool<T> {
  private readonly byKey = new Map<string, T>();
  private seen = 0;
  /** False once most values proved unique; the table is then dropped. */
  open = true;

  share(key: string, value: T): T {
    if (!this.open) return value;
    this.seen++;
    const shared = this.byKey.get(key);
    if (shared !== undefined) return shared;
    if (this.seen >= TRIAL && this.byKey.size * 2 > this.seen) {
      this.open = false;
      this.byKey.clear();
      return value;
    }
    this.byKey.set(key, value);
    return value;
  }
}
