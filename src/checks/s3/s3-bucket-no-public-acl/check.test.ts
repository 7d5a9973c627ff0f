import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';
const ALL_OFF = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};
const ownerOnly = [{ grantee: OWNER, permission: 'FULL_CONTROL' }];
const noAccountBpa = resource('AwsAccount', { s3PublicAccessBlock: null });
const bucket = (grants: { grantee: string; permission: string }[], props: Record<string, unknown> = {}) =>
  resource('S3Bucket', { aclGrants: [...ownerOnly, ...grants], publicAccessBlock: ALL_OFF, ...props });

testCheck(check, {
  valid: [
    { name: 'owner-only ACL', resource: bucket([]) },
    {
      name: 'a grantee group named like an Object member is not public',
      resource: bucket([
        { grantee: 'http://acs.amazonaws.com/groups/global/constructor', permission: 'READ' },
        { grantee: 'http://acs.amazonaws.com/groups/global/toString', permission: 'READ' },
      ]),
    },
    {
      name: 'log delivery group is not public',
      resource: bucket([{ grantee: LOG_DELIVERY, permission: 'WRITE' }]),
    },
    {
      name: 'ACLs disabled by BucketOwnerEnforced (even with the ACL unread)',
      resource: resource('S3Bucket', { objectOwnership: 'BucketOwnerEnforced' }),
    },
    {
      name: 'AllUsers READ ignored by bucket-level IgnorePublicAcls',
      resource: bucket([{ grantee: ALL_USERS, permission: 'READ' }], {
        publicAccessBlock: { ...ALL_OFF, ignorePublicAcls: true },
      }),
    },
    {
      name: 'AllUsers READ ignored by account-level IgnorePublicAcls',
      resource: bucket([{ grantee: ALL_USERS, permission: 'READ' }], { publicAccessBlock: null }),
      others: [resource('AwsAccount', { s3PublicAccessBlock: { ...ALL_OFF, ignorePublicAcls: true } })],
    },
  ],
  invalid: [
    {
      name: 'AllUsers READ',
      resource: bucket([{ grantee: ALL_USERS, permission: 'READ' }]),
      others: [noAccountBpa],
    },
    {
      name: 'AuthenticatedUsers WRITE',
      resource: bucket([{ grantee: AUTHENTICATED, permission: 'WRITE' }]),
      others: [noAccountBpa],
    },
    {
      name: 'AllUsers READ_ACP under BucketOwnerPreferred, BlockPublicAcls on but IgnorePublicAcls off',
      resource: bucket([{ grantee: ALL_USERS, permission: 'READ_ACP' }], {
        objectOwnership: 'BucketOwnerPreferred',
        publicAccessBlock: { ...ALL_OFF, blockPublicAcls: true },
      }),
      others: [noAccountBpa],
    },
  ],
  notAssessed: [
    { name: 'ACL unknown', resource: resource('S3Bucket', {}) },
    {
      name: 'AllUsers READ, account-level Block Public Access unknown',
      resource: bucket([{ grantee: ALL_USERS, permission: 'READ' }]),
    },
  ],
});
