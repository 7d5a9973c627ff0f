import { resource, TEST_NOW, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const ago = (days: number): string => new Date(TEST_NOW.getTime() - days * 86_400_000).toISOString();
const key = (id: string, createdDaysAgo: number, active = true) => ({
  id,
  active,
  createdAt: ago(createdDaysAgo),
  lastUsedAt: ago(1),
});

testCheck(check, {
  valid: [
    { name: 'one fresh key', resource: resource('IamUser', { accessKeys: [key('AKIAFRESH', 10)] }) },
    { name: 'key exactly 90 days old', resource: resource('IamUser', { accessKeys: [key('AKIAEDGE', 90)] }) },
    {
      name: 'old key is inactive, new key is fresh',
      resource: resource('IamUser', { accessKeys: [key('AKIAOLD', 400, false), key('AKIANEW', 5)] }),
    },
  ],
  invalid: [
    { name: 'key 91 days old', resource: resource('IamUser', { accessKeys: [key('AKIASTALE', 91)] }) },
    {
      name: 'second key old while the first is fresh',
      resource: resource('IamUser', { accessKeys: [key('AKIANEW', 5), key('AKIAOLD', 365)] }),
    },
    {
      name: 'old key recently used is still unrotated',
      resource: resource('IamUser', {
        accessKeys: [{ id: 'AKIABUSY', active: true, createdAt: ago(120), lastUsedAt: ago(0) }],
      }),
    },
    {
      name: 'old key beside one whose age cannot be read',
      resource: resource('IamUser', {
        accessKeys: [key('AKIAOLD', 200), { id: 'AKIABAD', active: true, createdAt: 'unknown' }],
      }),
    },
  ],
  notAssessed: [
    { name: 'access keys unknown', resource: resource('IamUser', { consoleAccess: true }) },
    {
      name: 'creation time cannot be read',
      resource: resource('IamUser', {
        accessKeys: [{ id: 'AKIABAD', active: true, createdAt: 'yesterday' }],
      }),
    },
  ],
  notApplicable: [
    { name: 'no access keys', resource: resource('IamUser', { accessKeys: [] }) },
    {
      name: 'only inactive keys',
      resource: resource('IamUser', { accessKeys: [key('AKIAOLD', 500, false)] }),
    },
  ],
});
