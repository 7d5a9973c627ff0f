import assert from 'node:assert/strict';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { openStore } from '../../src/store/store.js';
import { demoScan } from '../helpers/scans.js';
import { storeSuite } from './suite.js';

async function exec(file: string, sql: string): Promise<void> {
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('store: SQLite file', () => {
  storeSuite(() => ({
    fresh: async () => join(mkdtempSync(join(tmpdir(), 'demarc-store-')), 'nested', 'demarc.db'),
    exec,
  }));

  it('a new store file and its journal are readable by their owner only', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'demarc-store-')), 'new', 'demarc.db');
    const store = await openStore(file);
    try {
      await store.save(demoScan());
      for (const f of [file, `${file}-wal`]) assert.equal(statSync(f).mode & 0o777, 0o600, f);
      assert.equal(statSync(dirname(file)).mode & 0o777, 0o700);
    } finally {
      await store.close();
    }
  });

  it('a file that is not a SQLite database is refused in one line naming it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'demarc-store-')), 'notes.db');
    writeFileSync(file, 'these are my notes, not a database\n'.repeat(100));
    await assert.rejects(openStore(file), (error: Error) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /notes\.db: not a demarc scan store/);
      return true;
    });
  });
});
