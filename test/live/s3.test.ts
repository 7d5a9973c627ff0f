import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketOwnershipControlsCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  PutPublicAccessBlockCommand as PutAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import { iamCollector } from '../../src/sources/aws/collectors/iam.js';
import { kmsCollector } from '../../src/sources/aws/collectors/kms.js';
import {
  aclGrantsOf,
  encryptionOf,
  loggingOf,
  regionOfLocation,
  s3Collector,
  versioningOf,
} from '../../src/sources/aws/collectors/s3.js';
import { s3ClientExtra, s3ControlClientExtra } from '../../src/sources/aws/collectors/s3-public-access.js';
import type { ApiCall } from '../../src/sources/aws/context.js';
import { collectAws } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, gapApis, judge, named, statusOf } from './regional-support.js';

const ACCOUNT = '123456789012';
const REGIONS = ['eu-west-1', 'us-east-1', 'eu-central-1'];
const ALL_ON = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

const tlsDeny = (bucket: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyPlainHttp',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });

const publicRead = (bucket: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PublicRead',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${bucket}/*`,
      },
    ],
  });

const logDelivery = (bucket: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'S3ServerAccessLogs',
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${bucket}/*`,
      },
    ],
  });

async function seed(): Promise<{ keyArn: string }> {
  // moto, like S3, wants a bucket created through its own region's endpoint.
  const s3 = new S3Client({ region: 'eu-west-1', ...s3ClientExtra() });
  const s3Frankfurt = new S3Client({ region: 'eu-central-1', ...s3ClientExtra() });
  const s3Virginia = new S3Client({ region: 'us-east-1', ...s3ClientExtra() });
  const kms = new KMSClient({ region: 'eu-west-1' });
  const key = await kms.send(new CreateKeyCommand({ Description: 'bucket key' }));
  const keyArn = key.KeyMetadata?.Arn ?? '';

  // secure-data: confidential data, everything on.
  await s3.send(
    new CreateBucketCommand({
      Bucket: 'secure-data',
      CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
    }),
  );
  await s3.send(
    new PutBucketTaggingCommand({
      Bucket: 'secure-data',
      Tagging: { TagSet: [{ Key: 'DataClassification', Value: 'confidential' }] },
    }),
  );
  await s3.send(
    new PutBucketEncryptionCommand({
      Bucket: 'secure-data',
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn } }],
      },
    }),
  );
  await s3.send(
    new PutPublicAccessBlockCommand({ Bucket: 'secure-data', PublicAccessBlockConfiguration: ALL_ON }),
  );
  await s3.send(new PutBucketPolicyCommand({ Bucket: 'secure-data', Policy: tlsDeny('secure-data') }));
  await s3.send(
    new PutBucketVersioningCommand({ Bucket: 'secure-data', VersioningConfiguration: { Status: 'Enabled' } }),
  );
  await s3.send(
    new PutBucketOwnershipControlsCommand({
      Bucket: 'secure-data',
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    }),
  );

  // access-logs: SSE-S3, Block Public Access half on, versioning suspended; S3 log delivery may write.
  await s3.send(
    new CreateBucketCommand({
      Bucket: 'access-logs',
      CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
    }),
  );
  await s3.send(
    new PutBucketEncryptionCommand({
      Bucket: 'access-logs',
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    }),
  );
  await s3.send(
    new PutPublicAccessBlockCommand({
      Bucket: 'access-logs',
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true },
    }),
  );
  await s3.send(
    new PutBucketVersioningCommand({ Bucket: 'access-logs', VersioningConfiguration: { Status: 'Enabled' } }),
  );
  await s3.send(
    new PutBucketVersioningCommand({
      Bucket: 'access-logs',
      VersioningConfiguration: { Status: 'Suspended' },
    }),
  );
  await s3.send(new PutBucketPolicyCommand({ Bucket: 'access-logs', Policy: logDelivery('access-logs') }));
  await s3.send(
    new PutBucketLoggingCommand({
      Bucket: 'secure-data',
      BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'secure-data/' } },
    }),
  );

  // open-site: us-east-1 (no location constraint), no encryption, no Block Public Access, public policy and ACL.
  await s3Virginia.send(new CreateBucketCommand({ Bucket: 'open-site' }));
  await s3.send(
    new PutBucketTaggingCommand({
      Bucket: 'open-site',
      Tagging: { TagSet: [{ Key: 'DataClassification', Value: 'confidential' }] },
    }),
  );
  await s3.send(new PutBucketPolicyCommand({ Bucket: 'open-site', Policy: publicRead('open-site') }));
  await s3.send(new PutBucketAclCommand({ Bucket: 'open-site', ACL: 'public-read' }));

  // locked: Frankfurt, Object Lock on (which turns versioning on).
  await s3Frankfurt.send(
    new CreateBucketCommand({
      Bucket: 'locked',
      CreateBucketConfiguration: { LocationConstraint: 'eu-central-1' },
      ObjectLockEnabledForBucket: true,
    }),
  );
  return { keyArn };
}

describe('S3 collector against moto', () => {
  const moto = motoForSuite();

  it('reads every bucket from its region, and the checks judge them', async () => {
    await moto().reset();
    const { keyArn } = await seed();
    const calls: ApiCall[] = [];
    const { inventory } = await collectAws({ regions: REGIONS, onCall: (c) => calls.push(c) }, [
      s3Collector,
      iamCollector,
      kmsCollector,
    ]);
    assertValid(inventory);
    const writes = calls
      .map((c) => c.operation.replace(/Command$/, ''))
      .filter((op) => !/^(Get|List|Describe)/.test(op) && op !== 'GenerateCredentialReport');
    assert.deepEqual(writes, []);
    // Per-bucket calls go to the bucket's own region.
    const encryptionRegions = calls
      .filter((c) => c.operation === 'GetBucketEncryptionCommand')
      .map((c) => c.region)
      .sort();
    assert.deepEqual(encryptionRegions, ['eu-central-1', 'eu-west-1', 'eu-west-1', 'us-east-1']);

    const secure = named(inventory, 'S3Bucket', 'secure-data');
    assert.equal(secure.id, 'arn:aws:s3:::secure-data');
    assert.equal(secure.region, 'eu-west-1');
    assert.deepEqual(secure.tags, { DataClassification: 'confidential' });
    assert.deepEqual(secure.encryption, { enabled: true, algorithm: 'aws:kms', kmsKeyId: keyArn });
    assert.deepEqual(secure.publicAccessBlock, {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    });
    assert.deepEqual(secure.policy, JSON.parse(tlsDeny('secure-data')));
    assert.equal(secure.versioning, 'Enabled');
    assert.equal(secure.mfaDelete, false);
    assert.deepEqual(secure.logging, { targetBucket: 'access-logs', targetPrefix: 'secure-data/' });
    assert.equal(secure.objectOwnership, 'BucketOwnerEnforced');
    assert.equal(secure.defaults, undefined);
    assert.equal(secure.objectLockEnabled, false);
    assert.ok(secure.aclGrants?.some((g) => g.permission === 'FULL_CONTROL'));

    const logs = named(inventory, 'S3Bucket', 'access-logs');
    assert.equal(logs.region, 'eu-west-1');
    assert.deepEqual(logs.encryption, { enabled: true, algorithm: 'AES256' });
    assert.deepEqual(logs.publicAccessBlock, {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    });
    assert.equal(logs.versioning, 'Suspended');
    assert.deepEqual(logs.policy, JSON.parse(logDelivery('access-logs')));
    assert.equal(logs.logging, null);
    assert.deepEqual(logs.tags, {});

    const open = named(inventory, 'S3Bucket', 'open-site');
    assert.equal(open.region, 'us-east-1');
    // moto keeps no default encryption on a bucket nobody configured, so "none" is what it reads.
    assert.equal(open.encryption, null);
    assert.equal(open.publicAccessBlock, null);
    assert.equal(open.versioning, 'Disabled');
    // No ownership controls at all: S3 then behaves as ObjectWriter, which is marked as a default.
    assert.equal(open.objectOwnership, 'ObjectWriter');
    assert.deepEqual(open.defaults, ['objectOwnership']);
    assert.ok(
      open.aclGrants?.some(
        (g) => g.grantee === 'http://acs.amazonaws.com/groups/global/AllUsers' && g.permission === 'READ',
      ),
    );

    const locked = named(inventory, 'S3Bucket', 'locked');
    assert.equal(locked.region, 'eu-central-1');
    assert.equal(locked.policy, null);
    assert.equal(locked.logging, null);
    assert.equal(locked.objectLockEnabled, true);
    assert.equal(locked.versioning, 'Enabled');

    assert.deepEqual([...gapApis(inventory)], ['iam:GetCredentialReport'], 'only the root row is missing');

    const result = judge(inventory);
    const expect: [string, string, string][] = [
      ['s3-bucket-default-encryption', 'secure-data', 'pass'],
      ['s3-bucket-default-encryption', 'access-logs', 'pass'],
      ['s3-bucket-default-encryption', 'open-site', 'fail'],
      ['s3-bucket-deny-insecure-transport', 'secure-data', 'pass'],
      ['s3-bucket-deny-insecure-transport', 'access-logs', 'fail'],
      ['s3-bucket-deny-insecure-transport', 'open-site', 'fail'],
      ['s3-bucket-public-access-block', 'secure-data', 'pass'],
      ['s3-bucket-public-access-block', 'access-logs', 'fail'],
      ['s3-bucket-public-access-block', 'open-site', 'fail'],
      ['s3-bucket-no-public-policy', 'secure-data', 'pass'],
      ['s3-bucket-no-public-policy', 'access-logs', 'pass'],
      ['s3-bucket-no-public-policy', 'locked', 'pass'],
      ['s3-bucket-no-public-policy', 'open-site', 'fail'],
      ['s3-bucket-no-public-acl', 'secure-data', 'pass'],
      ['s3-bucket-no-public-acl', 'open-site', 'fail'],
      ['s3-bucket-versioning', 'secure-data', 'pass'],
      ['s3-bucket-versioning', 'access-logs', 'fail'],
      ['s3-bucket-versioning', 'open-site', 'fail'],
      ['s3-bucket-access-logging', 'secure-data', 'pass'],
      ['s3-bucket-access-logging', 'open-site', 'fail'],
      ['s3-account-public-access-block', ACCOUNT, 'fail'],
      // Confidential data under a customer managed key that the KMS collector read: custody is met.
      ['kms-key-custody-meets-classification', 'secure-data', 'pass'],
      ['kms-key-custody-meets-classification', 'access-logs', 'pass'],
      ['kms-key-custody-meets-classification', 'open-site', 'fail'],
    ];
    const got = expect.map(([check, name]) => [check, name, statusOf(result, check, name)]);
    assert.deepEqual(got, expect);
  });

  it('credits account-level Block Public Access to buckets that have none of their own', async () => {
    await moto().reset();
    await seed();
    const control = new S3ControlClient(s3ControlClientExtra());
    await control.send(
      new PutAccountPublicAccessBlockCommand({ AccountId: ACCOUNT, PublicAccessBlockConfiguration: ALL_ON }),
    );
    const { inventory } = await collectAws({ regions: ['eu-west-1', 'us-east-1'] }, [
      s3Collector,
      iamCollector,
    ]);
    const result = judge(inventory);
    assert.equal(statusOf(result, 's3-account-public-access-block', ACCOUNT), 'pass');
    assert.equal(statusOf(result, 's3-bucket-public-access-block', 'open-site'), 'pass');
    assert.equal(statusOf(result, 's3-bucket-no-public-policy', 'open-site'), 'pass');
    assert.equal(statusOf(result, 's3-bucket-no-public-acl', 'open-site'), 'pass');
  });

  it('--region limits S3 to buckets in the asked regions (issue 9, item 11)', async () => {
    await moto().reset();
    await seed();
    const { inventory, regions } = await collectAws({ regions: ['eu-west-1'] }, [s3Collector]);
    const found = inventory.ofType('S3Bucket');
    assert.ok(found.length > 0);
    assert.deepEqual(
      found.filter((b) => b.region !== 'eu-west-1').map((b) => `${b.name} in ${b.region}`),
      [],
    );
    assert.ok(found.some((b) => b.name === 'access-logs'));
    assert.deepEqual(regions, ['eu-west-1']);
    const result = judge(inventory);
    assert.deepEqual(result.meta.regions, ['eu-west-1']);
  });
});

describe('S3 mapping', () => {
  it('maps bucket locations, including the legacy EU and the empty us-east-1', () => {
    assert.equal(regionOfLocation(undefined), 'us-east-1');
    assert.equal(regionOfLocation(''), 'us-east-1');
    assert.equal(regionOfLocation(null), 'us-east-1');
    assert.equal(regionOfLocation('EU'), 'eu-west-1');
    assert.equal(regionOfLocation('ap-south-2'), 'ap-south-2');
  });

  it('maps encryption, ACL grants, versioning and logging answers', () => {
    const meta = { $metadata: {} };
    assert.equal(encryptionOf({ ...meta, ServerSideEncryptionConfiguration: { Rules: [] } }), null);
    assert.deepEqual(
      encryptionOf({
        ...meta,
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }],
        },
      }),
      { enabled: true, algorithm: 'aws:kms' },
    );
    assert.deepEqual(
      aclGrantsOf({
        ...meta,
        Grants: [
          { Grantee: { Type: 'CanonicalUser', ID: 'abc' }, Permission: 'FULL_CONTROL' },
          {
            Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' },
            Permission: 'READ',
          },
        ],
      }),
      [
        { grantee: 'abc', permission: 'FULL_CONTROL' },
        { grantee: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers', permission: 'READ' },
      ],
    );
    assert.deepEqual(versioningOf(meta), { versioning: 'Disabled', mfaDelete: false });
    assert.deepEqual(versioningOf({ ...meta, Status: 'Enabled', MFADelete: 'Enabled' }), {
      versioning: 'Enabled',
      mfaDelete: true,
    });
    assert.equal(loggingOf(meta), null);
  });
});
