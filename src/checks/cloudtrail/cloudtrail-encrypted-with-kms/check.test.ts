import { resource, TEST_ACCOUNT, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const KEY_ARN = `arn:aws:kms:eu-west-1:${TEST_ACCOUNT}:key/1111aaaa-0000-0000-0000-000000000001`;
const key = (keyState: string) =>
  resource('KmsKey', {
    id: KEY_ARN,
    keyId: '1111aaaa-0000-0000-0000-000000000001',
    manager: 'CUSTOMER',
    keyState,
  });

testCheck(check, {
  valid: [
    {
      name: 'encrypted with an enabled key',
      resource: resource('CloudTrailTrail', { kmsKeyId: KEY_ARN }),
      others: [key('Enabled')],
    },
    {
      name: 'encrypted with a key outside the inventory',
      resource: resource('CloudTrailTrail', { kmsKeyId: 'arn:aws:kms:eu-west-1:444455556666:key/abcd' }),
    },
  ],
  invalid: [
    { name: 'no KMS encryption', resource: resource('CloudTrailTrail', { kmsKeyId: null }) },
    { name: 'an empty key id (KMSKeyId: "")', resource: resource('CloudTrailTrail', { kmsKeyId: '' }) },
    {
      name: 'key disabled',
      resource: resource('CloudTrailTrail', { kmsKeyId: KEY_ARN }),
      others: [key('Disabled')],
    },
    {
      name: 'key pending deletion',
      resource: resource('CloudTrailTrail', { kmsKeyId: KEY_ARN }),
      others: [key('PendingDeletion')],
    },
  ],
  notAssessed: [{ name: 'encryption unknown', resource: resource('CloudTrailTrail', {}) }],
});
