import { ALL_OFF, ALL_ON, resource, TEST_ACCOUNT, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const NAME = 'site-assets';
const ARN = `arn:aws:s3:::${NAME}`;
const publicRead = {
  Sid: 'PublicRead',
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: `${ARN}/*`,
};
const bucket = (statements: Record<string, unknown>[], publicAccessBlock: unknown = ALL_OFF) =>
  resource('S3Bucket', {
    name: NAME,
    policy: { Version: '2012-10-17', Statement: statements },
    ...(publicAccessBlock !== undefined && { publicAccessBlock }),
  });
const accountWith = (s3PublicAccessBlock: unknown) => resource('AwsAccount', { s3PublicAccessBlock });
const noAccountBpa = accountWith(null);

testCheck(check, {
  valid: [
    { name: 'no bucket policy', resource: resource('S3Bucket', { name: NAME, policy: null }) },
    {
      name: 'grants to own role and a service principal only',
      resource: bucket([
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT}:role/app` },
          Action: 's3:*',
          Resource: `${ARN}/*`,
        },
        {
          Effect: 'Allow',
          Principal: { Service: 'logging.s3.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: `${ARN}/*`,
        },
      ]),
    },
    {
      name: "'*' limited to a VPC endpoint",
      resource: bucket([{ ...publicRead, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0abc' } } }]),
    },
    {
      name: "'*' limited to an office IP range",
      resource: bucket([
        { ...publicRead, Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/48'] } } },
      ]),
    },
    { name: 'a Deny to anyone', resource: bucket([{ ...publicRead, Effect: 'Deny' }]) },
    {
      name: 'public grant neutralized by bucket-level RestrictPublicBuckets',
      resource: bucket([publicRead], { ...ALL_OFF, restrictPublicBuckets: true }),
    },
    {
      name: 'public grant neutralized by account-level RestrictPublicBuckets',
      resource: bucket([publicRead], null),
      others: [accountWith(ALL_ON)],
    },
  ],
  invalid: [
    {
      name: 'public read with Block Public Access off',
      resource: bucket([publicRead]),
      others: [noAccountBpa],
    },
    {
      name: 'public write through Principal AWS *',
      resource: bucket([
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: ['s3:PutObject'], Resource: `${ARN}/*` },
      ]),
      others: [noAccountBpa],
    },
    {
      name: "'*' limited to 0.0.0.0/0 is still anyone",
      resource: bucket([{ ...publicRead, Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }]),
      others: [noAccountBpa],
    },
    {
      name: "'*' limited to ::/0 is still anyone",
      resource: bucket([
        { ...publicRead, Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '::/0'] } } },
      ]),
      others: [noAccountBpa],
    },
    {
      name: "'*' excluding an IP range (NotIpAddress) is still anyone",
      resource: bucket([
        { ...publicRead, Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } },
      ]),
      others: [noAccountBpa],
    },
    {
      name: 'Allow with NotPrincipal',
      resource: bucket([
        {
          Effect: 'Allow',
          NotPrincipal: { AWS: `arn:aws:iam::${TEST_ACCOUNT}:root` },
          Action: 's3:GetObject',
        },
      ]),
      others: [noAccountBpa],
    },
    {
      name: 'other settings on, RestrictPublicBuckets off at both levels',
      resource: bucket([publicRead], { ...ALL_ON, restrictPublicBuckets: false }),
      others: [accountWith({ ...ALL_ON, restrictPublicBuckets: false })],
    },
  ],
  notAssessed: [
    { name: 'bucket policy unknown', resource: resource('S3Bucket', { name: NAME }) },
    {
      name: 'public grant, Block Public Access unknown (account not scanned)',
      resource: bucket([publicRead], null),
    },
  ],
});
