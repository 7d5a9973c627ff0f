import { ALL_ON, resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'all four settings on', resource: resource('AwsAccount', { s3PublicAccessBlock: ALL_ON }) },
  ],
  invalid: [
    { name: 'not configured', resource: resource('AwsAccount', { s3PublicAccessBlock: null }) },
    {
      name: 'RestrictPublicBuckets off',
      resource: resource('AwsAccount', { s3PublicAccessBlock: { ...ALL_ON, restrictPublicBuckets: false } }),
    },
    {
      name: 'ACL settings off',
      resource: resource('AwsAccount', {
        s3PublicAccessBlock: { ...ALL_ON, blockPublicAcls: false, ignorePublicAcls: false },
      }),
    },
  ],
  notAssessed: [{ name: 'settings unknown', resource: resource('AwsAccount', {}) }],
});
