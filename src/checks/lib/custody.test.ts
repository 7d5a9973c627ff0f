import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resource, TEST_ACCOUNT } from '../../../test/helpers/checks.js';
import { Inventory } from '../../inventory/inventory.js';
import type { Resource } from '../../inventory/resources.js';
import type { CustodyLevel } from '../../model/custody.js';
import { type Custody, custodyOf, type EncryptedResource } from './custody.js';

function kmsKey(keyId: string, props: Record<string, unknown> = {}): Resource {
  return resource('KmsKey', {
    name: keyId,
    id: `arn:aws:kms:eu-west-1:${TEST_ACCOUNT}:key/${keyId}`,
    keyId,
    manager: 'CUSTOMER',
    origin: 'AWS_KMS',
    ...props,
  });
}

const customerKey = kmsKey('1111aaaa-0000-0000-0000-000000000001', { aliases: ['alias/app-data'] });
const awsManagedKey = kmsKey('2222bbbb-0000-0000-0000-000000000002', {
  manager: 'AWS',
  aliases: ['alias/aws/ebs'],
});
const importedKey = kmsKey('3333cccc-0000-0000-0000-000000000003', { origin: 'EXTERNAL' });
const cloudHsmKey = kmsKey('4444dddd-0000-0000-0000-000000000004', { origin: 'AWS_CLOUDHSM' });
const xksKey = kmsKey('5555eeee-0000-0000-0000-000000000005', { origin: 'EXTERNAL_KEY_STORE' });
const unknownManagerKey = kmsKey('6666ffff-0000-0000-0000-000000000006', { manager: undefined });
const unknownOriginKey = kmsKey('7777aaaa-0000-0000-0000-000000000007', { origin: undefined });
const KEYS = [
  customerKey,
  awsManagedKey,
  importedKey,
  cloudHsmKey,
  xksKey,
  unknownManagerKey,
  unknownOriginKey,
];

function custody(subject: Resource, others: Resource[] = KEYS): Custody {
  return custodyOf(subject as EncryptedResource, { inventory: new Inventory([subject, ...others]) });
}

