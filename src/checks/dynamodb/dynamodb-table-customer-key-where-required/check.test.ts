import type { z } from 'zod';
import { resource, testCheck } from '../../../../test/helpers/checks.js';
import { PolicySchema } from '../../../policy/policy.js';
import check from './check.js';

/** A policy from its input form (the schema fills the defaults). */
const policy = (input: Omit<z.input<typeof PolicySchema>, 'version'>) =>
  PolicySchema.parse({ version: 1, ...input });

const CMK_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const AWS_KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-1111-2222-3333-444455556666';
const EXTERNAL_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/9999ffff-1111-2222-3333-444455556666';

const customerKey = resource('KmsKey', {
  id: CMK_ARN,
  name: 'app-key',
  keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
  aliases: ['alias/app'],
  manager: 'CUSTOMER',
  origin: 'AWS_KMS',
});
const awsManagedKey = resource('KmsKey', {
  id: AWS_KEY_ARN,
  name: 'aws-dynamodb',
  keyId: '0000aaaa-1111-2222-3333-444455556666',
  aliases: ['alias/aws/dynamodb'],
  manager: 'AWS',
  origin: 'AWS_KMS',
});
const importedKey = resource('KmsKey', {
  id: EXTERNAL_ARN,
  name: 'byok',
  keyId: '9999ffff-1111-2222-3333-444455556666',
  manager: 'CUSTOMER',
  origin: 'EXTERNAL',
});
const keyOfUnknownOrigin = resource('KmsKey', {
  id: CMK_ARN,
  name: 'app-key',
  keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
  manager: 'CUSTOMER',
});

const confidential = { DataClassification: 'confidential' };
const externalPolicy = policy({
  classification: { requirements: { restricted: { minKeyCustody: 'customer-managed-external' } } },
});

testCheck(check, {
  valid: [
    {
      name: 'internal data on the AWS owned key',
      resource: resource('DynamoDbTable', { sseType: 'AWS_OWNED' }),
    },
    {
      name: 'internal data, encryption type unknown (every table is encrypted)',
      resource: resource('DynamoDbTable', {}),
    },
    {
      name: 'confidential data on a customer managed key',
      resource: resource('DynamoDbTable', { sseType: 'KMS', kmsKeyArn: CMK_ARN, tags: confidential }),
      others: [customerKey],
    },
    {
      name: 'key referenced by alias ARN',
      resource: resource('DynamoDbTable', {
        sseType: 'KMS',
        kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:alias/app',
        tags: confidential,
      }),
      others: [customerKey],
    },
    {
      name: 'customer managed key of unknown origin meets customer-managed',
      resource: resource('DynamoDbTable', { sseType: 'KMS', kmsKeyArn: CMK_ARN, tags: confidential }),
      others: [keyOfUnknownOrigin],
    },
    {
      name: 'restricted data on imported key material where external custody is required',
      resource: resource('DynamoDbTable', {
        sseType: 'KMS',
        kmsKeyArn: EXTERNAL_ARN,
        tags: { DataClassification: 'restricted' },
      }),
      others: [importedKey],
      policy: externalPolicy,
    },
    {
      name: 'AWS managed key where the policy asks for aws-managed',
      resource: resource('DynamoDbTable', { sseType: 'KMS', kmsKeyArn: AWS_KEY_ARN }),
      others: [awsManagedKey],
      policy: policy({ classification: { requirements: { internal: { minKeyCustody: 'aws-managed' } } } }),
    },
  ],
  invalid: [
    {
      name: 'confidential data on the AWS owned key',
      resource: resource('DynamoDbTable', { sseType: 'AWS_OWNED', tags: confidential }),
    },
    {
      name: 'confidential data on the AWS managed key aws/dynamodb',
      resource: resource('DynamoDbTable', { sseType: 'KMS', kmsKeyArn: AWS_KEY_ARN, tags: confidential }),
      others: [awsManagedKey],
    },
    {
      name: 'restricted data on KMS-generated material where external custody is required',
      resource: resource('DynamoDbTable', {
        sseType: 'KMS',
        kmsKeyArn: CMK_ARN,
        tags: { DataClassification: 'restricted' },
      }),
      others: [customerKey],
      policy: externalPolicy,
    },
    {
      name: 'AWS owned key where the policy asks for aws-managed',
      resource: resource('DynamoDbTable', { sseType: 'AWS_OWNED' }),
      policy: policy({ classification: { requirements: { internal: { minKeyCustody: 'aws-managed' } } } }),
    },
  ],
  notAssessed: [
    {
      name: 'confidential data, encryption type unknown',
      resource: resource('DynamoDbTable', { tags: confidential }),
    },
    {
      name: 'KMS key not named',
      resource: resource('DynamoDbTable', { sseType: 'KMS', tags: confidential }),
    },
    {
      name: 'KMS key not in the inventory',
      resource: resource('DynamoDbTable', { sseType: 'KMS', kmsKeyArn: CMK_ARN, tags: confidential }),
    },
    {
      name: 'key manager unknown',
      resource: resource('DynamoDbTable', { sseType: 'KMS', kmsKeyArn: CMK_ARN, tags: confidential }),
      others: [resource('KmsKey', { id: CMK_ARN, keyId: '1234abcd-12ab-34cd-56ef-1234567890ab' })],
    },
    {
      name: 'key origin unknown where external custody is required',
      resource: resource('DynamoDbTable', {
        sseType: 'KMS',
        kmsKeyArn: CMK_ARN,
        tags: { DataClassification: 'restricted' },
      }),
      others: [keyOfUnknownOrigin],
      policy: externalPolicy,
    },
    {
      name: 'client-side encryption required',
      resource: resource('DynamoDbTable', { sseType: 'KMS', kmsKeyArn: CMK_ARN }),
      others: [customerKey],
      policy: policy({ classification: { requirements: { internal: { minKeyCustody: 'client-side' } } } }),
    },
  ],
});
