import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resource, TEST_ACCOUNT, TEST_NOW } from '../../test/helpers/checks.js';
import { CHECKS } from '../checks/registry.js';
import type { ScanResult } from '../engine/result.js';
import { scan } from '../engine/run.js';
import { Inventory } from '../inventory/inventory.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { FORMATS } from './formats.js';

const OTHER = '444455556666';

/** Two accounts whose RDS listings failed the same way: two gaps, which every report keeps apart. */
function twoAccountScan(): ScanResult {
  const gap = (account: string) => ({
    account,
    service: 'rds',
    region: 'eu-west-1',
    api: 'rds:DescribeDBInstances',
    error: 'AccessDenied',
    resourceTypes: ['RdsInstance' as const],
  });
  return scan({
    inventory: new Inventory([resource('S3Bucket', { name: 'b1' })], [gap(TEST_ACCOUNT), gap(OTHER)]),
    policy: DEFAULT_POLICY,
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: ['test'] },
    version: 'test',
    startedAt: TEST_NOW,
    finishedAt: TEST_NOW,
    now: TEST_NOW,
  });
}

const render = (format: string) => FORMATS[format]?.render(twoAccountScan(), { color: false }) ?? '';

describe('reports name the account of every coverage gap', () => {
  it('terminal: one line per account', () => {
    const text = render('terminal');
    assert.match(text, new RegExp(`rds:DescribeDBInstances failed in account ${TEST_ACCOUNT}, eu-west-1`));
    assert.match(text, new RegExp(`rds:DescribeDBInstances failed in account ${OTHER}, eu-west-1`));
  });

  it('html: one item per account', () => {
    const html = render('html');
    for (const account of [TEST_ACCOUNT, OTHER])
      assert.ok(html.includes(`failed in account ${account}, eu-west-1`));
  });

  it('json: both gaps, each with its account', () => {
    const json = JSON.parse(render('json')) as ScanResult;
    assert.deepEqual(json.coverage.gaps.map((g) => g.account).sort(), [TEST_ACCOUNT, OTHER]);
  });

  it('sarif: one notification per account, the account a property', () => {
    const sarif = JSON.parse(render('sarif'));
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications as {
      properties: { account: string };
    }[];
    assert.deepEqual(notes.map((n) => n.properties.account).sort(), [TEST_ACCOUNT, OTHER]);
  });

  it('ocsf and asff: the unlisted findings of the two accounts stay two', () => {
    const ocsf = render('ocsf');
    const asff = render('asff');
    for (const account of [TEST_ACCOUNT, OTHER]) {
      assert.ok(ocsf.includes(`unlisted:${account}:rds`), `ocsf lacks ${account}`);
      assert.ok(asff.includes(`unlisted:${account}:rds`), `asff lacks ${account}`);
    }
  });
});