function assertLevel(result: Custody, level: CustodyLevel, mentions?: string): void {
  assert.ok(
    !('unknown' in result),
    `expected ${level}, got unknown: ${'unknown' in result ? result.unknown : ''}`,
  );
  assert.equal(result.level, level, result.reason);
  if (mentions) assert.match(result.reason, new RegExp(mentions.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
}

function assertUnknown(result: Custody, mentions?: string): void {
  assert.ok('unknown' in result, `expected unknown, got ${'level' in result ? result.level : ''}`);
  assert.ok(result.unknown.length > 0);
  if (mentions) assert.ok(result.unknown.includes(mentions), result.unknown);
}

const bucket = (encryption: unknown, props: Record<string, unknown> = {}) =>
  resource('S3Bucket', encryption === undefined ? props : { encryption, ...props });

describe('custodyOf: S3 buckets', () => {
  it('unknown encryption stays unknown', () => assertUnknown(custody(bucket(undefined))));
  it('no default encryption is none', () => assertLevel(custody(bucket(null)), 'none'));
  it('disabled encryption is none', () => assertLevel(custody(bucket({ enabled: false })), 'none'));
  it('SSE-S3 is AWS owned', () =>
    assertLevel(custody(bucket({ enabled: true, algorithm: 'AES256' })), 'aws-owned', 'SSE-S3'));
  it('SSE-KMS without a key is the AWS managed aws/s3 key', () =>
    assertLevel(custody(bucket({ enabled: true, algorithm: 'aws:kms' })), 'aws-managed', 'alias/aws/s3'));
  it('an alias/aws/ key is AWS managed without a lookup', () =>
    assertLevel(
      custody(bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: 'alias/aws/s3' }), []),
      'aws-managed',
    ));
  it('an alias/aws/ ARN is AWS managed', () =>
    assertLevel(
      custody(
        bucket({
          enabled: true,
          algorithm: 'aws:kms',
          kmsKeyId: `arn:aws:kms:eu-west-1:${TEST_ACCOUNT}:alias/aws/s3`,
        }),
        [],
      ),
      'aws-managed',
    ));
  it('a customer key by ARN is customer managed and names the key', () => {
    const result = custody(bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: customerKey.id }));
    assertLevel(result, 'customer-managed', 'alias/app-data');
    assert.equal('key' in result && result.key, customerKey.id);
  });
  it('a customer key by key id is customer managed', () =>
    assertLevel(
      custody(
        bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: '1111aaaa-0000-0000-0000-000000000001' }),
      ),
      'customer-managed',
    ));
  it('a customer key by alias ARN is customer managed', () =>
    assertLevel(
      custody(
        bucket({
          enabled: true,
          algorithm: 'aws:kms',
          kmsKeyId: `arn:aws:kms:eu-west-1:${TEST_ACCOUNT}:alias/app-data`,
        }),
      ),
      'customer-managed',
    ));
  it('DSSE-KMS with a customer key is customer managed', () =>
    assertLevel(
      custody(bucket({ enabled: true, algorithm: 'aws:kms:dsse', kmsKeyId: customerKey.id })),
      'customer-managed',
    ));
  it('a key the inventory lacks is unknown and named', () => {
    const foreign = 'arn:aws:kms:eu-west-1:999988887777:key/9999aaaa-0000-0000-0000-000000000009';
    assertUnknown(custody(bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: foreign })), foreign);
  });
  it('a found key managed by AWS is AWS managed', () =>
    assertLevel(
      custody(bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: awsManagedKey.id })),
      'aws-managed',
    ));
  it('a key whose manager is unknown is unknown', () =>
    assertUnknown(custody(bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: unknownManagerKey.id }))));
  it('a customer key whose origin is unknown is unknown', () =>
    assertUnknown(custody(bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: unknownOriginKey.id }))));
  it('imported key material is customer managed external', () =>
    assertLevel(
      custody(bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: importedKey.id })),
      'customer-managed-external',
      'imported',
    ));
  it('a CloudHSM key store key is customer managed external', () =>
    assertLevel(
      custody(bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: cloudHsmKey.id })),
      'customer-managed-external',
      'CloudHSM',
    ));
  it('an external key store key is customer managed external', () =>
    assertLevel(
      custody(bucket({ enabled: true, algorithm: 'aws:kms', kmsKeyId: xksKey.id })),
      'customer-managed-external',
      'external key store',
    ));
  it('an unrecognized algorithm without a key is unknown', () =>
    assertUnknown(custody(bucket({ enabled: true }))));
});

describe('custodyOf: client-side encryption', () => {
  it('the tag raises even an unencrypted bucket to client-side, and says why a tag', () => {
    const result = custody(bucket(null, { tags: { 'demarc:client-side-encryption': 'true' } }));
    assertLevel(result, 'client-side', 'no AWS API');
  });
  it('the tag value is case-insensitive', () =>
    assertLevel(
      custody(resource('DynamoDbTable', { tags: { 'demarc:client-side-encryption': 'TRUE' } })),
      'client-side',
    ));
  it('a tag set to false is ignored', () =>
    assertLevel(custody(bucket(null, { tags: { 'demarc:client-side-encryption': 'false' } })), 'none'));
});

