import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const CMK_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const customerKey = resource('KmsKey', {
  id: CMK_ARN,
  name: 'fn-key',
  keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
  aliases: ['alias/fn'],
  manager: 'CUSTOMER',
  origin: 'AWS_KMS',
});
const environment = [{ name: 'TABLE', valueKind: 'plain', redacted: '…(6 chars)' }];
const confidential = { DataClassification: 'confidential' };

testCheck(check, {
  valid: [
    { name: 'internal data on aws/lambda', resource: resource('LambdaFunction', { environment }) },
    {
      name: 'confidential data under a customer managed key',
      resource: resource('LambdaFunction', { environment, kmsKeyArn: CMK_ARN, tags: confidential }),
      others: [customerKey],
    },
  ],
  invalid: [
    {
      name: 'confidential data on aws/lambda',
      resource: resource('LambdaFunction', { environment, tags: confidential }),
    },
  ],
  notAssessed: [
    {
      name: 'key not in the inventory',
      resource: resource('LambdaFunction', { environment, kmsKeyArn: CMK_ARN, tags: confidential }),
    },
    {
      name: 'client-side encryption required',
      resource: resource('LambdaFunction', { environment }),
      policy: {
        version: 1,
        classification: { requirements: { internal: { minKeyCustody: 'client-side' } } },
      },
    },
  ],
  notApplicable: [
    { name: 'no variables', resource: resource('LambdaFunction', { environment: [], tags: confidential }) },
  ],
});
