import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'custom parameter group requires SSL',
      resource: resource('RedshiftCluster', { requireSsl: true, parameterGroupNames: ['tls-only'] }),
    },
  ],
  invalid: [
    {
      name: 'default parameter group without require_ssl',
      resource: resource('RedshiftCluster', {
        requireSsl: false,
        parameterGroupNames: ['default.redshift-1.0'],
      }),
    },
  ],
  notAssessed: [
    {
      name: 'parameter group could not be read',
      resource: resource('RedshiftCluster', { parameterGroupNames: ['tls-only'] }),
    },
  ],
});
