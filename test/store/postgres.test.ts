import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { InputError } from '../../src/errors.js';
import { openStore } from '../../src/store/store.js';
import { type Postgres, postgresSkipReason, startPostgres } from '../support/postgres.js';
import { storeSuite } from './suite.js';

describe('store: PostgreSQL server', { skip: postgresSkipReason() }, () => {
  let server: Postgres;
  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    await server?.stop();
  });

  storeSuite(() => ({
    fresh: () => server.createDatabase(),
    async exec(url, sql) {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
  }));

  it('a database that does not exist is one line naming the URL, without its password', async () => {
    const url = new URL(server.url);
    url.password = 's3cret';
    url.pathname = '/no_such_database';
    await assert.rejects(openStore(url.toString()), (error: Error) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /no_such_database: scan store: .*does not exist/);
      assert.doesNotMatch(error.message, /s3cret/);
      return true;
    });
  });
});
