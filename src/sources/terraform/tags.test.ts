import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planText } from '../../../test/helpers/terraform-plans.js';
import { tagValue } from '../../inventory/tags.js';
import { terraformPlanReader as reader } from './index.js';

describe('terraform plan tags', () => {
  test('a __proto__ tag is an ordinary tag, and Object members are no tags', () => {
    // JSON.parse, as the plan file is read: `__proto__` is an own key here, not the prototype.
    const tags = JSON.parse('{"__proto__": "x", "Name": "logs"}') as Record<string, string>;
    const text = planText({
      root: { resources: [{ address: 'aws_s3_bucket.logs', values: { bucket: 'logs', tags } }] },
    });
    assert.match(text, /"__proto__": "x"/);
    const [bucket] = reader.read('plan.json', text, { parameters: {} }).resources;
    assert.ok(bucket);
    assert.deepEqual(Object.entries(bucket.tags), [
      ['__proto__', 'x'],
      ['Name', 'logs'],
    ]);
    assert.equal(tagValue(bucket.tags, 'constructor'), undefined);
  });
});
