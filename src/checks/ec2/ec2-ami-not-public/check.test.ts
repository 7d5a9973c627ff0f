import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'private', resource: resource('Ami', { public: false, sharedWithAccounts: [] }) },
    {
      name: 'shared with one account',
      resource: resource('Ami', { public: false, sharedWithAccounts: ['444455556666'] }),
    },
    { name: 'not public, sharing list not read', resource: resource('Ami', { public: false }) },
  ],
  invalid: [
    { name: 'public', resource: resource('Ami', { public: true }) },
    {
      name: 'public although block public access is now on',
      resource: resource('Ami', { public: true, sharedWithAccounts: [] }),
      others: [
        resource('Ec2RegionSettings', {
          name: 'ec2-settings:111122223333:eu-west-1',
          imageBlockPublicAccess: true,
        }),
      ],
    },
  ],
  notAssessed: [
    { name: 'launch permissions unknown', resource: resource('Ami', { sharedWithAccounts: [] }) },
  ],
});
