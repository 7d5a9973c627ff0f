import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runCli } from '../../test/helpers/cli.js';
import { PACKAGE_ROOT } from './paths.js';
import { jsonSchema, SCHEMA_NAMES } from './schemas.js';

describe('published JSON Schemas', () => {
  for (const name of SCHEMA_NAMES) {
    it(`schema/${name}.schema.json is what demarc schema ${name} prints (npm run schemas regenerates the zod ones)`, async () => {
      const published = readFileSync(`${PACKAGE_ROOT}schema/${name}.schema.json`, 'utf8');
      assert.equal(published, jsonSchema(name));
      const run = await runCli(['schema', name]);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, published);
    });
  }

  it('the result schema is hand-written (its test is src/engine/result-schema.test.ts) and listed', async () => {
    assert.ok(SCHEMA_NAMES.includes('result'));
    const run = await runCli(['schema', 'nope']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /snapshot, policy, result/);
  });
});
