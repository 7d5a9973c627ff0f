import type { Severity } from '../model/vocabulary.js';
import type { CellEvidence, Finding, FindingResource, ScanResult } from './result.js';

/**
 * What changed between two scans of the same estate, by finding key. Pure: the caller gives both
 * scans and the day to judge exception expiry by.
 *
 * A finding is open when it fails and no accepted risk covers it. Between the two scans it is:
 * - new: open now, and before absent or not assessed (first seen failing);
 * - regressed: open now, and before passing or accepted (fixed or accepted once, failing again);
 * - fixed: open before, and now passing or gone (the resource no longer exists);
 * - unconfirmed: open before, and now only accepted or not assessed: not failing, not shown fixed;
 * - unchanged: open in both.
 */

/** A finding's state in one scan; `absent` when the scan has no finding with its key. */
export type FindingState = 'fail' | 'pass' | 'not_assessed' | 'accepted' | 'absent';

export interface FindingChange {
  key: string;
  checkId: string;
  severity: Severity;
  /** The newer scan's reason where it has the finding, else the older's. */
  reason: string;
  resource: Pick<FindingResource, 'id' | 'name' | 'type' | 'account' | 'region'>;
  before: FindingState;
  after: FindingState;
}

interface CellChange {
  service: string;
  name: string;
  tenancy?: string;
  domain: string;
  before: CellEvidence | 'absent';
  after: CellEvidence | 'absent';
}

export interface ExceptionDue {
  id: string;
  owner: string;
  reason: string;
  expires: string;
  /** Days from the diff's day to the expiry date (negative: expired that many days ago). */
  days: number;
  state: 'expired' | 'expiring';
  /** Open findings it covers (for an expired one: those it no longer covers), in the newer scan. */
  matched: number;
}

export interface ScanDiff {
  new: FindingChange[];
  regressed: FindingChange[];
  fixed: FindingChange[];
  unconfirmed: FindingChange[];
  unchanged: FindingChange[];
  /** Matrix cells (service row × domain) whose evidence differs. */
  cells: CellChange[];
  /** The newer scan's exceptions that have expired or expire within the window. */
  exceptions: ExceptionDue[];
  /** The window, in days, for `exceptions`. */
  windowDays: number;
}

interface DiffOptions {
  /** The day exception expiry is judged by. */
  now: Date;
  /** Exceptions expiring within this many days are listed (default 30). */
  windowDays?: number;
}

const DAY_MS = 86_400_000;

function stateOf(finding: Finding | undefined): FindingState {
  if (!finding) return 'absent';
  return finding.suppressed ? 'accepted' : finding.status;
}

type Bucket = 'new' | 'regressed' | 'fixed' | 'unconfirmed' | 'unchanged';

/** Where a pair of states goes; undefined for a finding that was not open in either scan. */
export function bucketOf(before: FindingState, after: FindingState): Bucket | undefined {
  if (after === 'fail') {
    if (before === 'fail') return 'unchanged';
    return before === 'absent' || before === 'not_assessed' ? 'new' : 'regressed';
  }
  if (before !== 'fail') return undefined;
  return after === 'pass' || after === 'absent' ? 'fixed' : 'unconfirmed';
}

function change(before: Finding | undefined, after: Finding | undefined): FindingChange {
  const f = (after ?? before) as Finding;
  const { id, name, type, account, region } = f.resource;
  return {
    key: f.key,
    checkId: f.checkId,
    severity: f.severity,
    reason: f.reason,
    resource: { id, name, type, account, region },
    before: stateOf(before),
    after: stateOf(after),
  };
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** Most severe first, then by check and resource: the same diff always lists in the same order. */
function byImportance(a: FindingChange, b: FindingChange): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.checkId.localeCompare(b.checkId) ||
    a.resource.id.localeCompare(b.resource.id) ||
    a.key.localeCompare(b.key)
  );
}

