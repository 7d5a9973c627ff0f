import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SharedValues } from './shared-values.js';

describe('shared reasons and evidence', () => {
  it('gives equal evidence of one check one object, and unequal evidence its own', () => {
    const values = new SharedValues();
    const first = values.evidenceOf('c', { region: 'eu-west-1', groups: ['EU'] });
    const again = values.evidenceOf('c', { region: 'eu-west-1', groups: ['EU'] });
    const other = values.evidenceOf('c', { region: 'us-east-1', groups: [] });
    assert.equal(first, again);
    assert.notEqual(first, other);
    assert.deepEqual(other, { region: 'us-east-1', groups: [] });
    assert.equal(values.evidenceOf('c', undefined), undefined);
  });

  it('returns reasons unchanged, one copy of each repeated one', () => {
    const values = new SharedValues();
    const built = (n: number) => ['versioning is ', n > 0 ? 'enabled' : 'off'].join('');
    assert.equal(values.reason('c', built(1)), 'versioning is enabled');
    assert.equal(values.reason('c', built(2)), 'versioning is enabled');
  });

  it('stops pooling a check whose evidence is mostly unique, and still returns every value', () => {
    const values = new SharedValues();
    for (let i = 0; i < 1500; i++) assert.deepEqual(values.evidenceOf('ages', { age: i }), { age: i });
    const a = { age: -1 };
    const b = { age: -1 };
    assert.equal(values.evidenceOf('ages', a), a);
    assert.equal(values.evidenceOf('ages', b), b, 'no longer shared: the pool gave up');
    // Another check's pool is its own.
    const c = values.evidenceOf('flags', { on: true });
    assert.equal(values.evidenceOf('flags', { on: true }), c);
  });
});
