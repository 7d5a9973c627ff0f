import type { Pool, PoolClient } from 'pg';
import type { ScanResult } from '../engine/result.js';
import { InputError } from '../errors.js';
import { pendingMigrations } from './migrations.js';
import {
  countsJson,
  type FindingRow,
  findingOf,
  findingRows,
  type ScanRowText,
  scanColumns,
  storedScanOf,
} from './rows.js';
import type { ScanStore } from './store.js';

/**
 * The PostgreSQL back end, for a team's shared history, through the `pg` driver. A save is one
 * transaction: a client killed mid-save drops its connection and the server rolls the scan back.
 */

/** Finding rows per INSERT … SELECT FROM unnest(…): one round trip per batch, not per row. */
const BATCH = 5000;

/** Any two demarc processes opening one database take this lock to migrate one at a time. */
const MIGRATION_LOCK = 'demarc-store-migrations';

/** The URL as messages show it: never the password. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://… (not a valid URL)';
  }
}

/** A database's refusal or a lost connection is the user's to fix: one line naming the store. */
function failure(shown: string, error: unknown): InputError {
  return new InputError(`${shown}: scan store: ${(error as Error).message || String(error)}`);
}

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const value = await work(client);
    await client.query('COMMIT');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function migrate(pool: Pool, shown: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const { rows } = await client.query<{ v: number | null }>(
      'SELECT MAX(version) AS v FROM schema_migrations',
    );
    for (const step of pendingMigrations(rows[0]?.v ?? 0, shown)) {
      for (const sql of step.postgres) await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        step.version,
        new Date().toISOString(),
      ]);
    }
  });
}

async function insertFindings(client: PoolClient, scanId: number, rows: Iterable<FindingRow>): Promise<void> {
  const sql = `INSERT INTO findings (scan_id, key, check_id, account, region, resource_id, status, severity, suppressed)
    SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])`;
  let columns: unknown[][] = Array.from({ length: 8 }, () => []);
  let count = 0;
  const flush = async () => {
    if (count === 0) return;
    await client.query(sql, [scanId, ...columns]);
    columns = Array.from({ length: 8 }, () => []);
    count = 0;
  };
  for (const row of rows) {
    row.forEach((value, i) => {
      (columns[i] as unknown[]).push(value);
    });
    count += 1;
    if (count === BATCH) await flush();
  }
  await flush();
}

export async function openPostgresStore(url: string): Promise<ScanStore> {
  const shown = shownUrl(url);
  const { default: pg } = await import('pg');
  // Results are read back as the text they were saved as; ids fit in an integer column.
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client losing its connection must not crash the process: the next query reports it.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, shown);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof InputError) throw error;
    throw failure(shown, error);
  }
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw error instanceof InputError ? error : failure(shown, error);
    }
  };
  let closed = false;
  return {
    location: shown,
    save: (result) =>
      guard(async () => {
        const columns = scanColumns(result);
        const text = JSON.stringify(result);
        return inTransaction(pool, async (client) => {
          const { rows } = await client.query<{ id: number }>(
            `INSERT INTO scans (saved_at, scope, source, accounts, regions, started_at, finished_at, counts, result)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [
              new Date().toISOString(),
              columns.scope,
              JSON.stringify(columns.source),
              JSON.stringify(columns.accounts),
              JSON.stringify(columns.regions),
              columns.startedAt,
              columns.finishedAt,
              countsJson(columns),
              text,
            ],
          );
          const id = Number(rows[0]?.id);
          await insertFindings(client, id, findingRows(result));
          return id;
        });
      }),
    list: () =>
      guard(async () => {
        const { rows } = await pool.query<ScanRowText>(
          'SELECT id, saved_at, scope, source, accounts, regions, started_at, finished_at, counts FROM scans ORDER BY id',
        );
        return rows.map(storedScanOf);
      }),
    load: (id) =>
      guard(async () => {
        const { rows } = await pool.query<{ result: string }>('SELECT result FROM scans WHERE id = $1', [id]);
        const row = rows[0];
        return row ? (JSON.parse(row.result) as ScanResult) : undefined;
      }),
    findingHistory: (key) =>
      guard(async () => {
        const { rows } = await pool.query<Record<string, string | number>>(
          `SELECT scan_id, key, check_id, account, region, resource_id, status, severity, suppressed
           FROM findings WHERE key = $1 ORDER BY scan_id`,
          [key],
        );
        return rows.map(findingOf);
      }),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
