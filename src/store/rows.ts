import type { ScanResult } from '../engine/result.js';
import type { StoredFinding, StoredScan } from './store.js';

/**
 * Which estate a scan read: the source kind, its inputs and its accounts. Two scans of one scope
 * are two looks at the same thing, so `demarc diff` compares them; a changed policy or date does
 * not change the scope. JSON keeps the parts apart whatever characters they hold.
 */
export function scanScope(result: ScanResult): string {
  const { source, accounts } = result.meta;
  return JSON.stringify([source.kind, [...source.inputs].sort(), [...accounts].sort()]);
}

/** The columns of the scans table, derived from the result (the result itself is stored beside them). */
export function scanColumns(result: ScanResult): Omit<StoredScan, 'id' | 'savedAt'> {
  const { meta, summary } = result;
  return {
    scope: scanScope(result),
    source: meta.source,
    accounts: meta.accounts,
    regions: meta.regions,
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt,
    findings: summary.findings,
    byStatus: summary.byStatus,
    failedBySeverity: summary.failedBySeverity,
    suppressed: summary.suppressed,
  };
}

/** One finding row's values, in the column order both back ends insert. */
export type FindingRow = [
  key: string,
  checkId: string,
  account: string,
  region: string,
  resourceId: string,
  status: string,
  severity: string,
  suppressed: number,
];

export function* findingRows(result: ScanResult): Generator<FindingRow> {
  for (const f of result.findings) {
    yield [
      f.key,
      f.checkId,
      f.resource.account,
      f.resource.region,
      f.resource.id,
      f.status,
      f.severity,
      f.suppressed ? 1 : 0,
    ];
  }
}

/** The summary columns stored as one JSON text: counts that grow new keys need no migration. */
export function countsJson(columns: ReturnType<typeof scanColumns>): string {
  const { findings, byStatus, failedBySeverity, suppressed } = columns;
  return JSON.stringify({ findings, byStatus, failedBySeverity, suppressed });
}

export interface ScanRowText {
  id: number;
  saved_at: string;
  scope: string;
  source: string;
  accounts: string;
  regions: string;
  started_at: string;
  finished_at: string;
  counts: string;
}

/** A scans-table row (as text columns) back into a StoredScan. */
export function storedScanOf(row: ScanRowText): StoredScan {
  const counts = JSON.parse(row.counts) as Pick<
    StoredScan,
    'findings' | 'byStatus' | 'failedBySeverity' | 'suppressed'
  >;
  return {
    id: Number(row.id),
    savedAt: row.saved_at,
    scope: row.scope,
    source: JSON.parse(row.source) as StoredScan['source'],
    accounts: JSON.parse(row.accounts) as string[],
    regions: JSON.parse(row.regions) as string[],
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    ...counts,
  };
}

/** A findings-table row back into a StoredFinding. */
export function findingOf(row: Record<string, string | number>): StoredFinding {
  return {
    scanId: Number(row.scan_id),
    key: String(row.key),
    checkId: String(row.check_id),
    account: String(row.account),
    region: String(row.region),
    resourceId: String(row.resource_id),
    status: row.status as StoredFinding['status'],
    severity: row.severity as StoredFinding['severity'],
    suppressed: Number(row.suppressed) === 1,
  };
}
