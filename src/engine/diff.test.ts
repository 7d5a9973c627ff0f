import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../checks/registry.js';
import { parsePolicy } from '../policy/parse.js';
import { inventoryOf, parseSnapshot } from '../sources/snapshot/load.js';
import { bucketOf, diffScans, diffTotals, type FindingState } from './diff.js';
import type { ScanResult } from './result.js';
import { scan } from './run.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SNAPSHOT = readFileSync(`${ROOT}examples/demo-account.json`, 'utf8');
const POLICY = readFileSync(`${ROOT}examples/demarc.yaml`, 'utf8');
const DAY = new Date('2026-11-20T08:30:00Z');

interface Resource {
  type: string;
  id: string;
  name: string;
  [field: string]: unknown;
}

/** The demo estate, edited, through the real snapshot reader, policy parser and engine. */
function demo(edit: (resources: Resource[]) => void = () => undefined, policyText = POLICY): ScanResult {
  const snapshot = JSON.parse(SNAPSHOT) as { resources: Resource[] };
  edit(snapshot.resources);
  return scan({
    inventory: inventoryOf(parseSnapshot(JSON.stringify(snapshot), 'demo.json')),
    policy: parsePolicy(policyText, 'demarc.yaml', { checkIds: CHECKS.map((c) => c.id) }),
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: ['demo.json'] },
    version: '0.1.0',
    startedAt: DAY,
    finishedAt: DAY,
    now: DAY,
  });
}

const byName = (resources: Resource[], name: string) => {
  const found = resources.find((r) => r.name === name);
  assert.ok(found, name);
  return found;
};

const lines = (changes: { checkId: string; resource: { id: string }; before: string; after: string }[]) =>
  changes.map((c) => `${c.checkId} ${c.resource.id} ${c.before}->${c.after}`);

describe('diff: which bucket a finding goes to', () => {
  const states: FindingState[] = ['fail', 'pass', 'not_assessed', 'accepted', 'absent'];
  const expected: Record<string, string | undefined> = {
    'absent->fail': 'new',
    'not_assessed->fail': 'new',
    'pass->fail': 'regressed',
    'accepted->fail': 'regressed',
    'fail->fail': 'unchanged',
    'fail->pass': 'fixed',
    'fail->absent': 'fixed',
    'fail->accepted': 'unconfirmed',
    'fail->not_assessed': 'unconfirmed',
  };
  it('every pair of states, open in neither scan: no bucket', () => {
    for (const before of states) {
      for (const after of states) {
        assert.equal(bucketOf(before, after), expected[`${before}->${after}`], `${before}->${after}`);
      }
    }
  });
});

describe('diff: two scans of the demo estate', () => {
  it('the same scan twice: nothing new, fixed or regressed; every open finding unchanged', () => {
    const a = demo();
    const diff = diffScans(a, demo(), { now: DAY });
    assert.deepEqual(
      [diff.new, diff.regressed, diff.fixed, diff.unconfirmed, diff.cells],
      [[], [], [], [], []],
    );
    const open = a.findings.filter((f) => f.status === 'fail' && !f.suppressed).length;
    assert.equal(diff.unchanged.length, open);
    assert.deepEqual(diffTotals(diff), { opens: 0, fixes: 0 });
  });

  it('a changed estate and policy: new, regressed, fixed (gone) and unconfirmed (accepted)', () => {
    const before = demo();
    const policy = `${POLICY}
  - id: accept-driver-uploads-acl
    check: s3-bucket-no-public-acl
    resource: { arn: "arn:aws:s3:::kestrel-driver-app-uploads" }
    reason: The driver app reads uploads anonymously until the signed-URL release.
    owner: Test Owner
    expires: "2027-06-30"
`;
    const after = demo((resources) => {
      // Regressed: a bucket that was encrypted loses its default encryption.
      byName(resources, 'kestrel-cloudtrail-logs-210987654321').encryption = null;
      // New: a second copy of the public website bucket.
      const site = byName(resources, 'kestrel-mkt-site-assets');
      resources.push({
        ...structuredClone(site),
        id: 'arn:aws:s3:::kestrel-mkt-site-assets-2',
        name: 'kestrel-mkt-site-assets-2',
      });
      // Fixed by removal: the original one is gone.
      resources.splice(resources.indexOf(site), 1);
    }, policy);
    const diff = diffScans(before, after, { now: DAY });
    // Without default encryption the bucket also no longer meets its classification's key custody.
    assert.deepEqual(lines(diff.regressed), [
      'kms-key-custody-meets-classification arn:aws:s3:::kestrel-cloudtrail-logs-210987654321 pass->fail',
      's3-bucket-default-encryption arn:aws:s3:::kestrel-cloudtrail-logs-210987654321 pass->fail',
    ]);
    assert.ok(diff.new.length > 0);
    assert.ok(
      diff.new.every(
        (c) => c.resource.id === 'arn:aws:s3:::kestrel-mkt-site-assets-2' && c.before === 'absent',
      ),
    );
    const gone = before.findings.filter(
      (f) => f.resource.name === 'kestrel-mkt-site-assets' && f.status === 'fail' && !f.suppressed,
    );
    assert.ok(gone.length > 0);
    assert.deepEqual(diff.fixed.map((c) => c.key).sort(), gone.map((f) => f.key).sort());
    assert.ok(diff.fixed.every((c) => c.after === 'absent'));
    assert.deepEqual(lines(diff.unconfirmed), [
      's3-bucket-no-public-acl arn:aws:s3:::kestrel-driver-app-uploads fail->accepted',
    ]);
    assert.deepEqual(diffTotals(diff), { opens: diff.new.length + 2, fixes: gone.length });
    // Most severe first.
    const ranks = diff.new.map((c) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(c.severity));
    assert.deepEqual(
      ranks,
      [...ranks].sort((x, y) => x - y),
    );
  });

  it('fixing the account-wide S3 block lifts the S3 identity cell from fail to partial (a duty still has no evidence)', () => {
    const before = demo();
    const after = demo((resources) => {
      const account = resources.find((r) => r.id === '123456789012') as Resource;
      account.s3PublicAccessBlock = {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      };
    });
    const diff = diffScans(before, after, { now: DAY });
    assert.deepEqual(diff.cells, [
      { service: 's3', name: 'Amazon S3', domain: 'identity-access', before: 'fail', after: 'partial' },
    ]);
    assert.ok(lines(diff.fixed).includes('s3-account-public-access-block 123456789012 fail->pass'));
  });

  it('exceptions: expired, and expiring within the window, counted from the day given', () => {
    const scanned = demo();
    const diff = diffScans(scanned, scanned, { now: new Date('2027-01-05T12:00:00Z') });
    assert.deepEqual(
      diff.exceptions.map((e) => [e.id, e.state, e.days]),
      [
        ['legacy-ftp-partner-ssh', 'expired', -97],
        ['web-imdsv1-monitoring-agent', 'expiring', 26],
      ],
    );
    // On its expiry day an exception still holds: expiring in 0 days, not expired.
    const last = diffScans(scanned, scanned, { now: new Date('2027-01-31T23:00:00Z'), windowDays: 0 });
    assert.deepEqual(
      last.exceptions.map((e) => [e.id, e.state, e.days]),
      [
        ['legacy-ftp-partner-ssh', 'expired', -123],
        ['web-imdsv1-monitoring-agent', 'expiring', 0],
      ],
    );
  });
});
