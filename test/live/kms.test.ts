import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  type CreateKeyCommandInput,
  EnableKeyRotationCommand,
  type KeyMetadata,
  KMSClient,
} from '@aws-sdk/client-kms';
import {
  aliasesByKey,
  kmsCollector,
  metadataFieldsOf,
  rotationApplies,
} from '../../src/sources/aws/collectors/kms.js';
import type { ApiCall } from '../../src/sources/aws/context.js';
import { collectAws } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, judge, named, statusOf } from './regional-support.js';

const ACCOUNT = '123456789012';
const OTHER = '999988887777';

const ownAccountPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'EnableIamPolicies',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
};
const sharedPolicy = {
  Version: '2012-10-17',
  Statement: [
    ...ownAccountPolicy.Statement,
    {
      Sid: 'PartnerDecrypt',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
      Action: ['kms:Decrypt', 'kms:DescribeKey'],
      Resource: '*',
    },
  ],
};

async function seed(): Promise<Record<string, string>> {
  const kms = new KMSClient({ region: 'eu-west-1' });
  const ids: Record<string, string> = {};
  const create = async (name: string, input: CreateKeyCommandInput) => {
    const out = await kms.send(new CreateKeyCommand(input));
    const id = out.KeyMetadata?.KeyId ?? '';
    ids[name] = id;
    await kms.send(new CreateAliasCommand({ AliasName: `alias/${name}`, TargetKeyId: id }));
    return id;
  };
  const rotating = await create('rotating', {
    Description: 'rotates',
    Policy: JSON.stringify(ownAccountPolicy),
    Tags: [{ TagKey: 'DataClassification', TagValue: 'restricted' }],
  });
  await kms.send(new EnableKeyRotationCommand({ KeyId: rotating }));
  await kms.send(new CreateAliasCommand({ AliasName: 'alias/also-rotating', TargetKeyId: rotating }));
  await create('static', {
    Description: 'never rotates',
    KeyUsage: 'ENCRYPT_DECRYPT',
    Policy: JSON.stringify(ownAccountPolicy),
  });
  await create('shared', { Description: 'partner can decrypt', Policy: JSON.stringify(sharedPolicy) });
  await create('signing', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
  return ids;
}

describe('KMS collector against moto', () => {
  const moto = motoForSuite();

  it('reads keys with aliases, rotation, policies and tags, and the checks judge them', async () => {
    await moto().reset();
    const ids = await seed();
    const calls: ApiCall[] = [];
    const { inventory } = await collectAws(
      { regions: ['eu-west-1', 'us-east-1'], onCall: (c) => calls.push(c) },
      [kmsCollector],
    );
    assertValid(inventory);
    assert.deepEqual(inventory.gaps, []);
    assert.deepEqual(
      calls.map((c) => c.operation).filter((op) => !/^(Get|List|Describe)/.test(op)),
      [],
      'read-only',
    );
    assert.equal(inventory.ofType('KmsKey').length, 4);
    assert.ok(inventory.ofType('KmsKey').every((k) => k.region === 'eu-west-1'));

    const rotating = named(inventory, 'KmsKey', 'alias/also-rotating');
    assert.equal(rotating.id, `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${ids.rotating}`);
    assert.equal(rotating.keyId, ids.rotating);
    assert.deepEqual(rotating.aliases, ['alias/also-rotating', 'alias/rotating']);
    assert.equal(rotating.manager, 'CUSTOMER');
    assert.equal(rotating.origin, 'AWS_KMS');
    assert.equal(rotating.keyState, 'Enabled');
    assert.equal(rotating.keySpec, 'SYMMETRIC_DEFAULT');
    // moto leaves KeyUsage out of DescribeKey when CreateKey did not name it: unknown, not guessed.
    assert.equal(rotating.keyUsage, undefined);
    assert.equal(rotating.rotationEnabled, true);
    assert.deepEqual(rotating.policy, ownAccountPolicy);
    assert.deepEqual(rotating.tags, { DataClassification: 'restricted' });
    // Aliases resolve to the key, as S3 or EBS references to it do.
    assert.equal(
      inventory.find('KmsKey', `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/rotating`)?.id,
      rotating.id,
    );

    const fixed = named(inventory, 'KmsKey', 'alias/static');
    assert.equal(fixed.rotationEnabled, false);
    assert.equal(fixed.keyUsage, 'ENCRYPT_DECRYPT');
    const shared = named(inventory, 'KmsKey', 'alias/shared');
    assert.deepEqual(shared.policy, sharedPolicy);

    const signing = named(inventory, 'KmsKey', 'alias/signing');
    assert.equal(signing.keySpec, 'RSA_2048');
    assert.equal(signing.keyUsage, 'SIGN_VERIFY');
    // Rotation does not apply to asymmetric keys: it is not asked for and stays unknown.
    assert.equal(signing.rotationEnabled, undefined);
    assert.equal(calls.filter((c) => c.operation === 'GetKeyRotationStatusCommand').length, 3);

    const result = judge(inventory);
    assert.equal(statusOf(result, 'kms-key-rotation-enabled', 'alias/also-rotating'), 'pass');
    assert.equal(statusOf(result, 'kms-key-rotation-enabled', 'alias/static'), 'fail');
    assert.ok(
      !result.findings.some(
        (f) => f.checkId === 'kms-key-rotation-enabled' && f.resource.name === 'alias/signing',
      ),
      'rotation does not apply to an asymmetric key',
    );
    assert.equal(statusOf(result, 'kms-key-policy-no-external-access', 'alias/also-rotating'), 'pass');
    assert.equal(statusOf(result, 'kms-key-policy-no-external-access', 'alias/shared'), 'fail');
  });
});

describe('KMS mapping', () => {
  it('maps aliases to keys, skipping reserved aliases with no key yet', () => {
    const map = aliasesByKey([
      { AliasName: 'alias/b', TargetKeyId: 'k1' },
      { AliasName: 'alias/a', TargetKeyId: 'k1' },
      { AliasName: 'alias/aws/s3' },
      { AliasName: 'alias/aws/ebs', TargetKeyId: 'k2' },
    ]);
    assert.deepEqual(Object.fromEntries(map), { k1: ['alias/a', 'alias/b'], k2: ['alias/aws/ebs'] });
  });

  it('asks for rotation only where it can apply', () => {
    const meta = (m: Partial<KeyMetadata>) => metadataFieldsOf({ KeyId: 'k', ...m } as KeyMetadata);
    assert.equal(
      rotationApplies(meta({ KeyManager: 'CUSTOMER', Origin: 'AWS_KMS', KeySpec: 'SYMMETRIC_DEFAULT' })),
      true,
    );
    assert.equal(
      rotationApplies(meta({ KeyManager: 'AWS', Origin: 'AWS_KMS', KeySpec: 'SYMMETRIC_DEFAULT' })),
      false,
    );
    assert.equal(
      rotationApplies(meta({ KeyManager: 'CUSTOMER', Origin: 'EXTERNAL', KeySpec: 'SYMMETRIC_DEFAULT' })),
      false,
    );
    assert.equal(
      rotationApplies(meta({ KeyManager: 'CUSTOMER', Origin: 'AWS_KMS', KeySpec: 'HMAC_256' })),
      false,
    );
    // DescribeKey failed: whether rotation applies is unknown, so the status is still read.
    assert.equal(rotationApplies(metadataFieldsOf(undefined)), true);
    assert.equal(meta({ CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT' }).keySpec, 'SYMMETRIC_DEFAULT');
  });
});