function findingChanges(
  before: ScanResult,
  after: ScanResult,
): Omit<ScanDiff, 'cells' | 'exceptions' | 'windowDays'> {
  const out: Record<Bucket, FindingChange[]> = {
    new: [],
    regressed: [],
    fixed: [],
    unconfirmed: [],
    unchanged: [],
  };
  const old = new Map(before.findings.map((f) => [f.key, f]));
  const seen = new Set<string>();
  for (const f of after.findings) {
    seen.add(f.key);
    const prior = old.get(f.key);
    const bucket = bucketOf(stateOf(prior), stateOf(f));
    if (bucket) out[bucket].push(change(prior, f));
  }
  for (const f of before.findings) {
    if (seen.has(f.key)) continue;
    const bucket = bucketOf(stateOf(f), 'absent');
    if (bucket) out[bucket].push(change(f, undefined));
  }
  for (const list of Object.values(out)) list.sort(byImportance);
  return out;
}

function cellChanges(before: ScanResult, after: ScanResult): CellChange[] {
  const rowKey = (service: string, tenancy: string | undefined) => `${service}\u0000${tenancy ?? ''}`;
  const cells = (result: ScanResult) => {
    const map = new Map<
      string,
      { service: string; name: string; tenancy?: string; domain: string; evidence: CellEvidence }
    >();
    for (const row of result.matrix.rows) {
      for (const cell of row.cells) {
        map.set(`${rowKey(row.service, row.tenancy)}\u0000${cell.domain}`, {
          service: row.service,
          name: row.name,
          ...(row.tenancy ? { tenancy: row.tenancy } : {}),
          domain: cell.domain,
          evidence: cell.evidence,
        });
      }
    }
    // Account rows (root credentials, training, …): one per account, keyed by the account.
    for (const row of result.matrix.accounts ?? []) {
      for (const cell of row.cells) {
        map.set(`${rowKey('account', row.account)}\u0000${cell.domain}`, {
          service: 'account',
          name: row.name,
          domain: cell.domain,
          evidence: cell.evidence,
        });
      }
    }
    return map;
  };
  const old = cells(before);
  const now = cells(after);
  const out: CellChange[] = [];
  for (const [key, cell] of now) {
    const prior = old.get(key)?.evidence ?? 'absent';
    if (prior !== cell.evidence) {
      const { evidence, ...where } = cell;
      out.push({ ...where, before: prior, after: evidence });
    }
  }
  for (const [key, cell] of old) {
    if (now.has(key)) continue;
    const { evidence, ...where } = cell;
    out.push({ ...where, before: evidence, after: 'absent' });
  }
  return out;
}

function exceptionsDue(after: ScanResult, now: Date, windowDays: number): ExceptionDue[] {
  const outcome = after.policy?.exceptions;
  if (!outcome) return [];
  const today = Date.parse(now.toISOString().slice(0, 10));
  const out: ExceptionDue[] = [];
  for (const e of [...outcome.active, ...outcome.unused, ...outcome.expired]) {
    // An exception holds through its expiry date (policy/exceptions.ts isInForce).
    const days = Math.round((Date.parse(e.expires) - today) / DAY_MS);
    if (Number.isNaN(days) || days > windowDays) continue;
    const { id, owner, reason, expires, matched } = e;
    out.push({ id, owner, reason, expires, days, state: days < 0 ? 'expired' : 'expiring', matched });
  }
  return out.sort((a, b) => a.days - b.days || a.id.localeCompare(b.id));
}

export function diffScans(before: ScanResult, after: ScanResult, options: DiffOptions): ScanDiff {
  const windowDays = options.windowDays ?? 30;
  return {
    ...findingChanges(before, after),
    cells: cellChanges(before, after),
    exceptions: exceptionsDue(after, options.now, windowDays),
    windowDays,
  };
}

/** Findings this change opens (new and regressed) and fixes. */
export function diffTotals(diff: ScanDiff): { opens: number; fixes: number } {
  return { opens: diff.new.length + diff.regressed.length, fixes: diff.fixed.length };
}
