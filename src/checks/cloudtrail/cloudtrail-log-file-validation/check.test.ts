import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [{ name: 'validation on', resource: resource('CloudTrailTrail', { logFileValidation: true }) }],
  invalid: [
    { name: 'validation off', resource: resource('CloudTrailTrail', { logFileValidation: false }) },
    {
      name: 'validation off on an organization trail',
      resource: resource('CloudTrailTrail', { isOrganizationTrail: true, logFileValidation: false }),
    },
  ],
  notAssessed: [{ name: 'validation unknown', resource: resource('CloudTrailTrail', {}) }],
});
