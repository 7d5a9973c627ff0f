import { resource, TEST_NOW, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const ago = (days: number): string => new Date(TEST_NOW.getTime() - days * 86_400_000).toISOString();

testCheck(check, {
  valid: [
    { name: 'never used', resource: resource('AwsAccount', { rootLastUsed: null }) },
    { name: 'last used 200 days ago', resource: resource('AwsAccount', { rootLastUsed: ago(200) }) },
    { name: 'last used exactly 30 days ago', resource: resource('AwsAccount', { rootLastUsed: ago(30) }) },
    {
      name: 'judged against the scan time, not the wall clock',
      resource: resource('AwsAccount', { rootLastUsed: '2020-01-10T08:00:00Z' }),
      now: new Date('2020-03-01T00:00:00Z'),
    },
  ],
  invalid: [
    { name: 'used an hour ago', resource: resource('AwsAccount', { rootLastUsed: ago(1 / 24) }) },
    { name: 'used 29 days ago', resource: resource('AwsAccount', { rootLastUsed: ago(29.5) }) },
    {
      name: 'used after the scan time (clock skew) still counts as recent',
      resource: resource('AwsAccount', { rootLastUsed: ago(-1) }),
    },
    {
      name: 'recent relative to an older scan time',
      resource: resource('AwsAccount', { rootLastUsed: '2020-02-20T08:00:00Z' }),
      now: new Date('2020-03-01T00:00:00Z'),
    },
  ],
  notAssessed: [
    { name: 'last use could not be read', resource: resource('AwsAccount', {}) },
    { name: 'last use is not a time', resource: resource('AwsAccount', { rootLastUsed: 'N/A' }) },
  ],
});