describe('custodyOf: EBS', () => {
  const settings = (props: Record<string, unknown>) =>
    resource('Ec2RegionSettings', { id: `ec2-settings:${TEST_ACCOUNT}:eu-west-1`, ...props });
  it('unknown encryption is unknown', () => assertUnknown(custody(resource('EbsVolume', {}))));
  it('an unencrypted volume is none', () =>
    assertLevel(custody(resource('EbsVolume', { encrypted: false })), 'none'));
  it('a volume under a customer key is customer managed', () =>
    assertLevel(
      custody(resource('EbsVolume', { encrypted: true, kmsKeyId: customerKey.id })),
      'customer-managed',
    ));
  it('a volume under the aws/ebs key ARN is AWS managed', () =>
    assertLevel(
      custody(resource('EbsVolume', { encrypted: true, kmsKeyId: awsManagedKey.id })),
      'aws-managed',
    ));
  it("a volume naming no key takes the region's default key (customer managed here)", () =>
    assertLevel(
      custody(resource('EbsVolume', { encrypted: true }), [
        ...KEYS,
        settings({ ebsEncryptionByDefault: true, ebsDefaultKmsKeyId: customerKey.id }),
      ]),
      'customer-managed',
      "region's default EBS key",
    ));
  it('a volume naming no key with the region default alias/aws/ebs is AWS managed', () =>
    assertLevel(
      custody(resource('EbsVolume', { encrypted: true }), [
        settings({ ebsDefaultKmsKeyId: 'alias/aws/ebs' }),
      ]),
      'aws-managed',
    ));
  it("a volume naming no key is unknown when the region's default key is not known", () =>
    assertUnknown(custody(resource('EbsVolume', { encrypted: true })), 'default EBS key'));
  it('settings of another region do not count', () =>
    assertUnknown(
      custody(resource('EbsVolume', { encrypted: true }), [
        settings({ region: 'us-east-1', id: 'ec2-settings:x:us-east-1', ebsDefaultKmsKeyId: customerKey.id }),
      ]),
    ));
  it('a snapshot under a customer key is customer managed', () =>
    assertLevel(
      custody(resource('EbsSnapshot', { encrypted: true, kmsKeyId: customerKey.id })),
      'customer-managed',
    ));
  it('an encrypted snapshot without a key is unknown', () =>
    assertUnknown(custody(resource('EbsSnapshot', { encrypted: true }))));
  it('an unencrypted snapshot is none', () =>
    assertLevel(custody(resource('EbsSnapshot', { encrypted: false })), 'none'));
});

describe('custodyOf: databases', () => {
  it('an unencrypted RDS instance is none', () =>
    assertLevel(custody(resource('RdsInstance', { storageEncrypted: false })), 'none'));
  it('an RDS instance with unknown encryption is unknown', () =>
    assertUnknown(custody(resource('RdsInstance', {}))));
  it('an encrypted RDS cluster naming no key uses aws/rds', () =>
    assertLevel(custody(resource('RdsCluster', { storageEncrypted: true })), 'aws-managed', 'alias/aws/rds'));
  it('an RDS instance under imported key material is customer managed external', () =>
    assertLevel(
      custody(resource('RdsInstance', { storageEncrypted: true, kmsKeyId: importedKey.id })),
      'customer-managed-external',
    ));
  it('an RDS snapshot follows its encrypted flag and key', () => {
    assertLevel(custody(resource('RdsSnapshot', { snapshotKind: 'instance', encrypted: false })), 'none');
    assertLevel(
      custody(
        resource('RdsSnapshot', { snapshotKind: 'cluster', encrypted: true, kmsKeyId: customerKey.id }),
      ),
      'customer-managed',
    );
  });
  it('a Redshift cluster naming no key is AWS owned at best', () =>
    assertLevel(custody(resource('RedshiftCluster', { encrypted: true })), 'aws-owned'));
  it('a Redshift cluster under a customer key is customer managed', () =>
    assertLevel(
      custody(resource('RedshiftCluster', { encrypted: true, kmsKeyId: customerKey.id })),
      'customer-managed',
    ));
  it('an unencrypted Redshift cluster is none', () =>
    assertLevel(custody(resource('RedshiftCluster', { encrypted: false })), 'none'));
  it('DynamoDB with the default AWS owned key is AWS owned', () =>
    assertLevel(custody(resource('DynamoDbTable', { sseType: 'AWS_OWNED' })), 'aws-owned'));
  it('DynamoDB KMS without a key is the aws/dynamodb AWS managed key', () =>
    assertLevel(custody(resource('DynamoDbTable', { sseType: 'KMS' })), 'aws-managed', 'alias/aws/dynamodb'));
  it('DynamoDB KMS with a customer key is customer managed', () =>
    assertLevel(
      custody(resource('DynamoDbTable', { sseType: 'KMS', kmsKeyArn: customerKey.id })),
      'customer-managed',
    ));
  it('DynamoDB with an unknown encryption type is unknown', () =>
    assertUnknown(custody(resource('DynamoDbTable', {}))));
});

