import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tagValue } from '../../../inventory/tags.js';
import { nameOf, tagsOf } from './regional-kit.js';

describe('live tag lists', () => {
  test('every key AWS allows is an ordinary tag, __proto__ and constructor included', () => {
    // AWS tag keys may hold letters, digits, spaces and _.:/=+-@, so `__proto__` is a valid key.
    const tags = tagsOf([
      { Key: '__proto__', Value: 'x' },
      { Key: 'constructor', Value: 'y' },
      { Key: 'Name', Value: undefined },
      { Value: 'no key' },
    ]);
    assert.deepEqual(Object.entries(tags), [
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ['Name', ''],
    ]);
    assert.equal(tagValue(tags, '__proto__'), 'x');
    assert.equal(tagValue(tagsOf(undefined), 'constructor'), undefined);
    assert.equal(nameOf(tagsOf([]), 'i-123'), 'i-123');
    assert.equal(nameOf(tagsOf([{ Key: 'Name', Value: 'web' }]), 'i-123'), 'web');
  });
});
