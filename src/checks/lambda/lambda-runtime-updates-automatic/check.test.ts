import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'Auto', resource: resource('LambdaFunction', { runtimeUpdateMode: 'Auto' }) },
    { name: 'FunctionUpdate', resource: resource('LambdaFunction', { runtimeUpdateMode: 'FunctionUpdate' }) },
  ],
  invalid: [{ name: 'Manual', resource: resource('LambdaFunction', { runtimeUpdateMode: 'Manual' }) }],
  notAssessed: [{ name: 'mode unknown', resource: resource('LambdaFunction', {}) }],
  notApplicable: [
    {
      name: 'container image',
      resource: resource('LambdaFunction', { packageType: 'Image', runtimeUpdateMode: 'Manual' }),
    },
  ],
});
