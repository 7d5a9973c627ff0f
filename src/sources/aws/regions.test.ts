import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partitionOfRegion, readableRegions } from './scan.js';

describe('regions a scan without --region reads', () => {
  // What an emulator's DescribeRegions answers to any caller: every partition's regions.
  const listed = [
    { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' },
    { RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
    { RegionName: 'af-south-1', OptInStatus: 'not-opted-in' },
    { RegionName: 'ap-east-2', OptInStatus: 'opted-in' },
    { RegionName: 'cn-north-1' },
    { RegionName: 'cn-northwest-1' },
    { RegionName: 'us-gov-west-1' },
    { RegionName: 'us-gov-east-1' },
    { RegionName: 'eusc-de-east-1' },
  ];

  it('keeps a commercial account to the enabled regions of its own partition', () => {
    assert.deepEqual(readableRegions(listed, 'aws'), ['ap-east-2', 'eu-west-1', 'us-east-1']);
  });

  it('keeps a GovCloud or China account to its own partition', () => {
    assert.deepEqual(readableRegions(listed, 'aws-us-gov'), ['us-gov-east-1', 'us-gov-west-1']);
    assert.deepEqual(readableRegions(listed, 'aws-cn'), ['cn-north-1', 'cn-northwest-1']);
  });

  it('places regions the model does not list yet by their name', () => {
    assert.equal(partitionOfRegion('cn-south-9'), 'aws-cn');
    assert.equal(partitionOfRegion('us-gov-central-1'), 'aws-us-gov');
    assert.equal(partitionOfRegion('eu-south-7'), 'aws');
  });
});
