import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AddTagsCommand,
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand,
} from '@aws-sdk/client-cloudtrail';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  cloudtrailCollector,
  fieldAccepts,
  managementEventsOf,
} from '../../src/sources/aws/collectors/cloudtrail.js';
import { iamCollector } from '../../src/sources/aws/collectors/iam.js';
import { kmsCollector } from '../../src/sources/aws/collectors/kms.js';
import { s3ClientExtra } from '../../src/sources/aws/collectors/s3-public-access.js';
import type { ApiCall } from '../../src/sources/aws/context.js';
import { collectAws } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, judge, named, statusOf } from './regional-support.js';

const ACCOUNT = '123456789012';

async function seedBucket(): Promise<void> {
  const s3 = new S3Client({ region: 'us-east-1', ...s3ClientExtra() });
  await s3.send(new CreateBucketCommand({ Bucket: 'trail-logs' }));
}

/** A multi-region trail homed in us-east-1: logging, validated, KMS-encrypted, all management events. */
async function seedGoodTrail(): Promise<string> {
  const key = await new KMSClient({ region: 'us-east-1' }).send(
    new CreateKeyCommand({ Description: 'trail key' }),
  );
  const keyArn = key.KeyMetadata?.Arn ?? '';
  const ct = new CloudTrailClient({ region: 'us-east-1' });
  await ct.send(
    new CreateTrailCommand({
      Name: 'everywhere',
      S3BucketName: 'trail-logs',
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: true,
      KmsKeyId: keyArn,
    }),
  );
  await ct.send(new StartLoggingCommand({ Name: 'everywhere' }));
  await ct.send(
    new PutEventSelectorsCommand({
      TrailName: 'everywhere',
      EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }],
    }),
  );
  await ct.send(
    new AddTagsCommand({
      ResourceId: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/everywhere`,
      TagsList: [{ Key: 'team', Value: 'security' }],
    }),
  );
  return keyArn;
}

/** A single-region trail homed in eu-west-1: not logging, no validation, no KMS, read events only. */
async function seedWeakTrail(): Promise<void> {
  const ct = new CloudTrailClient({ region: 'eu-west-1' });
  await ct.send(new CreateTrailCommand({ Name: 'local', S3BucketName: 'trail-logs' }));
  await ct.send(
    new PutEventSelectorsCommand({
      TrailName: 'local',
      AdvancedEventSelectors: [
        {
          Name: 'reads',
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Management'] },
            { Field: 'readOnly', Equals: ['true'] },
          ],
        },
      ],
    }),
  );
}

describe('CloudTrail collector against moto', () => {
  const moto = motoForSuite();

  it('reads each trail once, from its home region, and the checks judge them', async () => {
    await moto().reset();
    await seedBucket();
    const keyArn = await seedGoodTrail();
    await seedWeakTrail();
    const calls: ApiCall[] = [];
    const { inventory } = await collectAws(
      { regions: ['eu-west-1', 'us-east-1', 'ap-southeast-2'], onCall: (c) => calls.push(c) },
      [cloudtrailCollector, iamCollector, kmsCollector],
    );
    assertValid(inventory);
    const others = calls
      .map((c) => c.operation.replace(/Command$/, ''))
      .filter((op) => !/^(Get|List|Describe)/.test(op));
    assert.deepEqual([...new Set(others)], ['GenerateCredentialReport'], 'read-only');
    // The multi-region trail shows in all three regions but is one resource.
    assert.equal(inventory.ofType('CloudTrailTrail').length, 2);
    const statusRegions = calls.filter((c) => c.operation === 'GetTrailStatusCommand').map((c) => c.region);
    assert.deepEqual(
      statusRegions.sort(),
      ['eu-west-1', 'us-east-1'],
      'settings are read from the home region',
    );

    const good = named(inventory, 'CloudTrailTrail', 'everywhere');
    assert.equal(good.id, `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/everywhere`);
    assert.equal(good.account, ACCOUNT);
    assert.equal(good.region, 'us-east-1');
    assert.equal(good.homeRegion, 'us-east-1');
    assert.equal(good.isMultiRegion, true);
    assert.equal(good.isOrganizationTrail, false);
    assert.equal(good.includeGlobalServiceEvents, true);
    assert.equal(good.logFileValidation, true);
    assert.equal(good.kmsKeyId, keyArn);
    assert.equal(good.isLogging, true);
    assert.equal(good.s3BucketName, 'trail-logs');
    assert.equal(good.managementEvents, 'All');
    assert.deepEqual(good.tags, { team: 'security' });

    const weak = named(inventory, 'CloudTrailTrail', 'local');
    assert.equal(weak.region, 'eu-west-1');
    assert.equal(weak.isMultiRegion, false);
    assert.equal(weak.logFileValidation, false);
    assert.equal(weak.kmsKeyId, null);
    assert.equal(weak.isLogging, false);
    assert.equal(weak.managementEvents, 'ReadOnly');
    assert.deepEqual(weak.tags, {});

    const result = judge(inventory);
    assert.equal(statusOf(result, 'cloudtrail-multi-region-enabled', ACCOUNT), 'pass');
    assert.equal(statusOf(result, 'cloudtrail-log-file-validation', 'everywhere'), 'pass');
    assert.equal(statusOf(result, 'cloudtrail-log-file-validation', 'local'), 'fail');
    assert.equal(statusOf(result, 'cloudtrail-encrypted-with-kms', 'everywhere'), 'pass');
    assert.equal(statusOf(result, 'cloudtrail-encrypted-with-kms', 'local'), 'fail');
  });

  it('finds a multi-region trail homed in a region the scan does not cover', async () => {
    await moto().reset();
    await seedBucket();
    await seedGoodTrail();
    const { inventory } = await collectAws({ regions: ['eu-west-1'] }, [cloudtrailCollector]);
    const good = named(inventory, 'CloudTrailTrail', 'everywhere');
    assert.equal(good.region, 'us-east-1');
    assert.equal(good.isLogging, true);
    assert.equal(good.managementEvents, 'All');
  });

  it('fails the account whose only trail is single-region and stopped', async () => {
    await moto().reset();
    await seedBucket();
    await seedWeakTrail();
    const { inventory } = await collectAws({ regions: ['eu-west-1', 'us-east-1'] }, [
      cloudtrailCollector,
      iamCollector,
    ]);
    const result = judge(inventory);
    assert.equal(statusOf(result, 'cloudtrail-multi-region-enabled', ACCOUNT), 'fail');
  });
});

describe('CloudTrail mapping', () => {
  const meta = { $metadata: {} };
  it('reads management events from basic selectors', () => {
    assert.equal(managementEventsOf(meta), 'None');
    assert.equal(
      managementEventsOf({ ...meta, EventSelectors: [{}] }),
      'All',
      'AWS defaults: All, management on',
    );
    assert.equal(
      managementEventsOf({ ...meta, EventSelectors: [{ ReadWriteType: 'WriteOnly' }] }),
      'WriteOnly',
    );
    assert.equal(
      managementEventsOf({
        ...meta,
        EventSelectors: [{ ReadWriteType: 'ReadOnly' }, { ReadWriteType: 'WriteOnly' }],
      }),
      'All',
    );
    assert.equal(
      managementEventsOf({
        ...meta,
        EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: false }],
      }),
      'None',
    );
  });

  it('reads management events from advanced selectors', () => {
    const mgmt = { Field: 'eventCategory', Equals: ['Management'] };
    const adv = (...fields: { Field: string; Equals?: string[]; NotEquals?: string[] }[]) => ({
      ...meta,
      AdvancedEventSelectors: [{ FieldSelectors: [mgmt, ...fields] }],
    });
    assert.equal(managementEventsOf(adv()), 'All');
    assert.equal(managementEventsOf(adv({ Field: 'readOnly', Equals: ['false'] })), 'WriteOnly');
    assert.equal(managementEventsOf(adv({ Field: 'readOnly', NotEquals: ['false'] })), 'ReadOnly');
    // Leaving out KMS events is what AWS allows; management events still count.
    assert.equal(managementEventsOf(adv({ Field: 'eventSource', NotEquals: ['kms.amazonaws.com'] })), 'All');
    assert.equal(
      managementEventsOf({
        ...meta,
        AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }] }],
      }),
      'None',
    );
    assert.equal(fieldAccepts({ Field: 'x', StartsWith: ['Man'], NotEndsWith: ['x'] }, 'Management'), true);
  });
});
