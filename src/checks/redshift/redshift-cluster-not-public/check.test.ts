import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [{ name: 'private cluster', resource: resource('RedshiftCluster', { publiclyAccessible: false }) }],
  invalid: [{ name: 'public cluster', resource: resource('RedshiftCluster', { publiclyAccessible: true }) }],
  notAssessed: [{ name: 'accessibility unknown', resource: resource('RedshiftCluster', {}) }],
});
