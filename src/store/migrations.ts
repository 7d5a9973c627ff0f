import { InputError } from '../errors.js';

/**
 * The store's schema, as numbered steps applied in order on open, each in the transaction that
 * records it in schema_migrations. A step is never edited once released: a change is a new step.
 * Both dialects keep the same tables and columns, so one suite tests both back ends.
 */
interface Migration {
  version: number;
  sqlite: readonly string[];
  postgres: readonly string[];
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sqlite: [
      `CREATE TABLE scans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        saved_at TEXT NOT NULL,
        scope TEXT NOT NULL,
        source TEXT NOT NULL,
        accounts TEXT NOT NULL,
        regions TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        counts TEXT NOT NULL,
        result TEXT NOT NULL
      )`,
      'CREATE INDEX scans_scope ON scans (scope, id)',
      `CREATE TABLE findings (
        scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        check_id TEXT NOT NULL,
        account TEXT NOT NULL,
        region TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        status TEXT NOT NULL,
        severity TEXT NOT NULL,
        suppressed INTEGER NOT NULL
      )`,
      'CREATE INDEX findings_scan ON findings (scan_id, key)',
      'CREATE INDEX findings_key ON findings (key, scan_id)',
    ],
    postgres: [
      `CREATE TABLE scans (
        id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        saved_at TEXT NOT NULL,
        scope TEXT NOT NULL,
        source TEXT NOT NULL,
        accounts TEXT NOT NULL,
        regions TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        counts TEXT NOT NULL,
        result TEXT NOT NULL
      )`,
      'CREATE INDEX scans_scope ON scans (scope, id)',
      `CREATE TABLE findings (
        scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        check_id TEXT NOT NULL,
        account TEXT NOT NULL,
        region TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        status TEXT NOT NULL,
        severity TEXT NOT NULL,
        suppressed INTEGER NOT NULL
      )`,
      'CREATE INDEX findings_scan ON findings (scan_id, key)',
      'CREATE INDEX findings_key ON findings (key, scan_id)',
    ],
  },
];

/** The newest schema this demarc knows. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** The steps a store at `current` still needs; refuses a store made by a newer demarc. */
export function pendingMigrations(current: number, where: string): readonly Migration[] {
  if (current > SCHEMA_VERSION) {
    throw new InputError(
      `${where}: the store has schema version ${current}, newer than this demarc's ${SCHEMA_VERSION}: upgrade demarc`,
    );
  }
  return MIGRATIONS.filter((m) => m.version > current);
}
