import { resource, TEST_ACCOUNT, testCheck } from '../../../../test/helpers/checks.js';
import type { Resource } from '../../../inventory/resources.js';
import type { PolicyInput, RequirementsInput } from '../../../policy/policy.js';
import check from './check.js';

const customerKey = resource('KmsKey', {
  id: `arn:aws:kms:eu-west-1:${TEST_ACCOUNT}:key/1111aaaa-0000-0000-0000-000000000001`,
  keyId: '1111aaaa-0000-0000-0000-000000000001',
  aliases: ['alias/app-data'],
  manager: 'CUSTOMER',
  origin: 'AWS_KMS',
});
const importedKey = resource('KmsKey', {
  id: `arn:aws:kms:eu-west-1:${TEST_ACCOUNT}:key/3333cccc-0000-0000-0000-000000000003`,
  keyId: '3333cccc-0000-0000-0000-000000000003',
  manager: 'CUSTOMER',
  origin: 'EXTERNAL',
});

const classified = (level: string) => ({ DataClassification: level });

/** The same bucket, encrypted with the AWS managed aws/s3 key, under two classifications. */
const awsManagedBucket = (level: string): Resource =>
  resource('S3Bucket', {
    name: `reports-${level}`,
    tags: classified(level),
    encryption: { enabled: true, algorithm: 'aws:kms', kmsKeyId: 'alias/aws/s3' },
  });

function policyWith(requirements: Record<string, RequirementsInput>): PolicyInput {
  return {
    version: 1,
    classification: {
      tagKey: 'DataClassification',
      levels: ['public', 'internal', 'confidential', 'restricted'],
      default: 'internal',
      requirements,
    },
    attestations: [],
  };
}
const externalForRestricted = policyWith({ restricted: { minKeyCustody: 'customer-managed-external' } });
const clientSideForRestricted = policyWith({ restricted: { minKeyCustody: 'client-side' } });

testCheck(check, {
  valid: [
    { name: 'internal bucket under the AWS managed aws/s3 key', resource: awsManagedBucket('internal') },
    {
      name: 'untagged bucket (default internal) with SSE-S3',
      resource: resource('S3Bucket', { encryption: { enabled: true, algorithm: 'AES256' } }),
    },
    {
      name: 'confidential bucket under a customer managed key',
      resource: resource('S3Bucket', {
        tags: classified('confidential'),
        encryption: { enabled: true, algorithm: 'aws:kms', kmsKeyId: customerKey.id },
      }),
      others: [customerKey],
    },
    {
      name: 'confidential RDS cluster under imported key material (stronger than needed)',
      resource: resource('RdsCluster', {
        tags: classified('confidential'),
        storageEncrypted: true,
        kmsKeyId: importedKey.id,
      }),
      others: [importedKey],
    },
    {
      name: 'restricted volume under imported key material when the policy demands external material',
      resource: resource('EbsVolume', {
        tags: classified('restricted'),
        encrypted: true,
        kmsKeyId: importedKey.id,
      }),
      others: [importedKey],
      policy: externalForRestricted,
    },
    {
      name: 'restricted table encrypted client-side when the policy demands it',
      resource: resource('DynamoDbTable', {
        tags: { ...classified('restricted'), 'demarc:client-side-encryption': 'true' },
        sseType: 'AWS_OWNED',
      }),
      policy: clientSideForRestricted,
    },
    {
      name: 'public data left unencrypted where the policy accepts none',
      resource: resource('S3Bucket', { tags: classified('public'), encryption: null }),
      policy: policyWith({ public: { minKeyCustody: 'none' } }),
    },
  ],
  invalid: [
    {
      name: 'the same bucket as confidential under the AWS managed key',
      resource: awsManagedBucket('confidential'),
    },
    { name: 'unencrypted internal volume', resource: resource('EbsVolume', { encrypted: false }) },
    {
      name: 'confidential DynamoDB table under the AWS owned key',
      resource: resource('DynamoDbTable', { tags: classified('confidential'), sseType: 'AWS_OWNED' }),
    },
    {
      name: 'confidential Redshift cluster naming no key',
      resource: resource('RedshiftCluster', { tags: classified('confidential'), encrypted: true }),
    },
    {
      name: 'restricted bucket under a KMS-generated customer key when external material is required',
      resource: resource('S3Bucket', {
        tags: classified('restricted'),
        encryption: { enabled: true, algorithm: 'aws:kms', kmsKeyId: customerKey.id },
      }),
      others: [customerKey],
      policy: externalForRestricted,
    },
    {
      name: 'confidential Lambda environment under aws/lambda',
      resource: resource('LambdaFunction', { tags: classified('confidential') }),
    },
  ],
  notAssessed: [
    {
      name: 'key from another account, not in the inventory',
      resource: resource('S3Bucket', {
        encryption: {
          enabled: true,
          algorithm: 'aws:kms',
          kmsKeyId: 'arn:aws:kms:eu-west-1:999988887777:key/9999aaaa-0000-0000-0000-000000000009',
        },
      }),
    },
    { name: 'encryption unknown', resource: resource('RdsInstance', {}) },
    {
      name: 'customer key whose origin is unknown',
      resource: resource('EbsVolume', { encrypted: true, kmsKeyId: 'k-unknown-origin' }),
      others: [
        resource('KmsKey', { name: 'k-unknown-origin', keyId: 'k-unknown-origin', manager: 'CUSTOMER' }),
      ],
    },
  ],
  notApplicable: [
    {
      name: 'Aurora instance (its cluster holds the storage)',
      resource: resource('RdsInstance', { clusterId: 'aurora-1', storageEncrypted: true }),
    },
  ],
});
