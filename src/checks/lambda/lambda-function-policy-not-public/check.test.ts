import { resource, TEST_ACCOUNT, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const withPolicy = (...Statement: Record<string, unknown>[]) =>
  resource('LambdaFunction', { resourcePolicy: { Version: '2012-10-17', Statement } });
const invoke = { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '*' };

testCheck(check, {
  valid: [
    { name: 'no policy', resource: resource('LambdaFunction', { resourcePolicy: null }) },
    {
      name: 'S3 scoped by SourceAccount',
      resource: withPolicy({
        ...invoke,
        Principal: { Service: 's3.amazonaws.com' },
        Condition: { StringEquals: { 'AWS:SourceAccount': TEST_ACCOUNT } },
      }),
    },
    {
      name: 'own account',
      resource: withPolicy({ ...invoke, Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT}:root` } }),
    },
    { name: 'public Deny only', resource: withPolicy({ ...invoke, Effect: 'Deny', Principal: '*' }) },
  ],
  invalid: [
    { name: 'Principal *', resource: withPolicy({ ...invoke, Sid: 'open', Principal: '*' }) },
    { name: 'AWS *', resource: withPolicy({ ...invoke, Principal: { AWS: '*' } }) },
    {
      name: 'service principal without a source condition (any account’s bucket)',
      resource: withPolicy({ ...invoke, Principal: { Service: 'sns.amazonaws.com' } }),
    },
    { name: 'another account', resource: withPolicy({ ...invoke, Principal: { AWS: '444455556666' } }) },
  ],
  notAssessed: [{ name: 'policy unknown', resource: resource('LambdaFunction', {}) }],
});
