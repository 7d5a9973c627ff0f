import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const strong = {
  minimumLength: 14,
  reusePrevention: 24,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

testCheck(check, {
  valid: [
    { name: 'CIS-strength policy', resource: resource('AwsAccount', { passwordPolicy: strong }) },
    {
      name: 'stricter than required, with expiry',
      resource: resource('AwsAccount', { passwordPolicy: { ...strong, minimumLength: 20, maxAgeDays: 90 } }),
    },
  ],
  invalid: [
    { name: 'no password policy', resource: resource('AwsAccount', { passwordPolicy: null }) },
    {
      name: 'length 13',
      resource: resource('AwsAccount', { passwordPolicy: { ...strong, minimumLength: 13 } }),
    },
    {
      name: 'reuse prevention 12',
      resource: resource('AwsAccount', { passwordPolicy: { ...strong, reusePrevention: 12 } }),
    },
    {
      name: 'reuse prevention not set',
      resource: resource('AwsAccount', { passwordPolicy: { ...strong, reusePrevention: undefined } }),
    },
    {
      name: 'symbols not required',
      resource: resource('AwsAccount', { passwordPolicy: { ...strong, requireSymbols: false } }),
    },
    {
      name: 'IAM.7 default strength but short of CIS length and reuse',
      resource: resource('AwsAccount', {
        passwordPolicy: { ...strong, minimumLength: 8, reusePrevention: undefined },
      }),
    },
  ],
  notAssessed: [
    { name: 'password policy could not be read', resource: resource('AwsAccount', { rootMfaEnabled: true }) },
  ],
});
