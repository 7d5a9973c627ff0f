import { resource, TEST_NOW, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const ago = (days: number): string => new Date(TEST_NOW.getTime() - days * 86_400_000).toISOString();
const key = (id: string, lastUsedDaysAgo: number | null, createdDaysAgo = 300, active = true) => ({
  id,
  active,
  createdAt: ago(createdDaysAgo),
  lastUsedAt: lastUsedDaysAgo === null ? null : ago(lastUsedDaysAgo),
});

testCheck(check, {
  valid: [
    {
      name: 'password and key both used recently',
      resource: resource('IamUser', {
        createdAt: ago(700),
        consoleAccess: true,
        passwordLastUsed: ago(3),
        accessKeys: [key('AKIAUSED', 1)],
      }),
    },
    {
      name: 'new user whose password was never used yet',
      resource: resource('IamUser', {
        createdAt: ago(10),
        consoleAccess: true,
        passwordLastUsed: null,
        accessKeys: [],
      }),
    },
    {
      name: 'new key never used yet',
      resource: resource('IamUser', { consoleAccess: false, accessKeys: [key('AKIANEW', null, 20)] }),
    },
    {
      name: 'idle key is inactive',
      resource: resource('IamUser', {
        consoleAccess: false,
        accessKeys: [key('AKIAUSED', 2), key('AKIAIDLE', 400, 800, false)],
      }),
    },
    {
      name: 'last used 89 days ago',
      resource: resource('IamUser', { consoleAccess: true, passwordLastUsed: ago(89.9), accessKeys: [] }),
    },
  ],
  invalid: [
    {
      name: 'password not used for 90 days',
      resource: resource('IamUser', { consoleAccess: true, passwordLastUsed: ago(90), accessKeys: [] }),
    },
    {
      name: 'password never used by a user created 200 days ago',
      resource: resource('IamUser', {
        createdAt: ago(200),
        consoleAccess: true,
        passwordLastUsed: null,
        accessKeys: [],
      }),
    },
    {
      name: 'active key idle for a year while the password is in use',
      resource: resource('IamUser', {
        consoleAccess: true,
        passwordLastUsed: ago(1),
        accessKeys: [key('AKIAIDLE', 365)],
      }),
    },
    {
      name: 'active key never used, created 120 days ago',
      resource: resource('IamUser', { consoleAccess: false, accessKeys: [key('AKIANEVER', null, 120)] }),
    },
    {
      name: 'idle key found even though console access is unknown',
      resource: resource('IamUser', { accessKeys: [key('AKIAIDLE', 100)] }),
    },
  ],
  notAssessed: [
    { name: 'nothing known', resource: resource('IamUser', {}) },
    {
      name: 'password last use unknown',
      resource: resource('IamUser', { consoleAccess: true, accessKeys: [] }),
    },
    {
      name: 'password never used and user age unknown',
      resource: resource('IamUser', { consoleAccess: true, passwordLastUsed: null, accessKeys: [] }),
    },
    {
      name: 'key last use unknown',
      resource: resource('IamUser', {
        consoleAccess: false,
        accessKeys: [{ id: 'AKIAUNKNOWN', active: true, createdAt: ago(400) }],
      }),
    },
    {
      name: 'keys unknown for a user whose password is in use',
      resource: resource('IamUser', { consoleAccess: true, passwordLastUsed: ago(2) }),
    },
  ],
  notApplicable: [
    { name: 'no password, no keys', resource: resource('IamUser', { consoleAccess: false, accessKeys: [] }) },
    {
      name: 'no password, only inactive keys',
      resource: resource('IamUser', { consoleAccess: false, accessKeys: [key('AKIAOFF', 500, 900, false)] }),
    },
  ],
});
