import { ALL_OFF, ALL_ON, resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const account = (s3PublicAccessBlock: unknown) =>
  resource('AwsAccount', s3PublicAccessBlock === undefined ? {} : { s3PublicAccessBlock });
const otherAccount = resource('AwsAccount', {
  account: '999988887777',
  id: '999988887777',
  s3PublicAccessBlock: ALL_ON,
});

testCheck(check, {
  valid: [
    { name: 'bucket-level all on', resource: resource('S3Bucket', { publicAccessBlock: ALL_ON }) },
    {
      name: 'bucket not configured but the account is fully on',
      resource: resource('S3Bucket', { publicAccessBlock: null }),
      others: [account(ALL_ON)],
    },
    {
      name: 'bucket unknown but the account is fully on',
      resource: resource('S3Bucket', {}),
      others: [account(ALL_ON)],
    },
    {
      name: 'ACL settings on the bucket, policy settings on the account',
      resource: resource('S3Bucket', {
        publicAccessBlock: { ...ALL_OFF, blockPublicAcls: true, ignorePublicAcls: true },
      }),
      others: [account({ ...ALL_OFF, blockPublicPolicy: true, restrictPublicBuckets: true })],
    },
  ],
  invalid: [
    {
      name: 'nothing configured at either level',
      resource: resource('S3Bucket', { publicAccessBlock: null }),
      others: [account(null)],
    },
    {
      name: 'RestrictPublicBuckets off at both levels',
      resource: resource('S3Bucket', { publicAccessBlock: { ...ALL_ON, restrictPublicBuckets: false } }),
      others: [account({ ...ALL_ON, restrictPublicBuckets: false })],
    },
    {
      name: 'BlockPublicPolicy off at both levels',
      resource: resource('S3Bucket', { publicAccessBlock: { ...ALL_ON, blockPublicPolicy: false } }),
      others: [account({ ...ALL_ON, blockPublicPolicy: false })],
    },
  ],
  notAssessed: [
    { name: 'bucket unknown, account not scanned', resource: resource('S3Bucket', {}) },
    {
      name: 'bucket partly off, account not scanned',
      resource: resource('S3Bucket', { publicAccessBlock: { ...ALL_ON, ignorePublicAcls: false } }),
    },
    {
      name: 'bucket not configured, account settings unknown',
      resource: resource('S3Bucket', { publicAccessBlock: null }),
      others: [account(undefined)],
    },
    {
      name: 'only another account is scanned',
      resource: resource('S3Bucket', { publicAccessBlock: null }),
      others: [otherAccount],
    },
  ],
});
