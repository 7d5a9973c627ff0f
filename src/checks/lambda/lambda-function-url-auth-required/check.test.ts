import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [{ name: 'no URL without auth', resource: resource('LambdaFunction', { publicUrl: false }) }],
  invalid: [{ name: 'URL with auth type NONE', resource: resource('LambdaFunction', { publicUrl: true }) }],
  notAssessed: [{ name: 'URL unknown', resource: resource('LambdaFunction', {}) }],
});
