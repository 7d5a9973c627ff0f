import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { homeRegion, readableRegions } from './scan.js';

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

  it('keeps a European Sovereign Cloud account to its own partition, read from its home region', () => {
    assert.deepEqual(readableRegions(listed, 'aws-eusc'), ['eusc-de-east-1']);
    assert.equal(homeRegion('aws-eusc', 'eu-west-1'), 'eusc-de-east-1');
    assert.equal(homeRegion('aws-cn', 'us-east-1'), 'cn-north-1');
    // A partition the model does not know is read where the scan starts.
    assert.equal(homeRegion('aws-iso', 'us-iso-east-1'), 'us-iso-east-1');
  });

  it('places regions the model does not list yet by their name', () => {
    const newer = [
      { RegionName: 'cn-south-9' },
      { RegionName: 'us-gov-central-1' },
      { RegionName: 'eu-south-7' },
    ];
    assert.deepEqual(readableRegions(newer, 'aws-cn'), ['cn-south-9']);
    assert.deepEqual(readableRegions(newer, 'aws-us-gov'), ['us-gov-central-1']);
    assert.deepEqual(readableRegions(newer, 'aws'), ['eu-south-7']);
  });
});
