import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resource, TEST_ACCOUNT, TEST_NOW } from '../../test/helpers/checks.js';
import type { AnyCheck } from '../checks/check.js';
import { CHECKS, findCheck } from '../checks/registry.js';
import { gapKey, uniqueGaps } from '../inventory/gaps.js';
import { type CoverageGap, Inventory } from '../inventory/inventory.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { evaluate, scan } from './run.js';

const OTHER_ACCOUNT = '444455556666';
const rootCheck = findCheck('iam-root-not-used-recently') as AnyCheck;
const policyCheck = findCheck('iam-password-policy-strength') as AnyCheck;

function accountGap(api: string, fields: string[], account = TEST_ACCOUNT): CoverageGap {
  return {
    account,
    service: 'iam',
    region: 'global',
    api,
    error: 'AccessDenied',
    resourceTypes: ['AwsAccount'],
    resourceId: account,
    fields,
  };
}

/** The account resource as the live source builds it: id = account id, region global. */
function awsAccount(props: Record<string, unknown>, account = TEST_ACCOUNT) {
  return resource('AwsAccount', { id: account, name: account, account, region: 'global', ...props });
}

const passwordPolicyGap = accountGap('iam:GetAccountPasswordPolicy', ['passwordPolicy']);
const reportGap = accountGap('iam:GetCredentialReport', ['rootLastUsed', 'rootMfaEnabled']);

function reasonOf(check: AnyCheck, inventory: Inventory): string {
  const [finding] = evaluate(inventory, DEFAULT_POLICY, [check], TEST_NOW);
  assert.equal(finding?.status, 'not_assessed');
  return finding.reason;
}

describe('not-assessed reasons name the call the verdict needed', () => {
  it('a failed password-policy read is not blamed for the root user’s unknown last use', () => {
    const account = awsAccount({ rootMfaEnabled: true });
    const reason = reasonOf(rootCheck, new Inventory([account], [passwordPolicyGap, reportGap]));
    assert.match(reason, /iam:GetCredentialReport failed/);
    assert.doesNotMatch(reason, /GetAccountPasswordPolicy/);
  });

  it('the password-policy check names the password-policy call, not the credential report', () => {
    const account = awsAccount({ rootMfaEnabled: true });
    const reason = reasonOf(policyCheck, new Inventory([account], [reportGap, passwordPolicyGap]));
    assert.match(reason, /iam:GetAccountPasswordPolicy failed/);
    assert.doesNotMatch(reason, /GetCredentialReport/);
  });

  it('a gap that does not say what it left unknown is still named (it cannot be ruled out)', () => {
    const { fields: _, ...unsaid } = passwordPolicyGap;
    const reason = reasonOf(rootCheck, new Inventory([awsAccount({})], [unsaid, reportGap]));
    assert.match(reason, /iam:GetCredentialReport failed.*iam:GetAccountPasswordPolicy failed/);
  });

  it('a field another read filled is not unknown: its failed call is not named', () => {
    // The summary failed but the credential report gave root MFA: the MFA check is decided.
    const summaryGap = accountGap('iam:GetAccountSummary', ['rootMfaEnabled', 'rootAccessKeysPresent']);
    const account = awsAccount({ rootMfaEnabled: true });
    const [finding] = evaluate(
      new Inventory([account], [summaryGap]),
      DEFAULT_POLICY,
      [findCheck('iam-root-mfa-enabled') as AnyCheck],
      TEST_NOW,
    );
    assert.notEqual(finding?.status, 'not_assessed');
  });
});

describe('coverage gaps carry their account', () => {
  const listing = (account: string): CoverageGap => ({
    account,
    service: 'rds',
    region: 'eu-west-1',
    api: 'rds:DescribeDBInstances',
    error: 'AccessDenied',
    resourceTypes: ['RdsInstance'],
  });

  it('two accounts’ otherwise identical gaps stay two; a repeat in one account is one', () => {
    const gaps = [listing(TEST_ACCOUNT), listing(OTHER_ACCOUNT), listing(TEST_ACCOUNT)];
    assert.notEqual(gapKey(gaps[0] as CoverageGap), gapKey(gaps[1] as CoverageGap));
    assert.deepEqual(
      uniqueGaps(gaps).map((g) => g.account),
      [TEST_ACCOUNT, OTHER_ACCOUNT],
    );
  });

  it('a failed listing gives one not-assessed finding per account, each in its account', () => {
    const result = scan({
      inventory: new Inventory([], [listing(TEST_ACCOUNT), listing(OTHER_ACCOUNT)]),
      policy: DEFAULT_POLICY,
      checks: CHECKS,
      source: { kind: 'snapshot', inputs: ['test'] },
      version: 'test',
      startedAt: TEST_NOW,
      finishedAt: TEST_NOW,
      now: TEST_NOW,
    });
    const unlisted = result.findings.filter((f) => f.checkId === 'rds-instance-not-public');
    assert.deepEqual(unlisted.map((f) => f.resource.account).sort(), [TEST_ACCOUNT, OTHER_ACCOUNT]);
    assert.equal(new Set(unlisted.map((f) => f.resource.id)).size, 2);
    assert.equal(result.coverage.gaps.length, 2);
  });

  it("one account's failed call never explains another account's verdict", () => {
    const mine = awsAccount({});
    const theirs = awsAccount({}, OTHER_ACCOUNT);
    const theirGap = accountGap('iam:GetCredentialReport', ['rootLastUsed'], OTHER_ACCOUNT);
    const findings = evaluate(
      new Inventory([mine, theirs], [theirGap]),
      DEFAULT_POLICY,
      [rootCheck],
      TEST_NOW,
    );
    const reasonFor = (account: string) => findings.find((f) => f.resource.account === account)?.reason ?? '';
    assert.doesNotMatch(reasonFor(TEST_ACCOUNT), /GetCredentialReport/);
    assert.match(reasonFor(OTHER_ACCOUNT), /GetCredentialReport/);
  });
});
