import type { ScanResult } from '../engine/result.js';
import type { Severity, Status } from '../model/vocabulary.js';

/**
 * Scan history. A scan is kept whole (its ScanResult JSON, read back exactly as saved) plus one
 * row per finding, by key, for queries across scans. Every back end saves a scan in one
 * transaction: a process killed mid-save leaves the earlier scans and no part of the new one.
 */

/** One stored scan as `demarc history` lists it: the scan's facts and counts, not its findings. */
export interface StoredScan {
  /** Increasing in the order scans were saved. */
  id: number;
  savedAt: string;
  /** Which estate the scan read (see scanScope): `diff` compares scans of one scope. */
  scope: string;
  source: ScanResult['meta']['source'];
  accounts: string[];
  regions: string[];
  startedAt: string;
  finishedAt: string;
  findings: number;
  byStatus: Record<Status, number>;
  failedBySeverity: Record<Severity, number>;
  suppressed: number;
}

/** One finding of one stored scan, as the finding rows hold it. */
export interface StoredFinding {
  scanId: number;
  key: string;
  checkId: string;
  account: string;
  region: string;
  resourceId: string;
  status: Status;
  severity: Severity;
  suppressed: boolean;
}

export interface ScanStore {
  /** Where the store is, as the user may see it (a PostgreSQL URL without its password). */
  readonly location: string;
  /** Saves a scan in one transaction; returns its id. */
  save(result: ScanResult): Promise<number>;
  /** Every stored scan, oldest first. */
  list(): Promise<StoredScan[]>;
  /** The whole scan as saved, or undefined when no scan has this id. */
  load(id: number): Promise<ScanResult | undefined>;
  /** One finding (by key) across every stored scan, oldest first. */
  findingHistory(key: string): Promise<StoredFinding[]>;
  close(): Promise<void>;
}

/** PostgreSQL by URL, anything else a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Opens (creating and migrating as needed) the store at a file path or a PostgreSQL URL. */
export async function openStore(location: string): Promise<ScanStore> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(location);
  }
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore(location);
}
