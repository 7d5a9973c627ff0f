import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_OFF, ALL_ON, resource, TEST_NOW } from '../../../test/helpers/checks.js';
import { createContext } from '../../engine/context.js';
import { Inventory } from '../../inventory/inventory.js';
import type { Resource, ResourceOf } from '../../inventory/resources.js';
import { DEFAULT_POLICY } from '../../policy/policy.js';
import { effectiveSetting } from './public-access.js';

function restrictOf(bucketBlock: unknown, accountBlock?: unknown) {
  const bucket = resource('S3Bucket', bucketBlock === undefined ? {} : { publicAccessBlock: bucketBlock });
  const others: Resource[] =
    accountBlock === undefined ? [] : [resource('AwsAccount', { s3PublicAccessBlock: accountBlock })];
  const ctx = createContext(new Inventory([bucket, ...others]), DEFAULT_POLICY, TEST_NOW);
  return effectiveSetting(bucket as ResourceOf<'S3Bucket'>, 'restrictPublicBuckets', ctx);
}

describe('effective Block Public Access', () => {
  it('is on when the bucket sets it, whatever the account', () =>
    assert.deepEqual(restrictOf(ALL_ON), { on: true, level: 'bucket' }));
  it('is on when only the account sets it', () =>
    assert.deepEqual(restrictOf(null, ALL_ON), { on: true, level: 'account' }));
  it('is on from the account even when the bucket is unknown', () =>
    assert.deepEqual(restrictOf(undefined, ALL_ON), { on: true, level: 'account' }));
  it('is off only when both levels are known to be off', () => {
    assert.deepEqual(restrictOf(ALL_OFF, null), { on: false });
    assert.deepEqual(restrictOf(null, ALL_OFF), { on: false });
  });
  it('is unknown when the account was not scanned', () => {
    const state = restrictOf(ALL_OFF);
    assert.equal(state.on, undefined);
    assert.match('why' in state ? state.why : '', /not scanned/);
  });
  it('is unknown when the account settings could not be read', () =>
    assert.equal(restrictOf(null, undefined).on, undefined));
});
