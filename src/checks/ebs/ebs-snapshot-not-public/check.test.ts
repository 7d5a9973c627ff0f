import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'private', resource: resource('EbsSnapshot', { public: false, sharedWithAccounts: [] }) },
    {
      name: 'shared with a backup account',
      resource: resource('EbsSnapshot', { public: false, sharedWithAccounts: ['444455556666'] }),
    },
    { name: 'not public, sharing list not read', resource: resource('EbsSnapshot', { public: false }) },
  ],
  invalid: [
    {
      name: 'public',
      resource: resource('EbsSnapshot', { public: true, encrypted: false, volumeId: 'vol-1' }),
    },
    {
      name: 'public and also shared with an account',
      resource: resource('EbsSnapshot', { public: true, sharedWithAccounts: ['444455556666'] }),
    },
  ],
  notAssessed: [{ name: 'permissions unknown', resource: resource('EbsSnapshot', { encrypted: true }) }],
});
