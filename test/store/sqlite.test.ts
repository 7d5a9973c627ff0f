import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { openStore } from '../../src/store/store.js';
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
