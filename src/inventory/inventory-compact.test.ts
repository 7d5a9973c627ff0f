import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resource } from '../../test/helpers/checks.js';
import { Inventory } from './inventory.js';
import type { Resource } from './resources.js';
import { tagsFrom, tagValue } from './tags.js';

const bucket = (name: string, tags: Record<string, string>, extra: Record<string, unknown> = {}) =>
  resource('S3Bucket', { name, tags, ...extra });

/** Each resource as JSON: what every report and snapshot would write. */
const asJson = (resources: readonly Resource[]) => resources.map((r) => JSON.stringify(r));

describe('an inventory shares the values its resources repeat', () => {
  it('gives equal tag maps, source references, accounts and regions one copy, changing no value', () => {
    const resources = [
      bucket('a', { team: 'web', DataClassification: 'internal' }),
      bucket('b', { team: 'web', DataClassification: 'internal' }),
      bucket('c', { team: 'data' }),
    ];
    const before = asJson(resources);
    new Inventory(resources);
    assert.deepEqual(asJson(resources), before);
    const [a, b, c] = resources as [Resource, Resource, Resource];
    assert.equal(a.tags, b.tags, 'equal tags: one object');
    assert.notEqual(a.tags, c.tags);
    assert.equal(a.source, c.source, 'a snapshot reference without a file: one object');
  });

  it('keeps apart maps that differ only in key order, and a source with a file and line', () => {
    const resources = [
      bucket('a', { x: '1', y: '2' }),
      bucket('b', { y: '2', x: '1' }),
      bucket('c', {}, { source: { kind: 'cloudformation', file: 't.yaml', line: 3, logicalId: 'C' } }),
      bucket('d', {}, { source: { kind: 'cloudformation', file: 't.yaml', line: 9, logicalId: 'D' } }),
    ];
    const before = asJson(resources);
    new Inventory(resources);
    assert.deepEqual(asJson(resources), before);
    assert.notEqual(resources[0]?.tags, resources[1]?.tags, 'key order is kept: JSON output follows it');
    assert.equal(resources[2]?.source.line, 3);
    assert.equal(resources[3]?.source.line, 9);
  });

  it('keeps a __proto__ tag an own tag, and shares it only with an equal map', () => {
    // Set after parsing: the schema, like zod everywhere, drops a __proto__ key.
    const resources = ['x', 'x', 'y'].map((value, i) => {
      const r = bucket(`b${i}`, {});
      r.tags = tagsFrom([['__proto__', value]]);
      return r;
    });
    new Inventory(resources);
    assert.equal(tagValue(resources[0]?.tags, '__proto__'), 'x');
    assert.equal(resources[0]?.tags, resources[1]?.tags);
    assert.equal(tagValue(resources[2]?.tags, '__proto__'), 'y');
    assert.equal(Object.getPrototypeOf(resources[2]?.tags), Object.prototype);
  });

  it('leaves frozen resources as they are', () => {
    const frozen = [bucket('a', { t: '1' }), bucket('b', { t: '1' })].map((r) => Object.freeze(r));
    assert.doesNotThrow(() => new Inventory(frozen));
    assert.notEqual(frozen[0]?.tags, frozen[1]?.tags);
  });

  it('stops pooling tag maps that are mostly unique, so a Name tag on every resource costs no table', () => {
    const unique = Array.from({ length: 3000 }, (_, i) => bucket(`u${i}`, { Name: `u${i}` }));
    const late = [bucket('x', { team: 'web' }), bucket('y', { team: 'web' })];
    new Inventory([...unique, ...late]);
    assert.notEqual(late[0]?.tags, late[1]?.tags, 'the pool gave up after the unique ones');
    const shared = [bucket('p', { team: 'web' }), bucket('q', { team: 'web' })];
    new Inventory([...shared, ...unique]);
    assert.equal(shared[0]?.tags, shared[1]?.tags);
  });
});
