import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { regionJurisdiction } from './regions.js';
import { zoneJurisdiction } from './zones.js';

describe('jurisdiction by zone (issue 11)', () => {
  it('judges a Local Zone by its own country, whatever its parent region', () => {
    for (const [zone, region, country] of [
      ['us-east-1-lim-1a', 'us-east-1', 'PE'],
      ['us-east-1-bue-1a', 'us-east-1', 'AR'],
      ['us-east-1-scl-1a', 'us-east-1', 'CL'],
      ['us-east-1-qro-1a', 'us-east-1', 'MX'],
      ['ap-southeast-1-bkk-1a', 'ap-southeast-1', 'TH'],
      ['ap-southeast-1-mnl-1a', 'ap-southeast-1', 'PH'],
      ['af-south-1-los-1a', 'af-south-1', 'NG'],
      ['use1-lim1-az1', 'us-east-1', 'PE'],
    ] as const) {
      const place = zoneJurisdiction(region, zone);
      assert.equal(place.kind, 'zone', zone);
      if (place.kind === 'zone') assert.equal(place.jurisdiction.country, country, zone);
    }
  });

  it('puts a Local Zone in an EU country in the EU group', () => {
    const place = zoneJurisdiction('eu-central-1', 'eu-central-1-waw-1a');
    assert.ok(place.kind === 'zone' && place.jurisdiction.groups.includes('EU'));
  });

  it('leaves an ordinary Availability Zone with its region, and an unknown zone unknown', () => {
    assert.equal(zoneJurisdiction('eu-west-1', 'eu-west-1b').kind, 'region');
    assert.equal(zoneJurisdiction('us-east-1', 'us-east-1-zzz-1a').kind, 'unknown');
    assert.equal(zoneJurisdiction('xx-moon-1', 'xx-moon-1a').kind, 'unknown');
  });

  it('says the China regions are operated by local companies, not AWS', () => {
    assert.match(regionJurisdiction('cn-north-1')?.operator ?? '', /Sinnet/);
    assert.match(regionJurisdiction('cn-northwest-1')?.operator ?? '', /NWCD/);
    assert.equal(regionJurisdiction('eu-west-1')?.operator, undefined);
  });
});
