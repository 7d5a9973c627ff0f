import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'SSE-KMS',
      resource: resource('S3Bucket', { encryption: { enabled: true, algorithm: 'aws:kms' } }),
    },
    {
      name: 'SSE-S3 by default',
      resource: resource('S3Bucket', {
        encryption: { enabled: true, algorithm: 'AES256' },
        defaults: ['encryption'],
      }),
    },
  ],
  invalid: [{ name: 'no default encryption', resource: resource('S3Bucket', { encryption: null }) }],
  notAssessed: [{ name: 'encryption could not be read', resource: resource('S3Bucket', {}) }],
});
