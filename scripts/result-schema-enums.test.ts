import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RESOURCE_TYPES } from '../src/inventory/resources.js';
import { withEnum } from './result-schema-enums.js';

const TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'result.schema.json'), 'utf8');
const enumOf = (text: string): unknown => JSON.parse(text).$defs.resourceType.enum;

describe('scripts/result-schema-enums', () => {
  it('leaves the schema as written when it names the registry’s kinds', () => {
    assert.equal(withEnum(TEXT, 'resourceType', RESOURCE_TYPES), TEXT);
  });

  it('rewrites only the resource type enum, in the file’s layout, when the registry differs', () => {
    const added = [...RESOURCE_TYPES, 'EfsFileSystem'];
    const text = withEnum(TEXT, 'resourceType', added);
    assert.deepEqual(enumOf(text), added);
    assert.equal(withEnum(text, 'resourceType', RESOURCE_TYPES), TEXT);
    const { resourceType: _a, ...restBefore } = JSON.parse(TEXT).$defs;
    const { resourceType: _b, ...restAfter } = JSON.parse(text).$defs;
    assert.deepEqual(restAfter, restBefore);
  });

  it('refuses a schema without the enum', () => {
    assert.throws(() => withEnum('{}', 'resourceType', RESOURCE_TYPES), /no "resourceType" enum/);
  });
});
