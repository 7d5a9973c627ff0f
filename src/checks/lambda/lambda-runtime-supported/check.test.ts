import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

// TEST_NOW is 2026-11-01: dotnet8 (2026-11-10) is 9 days away, nodejs20.x (2026-04-30) is past.
testCheck(check, {
  valid: [
    {
      name: 'python3.13',
      resource: resource('LambdaFunction', { runtime: 'python3.13', packageType: 'Zip' }),
    },
    {
      name: 'nodejs22.x, more than 90 days before its date',
      resource: resource('LambdaFunction', { runtime: 'nodejs22.x' }),
    },
    {
      name: 'dotnet8 judged at a time long before its date (the scan time, not the clock)',
      resource: resource('LambdaFunction', { runtime: 'dotnet8' }),
      now: new Date('2025-01-01T00:00:00Z'),
    },
  ],
  invalid: [
    { name: 'deprecated nodejs20.x', resource: resource('LambdaFunction', { runtime: 'nodejs20.x' }) },
    { name: 'python2.7', resource: resource('LambdaFunction', { runtime: 'python2.7' }) },
    { name: 'dotnet8 within 90 days', resource: resource('LambdaFunction', { runtime: 'dotnet8' }) },
  ],
  notAssessed: [
    { name: 'runtime unknown', resource: resource('LambdaFunction', {}) },
    { name: 'runtime not in the table', resource: resource('LambdaFunction', { runtime: 'cobol1.0' }) },
  ],
  notApplicable: [
    { name: 'container image', resource: resource('LambdaFunction', { packageType: 'Image' }) },
  ],
});
