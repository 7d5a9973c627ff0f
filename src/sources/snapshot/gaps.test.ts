import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inventoryOf, parseSnapshot } from './load.js';

const ACCOUNT = '111122223333';
const bucket = (account: string, name: string) => ({
  type: 'S3Bucket',
  id: `arn:aws:s3:::${name}`,
  name,
  account,
  region: 'eu-west-1',
  tags: {},
  source: { kind: 'aws' },
});
const listingGap = {
  service: 'rds',
  region: 'eu-west-1',
  api: 'rds:DescribeDBInstances',
  error: 'AccessDenied',
  resourceTypes: ['RdsInstance'],
};

function load(snapshot: object) {
  return inventoryOf(parseSnapshot(JSON.stringify({ demarcSnapshot: 1, ...snapshot }), 'snap.json'));
}

describe('snapshot gaps and their account', () => {
  it('a snapshot written before gaps carried an account gives them its own', () => {
    const inventory = load({ resources: [bucket(ACCOUNT, 'a')], gaps: [listingGap] });
    assert.equal(inventory.gaps[0]?.account, ACCOUNT);
  });

  it('a gap that names its account keeps it', () => {
    const inventory = load({
      resources: [bucket(ACCOUNT, 'a')],
      gaps: [{ ...listingGap, account: '444455556666' }],
    });
    assert.equal(inventory.gaps[0]?.account, '444455556666');
  });

  it('without a single account to take, an old gap’s account is empty, never a guess', () => {
    const inventory = load({
      resources: [bucket(ACCOUNT, 'a'), bucket('444455556666', 'b')],
      gaps: [listingGap],
    });
    assert.equal(inventory.gaps[0]?.account, '');
  });
});
