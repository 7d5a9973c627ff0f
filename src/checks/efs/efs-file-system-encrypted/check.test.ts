import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'encrypted with the AWS managed key', resource: resource('EfsFileSystem', { encrypted: true }) },
    {
      name: 'encrypted with a customer managed key',
      resource: resource('EfsFileSystem', {
        encrypted: true,
        kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      }),
    },
  ],
  invalid: [{ name: 'not encrypted', resource: resource('EfsFileSystem', { encrypted: false }) }],
  notAssessed: [{ name: 'encryption unknown', resource: resource('EfsFileSystem', {}) }],
});
