import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PACKAGE_ROOT } from './paths.js';
import { jsonSchema, SCHEMA_NAMES } from './schemas.js';

describe('published JSON Schemas', () => {
  for (const name of SCHEMA_NAMES) {
    it(`schema/${name}.schema.json matches the schema that validates input (npm run schemas)`, () => {
      const published = readFileSync(`${PACKAGE_ROOT}schema/${name}.schema.json`, 'utf8');
      assert.equal(published, jsonSchema(name));
    });
  }
});
