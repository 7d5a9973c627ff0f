import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EEA_MEMBER_STATES,
  EU_MEMBER_STATES,
  isRegionAllowed,
  isRegionName,
  jurisdictionEntryKind,
  PARTITIONS,
  partitionOfArn,
  partitionOfRegion,
  REGION_GROUP_NAMES,
  REGIONS,
  regionJurisdiction,
  regionsMatching,
} from './regions.js';

describe('region table', () => {
  it('has unique region codes with a country, a name and known groups', () => {
    const codes = REGIONS.map((r) => r.region);
    assert.equal(new Set(codes).size, codes.length);
    for (const r of REGIONS) {
      assert.match(r.country, /^[A-Z]{2}$/, r.region);
      assert.ok(r.countryName.length > 0 && r.name.length > 0, r.region);
      for (const g of r.groups)
        assert.ok((REGION_GROUP_NAMES as readonly string[]).includes(g), `${r.region}: ${g}`);
    }
  });

  it('covers the commercial, GovCloud, China and sovereign regions', () => {
    for (const code of [
      'us-east-1',
      'ap-east-2',
      'ap-southeast-5',
      'ap-southeast-6',
      'ap-southeast-7',
      'ca-west-1',
      'mx-central-1',
      'il-central-1',
      'me-central-1',
      'eu-south-2',
      'us-gov-east-1',
      'cn-northwest-1',
      'eusc-de-east-1',
    ]) {
      assert.ok(regionJurisdiction(code), code);
    }
  });

  it('maps eu-west-1 to Ireland in the EU and EEA', () => {
    const j = regionJurisdiction('eu-west-1');
    assert.equal(j?.country, 'IE');
    assert.deepEqual(j?.groups, ['EU', 'EEA']);
  });

  it('maps eu-central-2 to Switzerland, outside the EU and EEA', () => {
    const j = regionJurisdiction('eu-central-2');
    assert.equal(j?.country, 'CH');
    assert.deepEqual(j?.groups, []);
  });

  it('keeps London out of the EU', () => {
    assert.deepEqual(regionJurisdiction('eu-west-2')?.groups, []);
    assert.equal(regionJurisdiction('eu-west-2')?.country, 'GB');
  });

  it('tags partitions', () => {
    assert.deepEqual(regionJurisdiction('us-gov-west-1')?.groups, ['GOVCLOUD']);
    assert.equal(regionJurisdiction('us-gov-west-1')?.country, 'US');
    assert.equal(regionJurisdiction('cn-north-1')?.country, 'CN');
    assert.deepEqual(regionJurisdiction('cn-north-1')?.groups, ['CHINA']);
    assert.deepEqual(regionJurisdiction('eusc-de-east-1')?.groups, ['EU', 'EEA', 'EUSC']);
    assert.equal(regionJurisdiction('us-east-1')?.partition, 'aws');
  });

  it('does not put Hong Kong or Taipei in the China partition', () => {
    assert.equal(regionJurisdiction('ap-east-1')?.country, 'HK');
    assert.deepEqual(regionJurisdiction('ap-east-1')?.groups, []);
    assert.equal(regionJurisdiction('ap-east-2')?.country, 'TW');
  });

  it('knows the EEA is the EU plus three', () => {
    assert.equal(EU_MEMBER_STATES.length, 27);
    assert.deepEqual(
      EEA_MEMBER_STATES.filter((c) => !EU_MEMBER_STATES.includes(c)),
      ['IS', 'LI', 'NO'],
    );
  });

  it('looks regions up case-insensitively and returns undefined for unknown ones', () => {
    assert.equal(regionJurisdiction('EU-WEST-3')?.country, 'FR');
    assert.equal(regionJurisdiction('xx-nowhere-1'), undefined);
  });
});

