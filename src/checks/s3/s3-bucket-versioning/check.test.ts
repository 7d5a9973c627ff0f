import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'versioning enabled', resource: resource('S3Bucket', { versioning: 'Enabled' }) },
    {
      name: 'versioning with MFA delete',
      resource: resource('S3Bucket', { versioning: 'Enabled', mfaDelete: true }),
    },
  ],
  invalid: [
    { name: 'versioning suspended', resource: resource('S3Bucket', { versioning: 'Suspended' }) },
    { name: 'versioning never enabled', resource: resource('S3Bucket', { versioning: 'Disabled' }) },
  ],
  notAssessed: [{ name: 'versioning unknown', resource: resource('S3Bucket', {}) }],
});
