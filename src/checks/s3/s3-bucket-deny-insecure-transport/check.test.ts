import { resource, TEST_ACCOUNT, testCheck } from '../../../../test/helpers/checks.js';
import type { PolicyInput } from '../../../policy/policy.js';
import check from './check.js';

const NAME = 'data-bucket';
const ARN = `arn:aws:s3:::${NAME}`;
const denyHttp = (overrides: Record<string, unknown> = {}) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [ARN, `${ARN}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...overrides,
});
const readerGrant = {
  Sid: 'Reader',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT}:role/reader` },
  Action: 's3:GetObject',
  Resource: `${ARN}/*`,
};
const bucketWith = (...statements: Record<string, unknown>[]) =>
  resource('S3Bucket', { name: NAME, policy: { Version: '2012-10-17', Statement: statements } });

const publicWithoutTls: PolicyInput = {
  version: 1,
  classification: {
    tagKey: 'DataClassification',
    levels: ['public', 'internal', 'confidential', 'restricted'],
    default: 'internal',
    requirements: { public: { encryptionInTransit: false } },
  },
  attestations: [],
};

testCheck(check, {
  valid: [
    { name: "AWS's documented statement", resource: bucketWith(readerGrant, denyHttp()) },
    {
      name: 'single statement object, Action * on Resource *',
      resource: resource('S3Bucket', {
        name: NAME,
        policy: { Statement: denyHttp({ Action: '*', Resource: '*' }) },
      }),
    },
    {
      name: 'Principal AWS * with a boolean false and BoolIfExists',
      resource: bucketWith(
        denyHttp({ Principal: { AWS: '*' }, Condition: { BoolIfExists: { 'aws:SecureTransport': false } } }),
      ),
    },
    {
      name: 'wildcard resource covering bucket and objects',
      resource: bucketWith(denyHttp({ Resource: `${ARN}*` })),
    },
  ],
  invalid: [
    { name: 'no bucket policy', resource: resource('S3Bucket', { name: NAME, policy: null }) },
    { name: 'policy without a TLS deny', resource: bucketWith(readerGrant) },
    { name: 'deny covers objects only', resource: bucketWith(denyHttp({ Resource: `${ARN}/*` })) },
    {
      name: 'deny covers a prefix only',
      resource: bucketWith(denyHttp({ Resource: [ARN, `${ARN}/private/*`] })),
    },
    { name: 'deny covers GetObject only', resource: bucketWith(denyHttp({ Action: 's3:GetObject' })) },
    {
      name: 'deny narrowed by a source IP condition',
      resource: bucketWith(
        denyHttp({
          Condition: {
            Bool: { 'aws:SecureTransport': 'false' },
            IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
          },
        }),
      ),
    },
    {
      name: 'deny for one role only',
      resource: bucketWith(denyHttp({ Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT}:role/app` } })),
    },
    {
      name: 'deny when SecureTransport is true (wrong sense)',
      resource: bucketWith(denyHttp({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
    },
    {
      name: 'an Allow on SecureTransport true does not deny HTTP',
      resource: bucketWith({
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `${ARN}/*`,
        Condition: { Bool: { 'aws:SecureTransport': 'true' } },
      }),
    },
    {
      name: 'a TLS version condition does not deny plain HTTP',
      resource: bucketWith(denyHttp({ Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } })),
    },
  ],
  notAssessed: [{ name: 'bucket policy unknown', resource: resource('S3Bucket', { name: NAME }) }],
  notApplicable: [
    {
      name: 'public data where the policy does not require TLS',
      resource: resource('S3Bucket', { name: NAME, tags: { DataClassification: 'public' }, policy: null }),
      policy: publicWithoutTls,
    },
  ],
});
