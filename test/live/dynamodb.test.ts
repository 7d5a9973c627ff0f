import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DynamoDBClient,
  UpdateContinuousBackupsCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { Inventory } from '../../src/inventory/inventory.js';
import type { KmsKey } from '../../src/inventory/kinds/kms.js';
import { dynamoDbCollector, encryptionOf } from '../../src/sources/aws/collectors/dynamodb.js';
import { collectAws, type LiveScan } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, callRecorder, judge, named, statusOf, verdicts } from './regional-support.js';

const A = 'eu-west-1';
const B = 'eu-central-1';

async function seed() {
  const key = await new KMSClient({ region: A }).send(new CreateKeyCommand({ Description: 'orders' }));
  const keyArn = key.KeyMetadata?.Arn;
  assert.ok(keyArn);
  const table = (region: string, input: Partial<CreateTableCommandInput> & { TableName: string }) =>
    new DynamoDBClient({ region }).send(
      new CreateTableCommand({
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        ...input,
      }),
    );
  await table(A, {
    TableName: 'orders',
    SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn },
    DeletionProtectionEnabled: true,
    Tags: [{ Key: 'DataClassification', Value: 'confidential' }],
  });
  await new DynamoDBClient({ region: A }).send(
    new UpdateContinuousBackupsCommand({
      TableName: 'orders',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    }),
  );
  await table(A, { TableName: 'sessions', Tags: [{ Key: 'DataClassification', Value: 'confidential' }] });
  await table(B, { TableName: 'cache' });
  return { keyArn, keyId: key.KeyMetadata?.KeyId as string };
}

describe('live DynamoDB collector against moto', () => {
  let live: LiveScan;
  const calls = callRecorder();
  let key: { keyArn: string; keyId: string };

  motoForSuite();
  before(async () => {
    key = await seed();
    live = await collectAws({ regions: [A, B], maxAttempts: 2, onCall: calls.onCall }, [dynamoDbCollector]);
  });

  it('only reads: every request is a Describe, Get or List', () => {
    calls.assertReadOnly();
  });

  it('reads tables in both regions without gaps', () => {
    assert.deepEqual(live.inventory.gaps, []);
    assertValid(live.inventory);
    assert.equal(named(live.inventory, 'DynamoDbTable', 'cache').region, B);
  });

  it('maps encryption, point-in-time recovery, deletion protection and tags', () => {
    const orders = named(live.inventory, 'DynamoDbTable', 'orders');
    assert.equal(orders.id, `arn:aws:dynamodb:${A}:123456789012:table/orders`);
    assert.equal(orders.sseType, 'KMS');
    assert.equal(orders.kmsKeyArn, key.keyArn);
    assert.equal(orders.pointInTimeRecovery, true);
    assert.equal(orders.deletionProtection, true);
    assert.deepEqual(orders.tags, { DataClassification: 'confidential' });
    assert.equal(orders.defaults, undefined);
    const sessions = named(live.inventory, 'DynamoDbTable', 'sessions');
    assert.equal(sessions.sseType, 'AWS_OWNED');
    assert.equal(sessions.kmsKeyArn, undefined);
    assert.equal(sessions.pointInTimeRecovery, false);
    assert.equal(sessions.deletionProtection, false);
    assert.deepEqual(sessions.defaults, ['sseType']);
  });

  it('gives the checks their verdicts through the engine', () => {
    const result = judge(live.inventory);
    const expect = verdicts(result);
    expect('dynamodb-point-in-time-recovery', 'orders', 'pass');
    expect('dynamodb-point-in-time-recovery', 'sessions', 'fail');
    expect('dynamodb-point-in-time-recovery', 'cache', 'fail');
    // Confidential data needs a customer managed key: the AWS owned key fails it.
    expect('dynamodb-table-customer-key-where-required', 'sessions', 'fail');
    expect('dynamodb-table-customer-key-where-required', 'cache', 'pass');
    // Who manages the key is the KMS collector's to say; without it the custody is unknown.
    expect('dynamodb-table-customer-key-where-required', 'orders', 'not_assessed');

    const kmsKey: KmsKey = {
      type: 'KmsKey',
      id: key.keyArn,
      name: key.keyId,
      account: '123456789012',
      region: A,
      tags: {},
      source: { kind: 'aws' },
      keyId: key.keyId,
      aliases: [],
      manager: 'CUSTOMER',
      origin: 'AWS_KMS',
    };
    const withKey = judge(new Inventory([...live.inventory.resources, kmsKey], live.inventory.gaps));
    assert.equal(statusOf(withKey, 'dynamodb-table-customer-key-where-required', 'orders'), 'pass');
  });
});

describe('DynamoDB encryption mapping', () => {
  it('reads a KMS description that is being turned off as the AWS owned key', () => {
    assert.deepEqual(encryptionOf({ SSEDescription: { SSEType: 'KMS', Status: 'DISABLED' } }), {
      sseType: 'AWS_OWNED',
      byDefault: false,
    });
    assert.deepEqual(encryptionOf({}), { sseType: 'AWS_OWNED', byDefault: true });
  });
});