describe('custodyOf: containers, desktops and functions', () => {
  it('ECR AES256 is AWS owned', () =>
    assertLevel(custody(resource('EcrRepository', { encryptionType: 'AES256' })), 'aws-owned'));
  it('ECR KMS without a key is aws/ecr', () =>
    assertLevel(custody(resource('EcrRepository', { encryptionType: 'KMS' })), 'aws-managed'));
  it('ECR KMS_DSSE with a customer key is customer managed', () =>
    assertLevel(
      custody(resource('EcrRepository', { encryptionType: 'KMS_DSSE', kmsKeyId: customerKey.id })),
      'customer-managed',
    ));
  it('ECR with unknown encryption is unknown', () => assertUnknown(custody(resource('EcrRepository', {}))));
  it('a WorkSpace with an unencrypted user volume is none', () =>
    assertLevel(
      custody(resource('Workspace', { rootVolumeEncrypted: true, userVolumeEncrypted: false })),
      'none',
      'user volume',
    ));
  it('a WorkSpace with one volume unknown is unknown', () =>
    assertUnknown(custody(resource('Workspace', { rootVolumeEncrypted: true })), 'user'));
  it('a WorkSpace with both volumes under a customer key is customer managed', () =>
    assertLevel(
      custody(
        resource('Workspace', {
          rootVolumeEncrypted: true,
          userVolumeEncrypted: true,
          volumeKmsKeyId: customerKey.id,
        }),
      ),
      'customer-managed',
    ));
  it('a WorkSpace naming no key uses aws/workspaces', () =>
    assertLevel(
      custody(resource('Workspace', { rootVolumeEncrypted: true, userVolumeEncrypted: true })),
      'aws-managed',
    ));
  it('Lambda environment variables default to aws/lambda', () =>
    assertLevel(custody(resource('LambdaFunction', {})), 'aws-managed', 'alias/aws/lambda'));
  it('Lambda environment variables under a customer key are customer managed', () =>
    assertLevel(custody(resource('LambdaFunction', { kmsKeyArn: customerKey.id })), 'customer-managed'));
});

describe('custody where the region is not known (templates)', () => {
  const inUnknownRegion = (r: Resource): Resource => ({ ...r, region: 'unknown', account: '' }) as Resource;

  it("one template's default EBS key is not another template's", () => {
    const settings = inUnknownRegion(
      resource('Ec2RegionSettings', { id: 'tf:plan.json#ebs', ebsDefaultKmsKeyId: customerKey.id }),
    );
    const volume = inUnknownRegion(resource('EbsVolume', { encrypted: true }));
    assertUnknown(custody(volume, [settings, ...KEYS]), 'default EBS key of unknown');
  });

  it('a key named by an alias two templates use is not guessed', () => {
    const twin = (file: string) =>
      inUnknownRegion(kmsKey(`cfn:${file}#Key`, { id: `cfn:${file}#Key`, aliases: ['alias/app'] }));
    const table = inUnknownRegion(resource('DynamoDbTable', { sseType: 'KMS', kmsKeyArn: 'alias/app' }));
    assertUnknown(custody(table, [twin('a.yaml'), twin('b.yaml')]));
    assertLevel(custody(table, [twin('a.yaml')]), 'customer-managed');
  });
});
