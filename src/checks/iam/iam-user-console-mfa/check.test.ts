import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'console user with MFA',
      resource: resource('IamUser', { consoleAccess: true, mfaActive: true }),
    },
  ],
  invalid: [
    {
      name: 'console user without MFA',
      resource: resource('IamUser', { consoleAccess: true, mfaActive: false }),
    },
    {
      name: 'console user without MFA who never signed in',
      resource: resource('IamUser', { consoleAccess: true, mfaActive: false, passwordLastUsed: null }),
    },
  ],
  notAssessed: [
    { name: 'console access unknown', resource: resource('IamUser', { mfaActive: false }) },
    { name: 'console user, MFA unknown', resource: resource('IamUser', { consoleAccess: true }) },
  ],
  notApplicable: [
    {
      name: 'programmatic-only user',
      resource: resource('IamUser', { consoleAccess: false, mfaActive: false }),
    },
    { name: 'no password, MFA unknown', resource: resource('IamUser', { consoleAccess: false }) },
  ],
});
