import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { ScanResult } from '../engine/result.js';
import { InputError } from '../errors.js';
import { pendingMigrations } from './migrations.js';
import { countsJson, findingOf, findingRows, type ScanRowText, scanColumns, storedScanOf } from './rows.js';
import type { ScanStore } from './store.js';

/**
 * The SQLite back end, on Node's built-in node:sqlite: no native add-on to build or download, so
 * `npm install` stays free of compilers and install scripts. It is unflagged from Node 22.13 (the
 * project needs 22+; CI runs 22.23 and 24), where Node 22 still prints an ExperimentalWarning,
 * which loadSqlite() keeps off the user's terminal.
 */

/** How long a writer waits for another process's transaction before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

/** Loads node:sqlite without Node 22's one-line experimental notice on stderr (other warnings pass). */
async function loadSqlite(): Promise<typeof import('node:sqlite')> {
  const original = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (/SQLite is an experimental feature/.test(text)) return;
    (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return await import('node:sqlite');
  } catch (error) {
    // Before Node 22.13 the module needs --experimental-sqlite.
    throw new InputError(
      `the SQLite scan store needs Node 22.13 or newer (this is ${process.version}); or use --store postgres://…: ${(error as Error).message}`,
    );
  } finally {
    process.emitWarning = original;
  }
}

/** File-system refusals in words (the errno message repeats the path). */
const REASONS: Record<string, string> = {
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

function openFailure(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code && REASONS[code] ? `${REASONS[code]} (${code})` : (error as Error).message;
  return new InputError(`${file}: cannot open the scan store: ${reason}`);
}

/** Runs `work` in one write transaction (taken at once, so two writers queue on the busy timeout). */
function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const value = work();
    db.exec('COMMIT');
    return value;
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // SQLite already rolled the transaction back (some errors end it themselves).
    }
    throw error;
  }
}

function migrate(db: DatabaseSync, file: string): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  inTransaction(db, () => {
    const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
    for (const step of pendingMigrations(row.v ?? 0, file)) {
      for (const sql of step.sqlite) db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        step.version,
        new Date().toISOString(),
      );
    }
  });
}

export async function openSqliteStore(location: string): Promise<ScanStore> {
  const file = resolve(location);
  const { DatabaseSync } = await loadSqlite();
  let db: DatabaseSync;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // A new history is readable by its owner only: it names every resource and weakness. SQLite
    // gives its -wal and -shm files the database file's mode.
    closeSync(openSync(file, 'a', 0o600));
    db = new DatabaseSync(file);
  } catch (error) {
    throw openFailure(location, error);
  }
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // WAL: readers never block the writer; a killed writer's uncommitted frames are ignored on open.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db, location);
  } catch (error) {
    db.close();
    if (error instanceof InputError) throw error;
    throw new InputError(`${location}: not a demarc scan store: ${(error as Error).message}`);
  }
  const insertScan = db.prepare(
    `INSERT INTO scans (saved_at, scope, source, accounts, regions, started_at, finished_at, counts, result)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFinding = db.prepare(
    `INSERT INTO findings (scan_id, key, check_id, account, region, resource_id, status, severity, suppressed)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let closed = false;
  return {
    location,
    async save(result: ScanResult): Promise<number> {
      const columns = scanColumns(result);
      const text = JSON.stringify(result);
      return inTransaction(db, () => {
        const { lastInsertRowid } = insertScan.run(
          new Date().toISOString(),
          columns.scope,
          JSON.stringify(columns.source),
          JSON.stringify(columns.accounts),
          JSON.stringify(columns.regions),
          columns.startedAt,
          columns.finishedAt,
          countsJson(columns),
          text,
        );
        const id = Number(lastInsertRowid);
        for (const row of findingRows(result)) insertFinding.run(id, ...row);
        return id;
      });
    },
    async list() {
      const rows = db
        .prepare(
          'SELECT id, saved_at, scope, source, accounts, regions, started_at, finished_at, counts FROM scans ORDER BY id',
        )
        .all() as unknown as ScanRowText[];
      return rows.map(storedScanOf);
    },
    async load(id: number) {
      const row = db.prepare('SELECT result FROM scans WHERE id = ?').get(id) as
        | { result: string }
        | undefined;
      return row ? (JSON.parse(row.result) as ScanResult) : undefined;
    },
    async findingHistory(key: string) {
      const rows = db
        .prepare(
          `SELECT scan_id, key, check_id, account, region, resource_id, status, severity, suppressed
           FROM findings WHERE key = ? ORDER BY scan_id`,
        )
        .all(key) as Record<string, string | number>[];
      return rows.map(findingOf);
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
