import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'private snapshot',
      resource: resource('RdsSnapshot', { snapshotKind: 'instance', public: false }),
    },
    {
      name: 'cluster snapshot shared with a named account only',
      resource: resource('RdsSnapshot', {
        snapshotKind: 'cluster',
        public: false,
        sharedWithAccounts: ['444455556666'],
      }),
    },
  ],
  invalid: [
    {
      name: 'public DB snapshot',
      resource: resource('RdsSnapshot', { snapshotKind: 'instance', public: true }),
    },
    {
      name: 'public cluster snapshot also shared with an account',
      resource: resource('RdsSnapshot', {
        snapshotKind: 'cluster',
        public: true,
        sharedWithAccounts: ['444455556666'],
      }),
    },
  ],
  notAssessed: [
    { name: 'restore attribute unknown', resource: resource('RdsSnapshot', { snapshotKind: 'instance' }) },
  ],
});
