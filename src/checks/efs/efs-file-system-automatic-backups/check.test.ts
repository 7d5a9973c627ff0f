import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'backups on', resource: resource('EfsFileSystem', { backupPolicyStatus: 'ENABLED' }) },
    {
      name: 'backups being turned on',
      resource: resource('EfsFileSystem', { backupPolicyStatus: 'ENABLING' }),
    },
  ],
  invalid: [
    { name: 'backups off', resource: resource('EfsFileSystem', { backupPolicyStatus: 'DISABLED' }) },
    {
      name: 'backups being turned off',
      resource: resource('EfsFileSystem', { backupPolicyStatus: 'DISABLING' }),
    },
  ],
  notAssessed: [{ name: 'backup policy unknown', resource: resource('EfsFileSystem', {}) }],
});
