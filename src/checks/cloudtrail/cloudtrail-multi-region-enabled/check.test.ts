import assert from 'node:assert/strict';
import { it } from 'node:test';
import { resource, TEST_ACCOUNT, TEST_NOW, testCheck } from '../../../../test/helpers/checks.js';
import { createContext } from '../../../engine/context.js';
import { Inventory } from '../../../inventory/inventory.js';
import type { Resource } from '../../../inventory/resources.js';
import { DEFAULT_POLICY } from '../../../policy/policy.js';
import check from './check.js';

const MANAGEMENT = '444455556666';
const account = resource('AwsAccount', { id: TEST_ACCOUNT, organizationId: 'o-abc123' });
const trail = (props: Record<string, unknown>): Resource =>
  resource('CloudTrailTrail', {
    name: 'main',
    isMultiRegion: true,
    isLogging: true,
    managementEvents: 'All',
    logFileValidation: true,
    ...props,
  });
const orgTrail = resource('CloudTrailTrail', {
  name: 'org-trail',
  id: `arn:aws:cloudtrail:eu-west-1:${MANAGEMENT}:trail/org-trail`,
  account: MANAGEMENT,
  isOrganizationTrail: true,
  isMultiRegion: true,
  isLogging: true,
  managementEvents: 'All',
});
const managementAccount = resource('AwsAccount', {
  id: MANAGEMENT,
  account: MANAGEMENT,
  organizationId: 'o-abc123',
});

testCheck(check, {
  valid: [
    { name: 'one good trail', resource: account, others: [trail({})] },
    {
      name: 'a declared multi-region trail, no account in the input',
      resource: trail({ source: { kind: 'cloudformation' } }),
    },
    {
      name: 'a good trail beside a single-region one',
      others: [trail({ name: 'regional', isMultiRegion: false }), trail({ name: 'global' })],
      resource: account,
    },
    {
      name: 'organization trail of the management account in the same organization',
      resource: account,
      others: [orgTrail, managementAccount],
    },
    {
      name: 'organization trail seen from this member account, organization unknown',
      resource: account,
      others: [{ ...orgTrail, coversAccounts: [account.account] } as typeof orgTrail],
    },
  ],
  invalid: [
    {
      name: 'a declared single-region trail, no account in the input: judged as written',
      resource: trail({ source: { kind: 'cloudformation' }, isMultiRegion: false }),
    },
    { name: 'no trails at all', resource: account },
    { name: 'single-region trail only', resource: account, others: [trail({ isMultiRegion: false })] },
    {
      name: 'multi-region trail that stopped logging',
      resource: account,
      others: [trail({ isLogging: false })],
    },
    {
      name: 'multi-region trail recording write-only management events',
      resource: account,
      others: [trail({ managementEvents: 'WriteOnly' })],
    },
    {
      name: 'multi-region trail recording no management events (data events only)',
      resource: account,
      others: [trail({ managementEvents: 'None' })],
    },
    {
      name: 'organization trail of another organization does not count',
      resource: account,
      others: [orgTrail, { ...managementAccount, organizationId: 'o-other' } as Resource],
    },
    {
      name: "another account's non-organization trail does not count",
      resource: account,
      others: [{ ...orgTrail, isOrganizationTrail: false } as Resource, managementAccount],
    },
  ],
  notApplicable: [
    { name: 'a scanned trail (its account judges it)', resource: trail({ isMultiRegion: false }) },
    {
      name: 'a declared trail whose account the input holds',
      resource: trail({ source: { kind: 'terraform' }, isMultiRegion: false }),
      others: [account],
    },
  ],
  notAssessed: [
    {
      name: 'trail with unknown logging status',
      resource: account,
      others: [trail({ isLogging: undefined })],
    },
    {
      name: 'trail with unknown management event selectors',
      resource: account,
      others: [trail({ managementEvents: undefined })],
    },
    {
      name: 'a plan that manages account settings but declares no trail',
      resource: { ...account, source: { kind: 'terraform', file: 'plan.json', line: 3 } } as Resource,
    },
  ],
});

it('cloudtrail-multi-region-enabled: a failed trail listing makes "no trail" not assessed, not a fail', () => {
  const gap = {
    account: TEST_ACCOUNT,
    service: 'cloudtrail',
    region: 'eu-west-1',
    api: 'DescribeTrails',
    error: 'AccessDenied',
    resourceTypes: ['CloudTrailTrail' as const],
  };
  const inventory = new Inventory([account, trail({ isMultiRegion: false })], [gap]);
  const verdict = check.evaluate(account as never, createContext(inventory, DEFAULT_POLICY, TEST_NOW));
  assert.equal(verdict?.status, 'not_assessed');
  assert.match(verdict?.reason ?? '', /DescribeTrails/);
});

it("another account's failed trail listing leaves this account's verdict alone", () => {
  const gap = {
    account: '444455556666',
    service: 'cloudtrail',
    region: 'eu-west-1',
    api: 'DescribeTrails',
    error: 'AccessDenied',
    resourceTypes: ['CloudTrailTrail' as const],
  };
  const inventory = new Inventory([account, trail({ isMultiRegion: false })], [gap]);
  const verdict = check.evaluate(account as never, createContext(inventory, DEFAULT_POLICY, TEST_NOW));
  assert.equal(verdict?.status, 'fail');
  assert.doesNotMatch(verdict?.reason ?? '', /DescribeTrails/);
});

it('names what a trail fails to record in words, never "management events None"', () => {
  const inventory = new Inventory([account, trail({ managementEvents: 'None' })]);
  const verdict = check.evaluate(account as never, createContext(inventory, DEFAULT_POLICY, TEST_NOW));
  assert.equal(verdict?.status, 'fail');
  assert.match(verdict?.reason ?? '', /records no management events/);
  assert.doesNotMatch(verdict?.reason ?? '', /None/);
});