describe('isRegionAllowed', () => {
  it('matches a region code', () => {
    assert.equal(isRegionAllowed('eu-west-1', ['eu-west-1']), true);
    assert.equal(isRegionAllowed('eu-west-1', ['EU-West-1']), true);
    assert.equal(isRegionAllowed('eu-west-3', ['eu-west-1']), false);
  });

  it('matches a country code', () => {
    assert.equal(isRegionAllowed('eu-central-1', ['de']), true);
    assert.equal(isRegionAllowed('eusc-de-east-1', ['DE']), true);
    assert.equal(isRegionAllowed('us-gov-west-1', ['US']), true);
    assert.equal(isRegionAllowed('eu-central-2', ['DE', 'FR']), false);
  });

  it('matches a group', () => {
    assert.equal(isRegionAllowed('eu-north-1', ['EU']), true);
    assert.equal(isRegionAllowed('eu-north-1', ['eea']), true);
    assert.equal(isRegionAllowed('eu-central-2', ['EU', 'EEA']), false);
    assert.equal(isRegionAllowed('eu-west-2', ['EU']), false);
    assert.equal(isRegionAllowed('us-gov-east-1', ['GovCloud']), true);
    assert.equal(isRegionAllowed('us-east-1', ['GOVCLOUD']), false);
    assert.equal(isRegionAllowed('cn-northwest-1', ['china']), true);
  });

  it('returns undefined for an unknown region, whatever is allowed', () => {
    assert.equal(isRegionAllowed('xx-nowhere-1', ['EU', 'US', 'xx-nowhere-1']), undefined);
  });

  it('allows nothing with an empty list', () => {
    assert.equal(isRegionAllowed('eu-west-1', []), false);
  });
});

describe('jurisdiction entries', () => {
  it('classifies policy entries', () => {
    assert.equal(jurisdictionEntryKind('eu-west-1'), 'region');
    assert.equal(jurisdictionEntryKind('eea'), 'group');
    assert.equal(jurisdictionEntryKind('CH'), 'country');
    assert.equal(jurisdictionEntryKind('NL'), 'country');
    assert.equal(jurisdictionEntryKind('Europe'), undefined);
  });

  it('lists the regions an entry allows', () => {
    assert.deepEqual(
      regionsMatching('GOVCLOUD').map((r) => r.region),
      ['us-gov-west-1', 'us-gov-east-1'],
    );
    assert.deepEqual(
      regionsMatching('AU').map((r) => r.region),
      ['ap-southeast-2', 'ap-southeast-4'],
    );
  });
});

describe('partitions', () => {
  it('every region of the table is a region name and belongs to a partition with its home region', () => {
    for (const r of REGIONS) {
      assert.ok(isRegionName(r.region), r.region);
      assert.equal(partitionOfRegion(r.region), r.partition, r.region);
      assert.equal(partitionOfRegion(PARTITIONS[r.partition].homeRegion), r.partition);
    }
    assert.equal(partitionOfRegion('eusc-de-east-1'), 'aws-eusc');
    assert.equal(isRegionName('eusc-de-east-1'), true);
    assert.equal(PARTITIONS['aws-eusc'].dnsSuffix, 'amazonaws.eu');
  });

  it('a region newer than the table keeps its partition by prefix; stand-ins are not regions', () => {
    assert.equal(partitionOfRegion('cn-south-9'), 'aws-cn');
    assert.equal(partitionOfRegion('us-gov-central-9'), 'aws-us-gov');
    assert.equal(partitionOfRegion('eusc-fr-west-9'), 'aws-eusc');
    assert.equal(partitionOfRegion('xx-new-9'), 'aws');
    assert.equal(partitionOfRegion(undefined), 'aws');
    assert.equal(isRegionName('unknown'), false);
    assert.equal(isRegionName('global'), false);
  });

  it('reads the partition an ARN names, and only a real one', () => {
    assert.equal(partitionOfArn('arn:aws-eusc:s3:::b'), 'aws-eusc');
    assert.equal(partitionOfArn('arn:aws-cn:s3:::b'), 'aws-cn');
    assert.equal(partitionOfArn('arn:constructor:s3:::b'), 'aws');
    assert.equal(partitionOfArn('vpc-123'), 'aws');
  });
});
