import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'hardware MFA',
      resource: resource('AwsAccount', { rootMfaEnabled: true, rootHardwareMfa: true }),
    },
    {
      name: 'virtual MFA',
      resource: resource('AwsAccount', { rootMfaEnabled: true, rootHardwareMfa: false }),
    },
    { name: 'MFA of unknown kind', resource: resource('AwsAccount', { rootMfaEnabled: true }) },
  ],
  invalid: [
    { name: 'no MFA', resource: resource('AwsAccount', { rootMfaEnabled: false }) },
    {
      name: 'no MFA even though other root settings are clean',
      resource: resource('AwsAccount', {
        rootMfaEnabled: false,
        rootAccessKeysPresent: false,
        rootLastUsed: null,
      }),
    },
  ],
  notAssessed: [
    { name: 'MFA status could not be read', resource: resource('AwsAccount', {}) },
    {
      name: 'hardware flag known but MFA status not',
      resource: resource('AwsAccount', { rootHardwareMfa: false }),
    },
  ],
});
