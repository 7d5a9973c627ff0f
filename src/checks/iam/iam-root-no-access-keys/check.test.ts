import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'no root access keys', resource: resource('AwsAccount', { rootAccessKeysPresent: false }) },
  ],
  invalid: [
    { name: 'root access keys exist', resource: resource('AwsAccount', { rootAccessKeysPresent: true }) },
    {
      name: 'root access keys exist even with root MFA on',
      resource: resource('AwsAccount', { rootAccessKeysPresent: true, rootMfaEnabled: true }),
    },
  ],
  notAssessed: [
    { name: 'root keys could not be read', resource: resource('AwsAccount', { rootMfaEnabled: true }) },
  ],
});
