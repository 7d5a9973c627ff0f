import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSnapshot } from './load.js';

describe('snapshot text', () => {
  it('absurd nesting is refused with its line before anything walks it', () => {
    const text = `{"demarcSnapshot": 1,\n"resources": [{"type": "S3Bucket", "policy": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    assert.throws(() => parseSnapshot(text, 'deep.json'), {
      name: 'InputError',
      message: 'deep.json:2: nests more than 100 levels deep',
    });
  });

  it('nesting a snapshot really has is read', () => {
    const text = JSON.stringify({ demarcSnapshot: 1, resources: [] });
    assert.deepEqual(parseSnapshot(text, 'ok.json').resources, []);
  });
});
