import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'private instance', resource: resource('RdsInstance', { publiclyAccessible: false }) },
    {
      name: 'private Aurora member instance',
      resource: resource('RdsInstance', { publiclyAccessible: false, clusterId: 'app-cluster' }),
    },
  ],
  invalid: [
    {
      name: 'publicly accessible instance',
      resource: resource('RdsInstance', { publiclyAccessible: true, securityGroupIds: ['sg-0123'] }),
    },
    {
      name: 'publicly accessible Aurora member instance',
      resource: resource('RdsInstance', { publiclyAccessible: true, clusterId: 'app-cluster' }),
    },
  ],
  notAssessed: [{ name: 'accessibility unknown', resource: resource('RdsInstance', {}) }],
});
