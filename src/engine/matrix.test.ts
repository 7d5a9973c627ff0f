import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resource, TEST_ACCOUNT, TEST_NOW } from '../../test/helpers/checks.js';
import { demoScan } from '../../test/helpers/scans.js';
import type { AnyCheck } from '../checks/check.js';
import { CHECKS, findCheck } from '../checks/registry.js';
import { Inventory } from '../inventory/inventory.js';
import { ACCOUNT_CELLS } from '../model/services.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { citationText, coverageText } from '../report/coverage.js';
import { buildMatrix, cellEvidence } from './matrix.js';
import type { ScanResult } from './result.js';
import { scan } from './run.js';

function scanWith(inventory: Inventory, checks: readonly AnyCheck[]): ScanResult {
  return scan({
    inventory,
    policy: DEFAULT_POLICY,
    checks,
    source: { kind: 'snapshot', inputs: ['test'] },
    version: 'test',
    startedAt: TEST_NOW,
    finishedAt: TEST_NOW,
    now: TEST_NOW,
  });
}

const cellOf = (result: ScanResult, service: string, domain: string, tenancy?: string) =>
  result.matrix.rows
    .find((r) => r.service === service && (tenancy === undefined || r.tenancy === tenancy))
    ?.cells.find((c) => c.domain === domain);

describe('matrix: evidence by duty', () => {
  it('one narrow passing check no longer paints a whole cell green', () => {
    const versioning = findCheck('s3-bucket-versioning') as AnyCheck;
    const bucket = resource('S3Bucket', { name: 'kept', versioning: 'Enabled' });
    const cell = cellOf(scanWith(new Inventory([bucket]), [versioning]), 's3', 'backup-recovery');
    assert.equal(cell?.counts.pass, 1);
    assert.equal(cell?.evidence, 'partial', 'the other backup duty has no evidence');
    assert.deepEqual(
      cell?.duties?.map((d) => [d.id, d.evidence]),
      [
        ['s3.backup.versioning', 'pass'],
        ['s3.backup.replication-or-backup', 'no_evidence'],
      ],
    );
    assert.equal(coverageText(cell ?? assert.fail()), '1 of 2 duties evidenced: 1 pass; 1 no evidence');
  });

  it('a cell is the worst of its duties, and partial only while some duty has no evidence', () => {
    assert.equal(cellEvidence(['pass', 'pass']), 'pass');
    assert.equal(cellEvidence(['pass', 'attested']), 'attested');
    assert.equal(cellEvidence(['pass', 'no_evidence']), 'partial');
    assert.equal(cellEvidence(['attested', 'no_evidence']), 'partial');
    assert.equal(cellEvidence(['no_evidence', 'no_evidence']), 'no_evidence');
    assert.equal(cellEvidence(['pass', 'fail', 'no_evidence']), 'fail');
    assert.equal(cellEvidence(['pass', 'not_assessed']), 'not_assessed');
    assert.equal(cellEvidence(['pass', 'expired']), 'expired');
    assert.equal(cellEvidence([]), 'no_evidence');
  });

  it('counts every finding of a check once, under the one duty it claims', () => {
    const result = demoScan();
    for (const row of result.matrix.rows) {
      for (const cell of row.cells) {
        if (cell.owner === 'aws') {
          assert.equal(cell.duties, undefined);
          continue;
        }
        const duties = cell.duties ?? assert.fail(`${row.name} ${cell.domain} has no duties`);
        const found = (d: (typeof duties)[number]) =>
          (d.counts?.pass ?? 0) + (d.counts?.fail ?? 0) + (d.counts?.not_assessed ?? 0);
        const sum = duties.reduce((n, d) => n + found(d), 0);
        assert.equal(sum, cell.counts.pass + cell.counts.fail + cell.counts.not_assessed);
        assert.equal(cell.coverage?.duties, duties.length);
        assert.ok(
          !(cell.evidence === 'pass' && (cell.coverage?.no_evidence ?? 0) > 0),
          `${row.name} ${cell.domain}`,
        );
      }
    }
  });

  // Issue 11, "checks in the wrong cell": in the demo the ELB logging cell was red only because the
  // CloudTrail trail was not encrypted with KMS, a key-custody check.
  it('keeps the CloudTrail key check out of every logging cell and in the CloudTrail key cell', () => {
    const result = demoScan();
    for (const row of result.matrix.rows) {
      const logging = row.cells.find((c) => c.domain === 'logging-monitoring');
      assert.ok(!logging?.checks.includes('cloudtrail-encrypted-with-kms'), row.name);
    }
    const trail = resource('CloudTrailTrail', {
      name: 'org-trail',
      isMultiRegion: true,
      logFileValidation: false,
      kmsKeyId: null,
    });
    const bucket = resource('S3Bucket', { name: 'b' });
    const checks = ['cloudtrail-encrypted-with-kms', 'cloudtrail-log-file-validation'].map(
      (id) => findCheck(id) as AnyCheck,
    );
    const scanned = scanWith(new Inventory([trail, bucket]), checks);
    assert.equal(cellOf(scanned, 'cloudtrail', 'key-management')?.evidence, 'fail');
    assert.equal(cellOf(scanned, 'cloudtrail', 'client-side-encryption')?.evidence, 'fail');
    assert.equal(cellOf(scanned, 's3', 'logging-monitoring')?.counts.fail, 0);
    assert.equal(cellOf(scanned, 's3', 'key-management')?.counts.fail, 0);
  });

  it('shows a tenancy failure in the EC2 tenant-isolation cell, now shared', () => {
    const check = findCheck('ec2-instance-tenancy-meets-classification') as AnyCheck;
    const instance = resource('Ec2Instance', {
      name: 'db',
      tenancy: 'default',
      tags: { DataClassification: 'restricted' },
    });
    const cell = cellOf(scanWith(new Inventory([instance]), [check]), 'ec2', 'tenant-isolation', 'shared');
    assert.equal(cell?.owner, 'shared');
    assert.equal(cell?.evidence, 'fail');
    assert.deepEqual(cell?.checks, ['ec2-instance-tenancy-meets-classification']);
  });

  it('gives every cell of a scan its citation', () => {
    const result = scanWith(new Inventory([resource('S3Bucket'), resource('Ec2Instance')]), CHECKS);
    for (const row of [...result.matrix.rows, ...(result.matrix.accounts ?? [])]) {
      for (const cell of row.cells) {
        assert.match(citationText(row, cell), /^https:\/\/\S+ \(read \d{4}-\d{2}-\d{2}\)$/);
      }
    }
    // A cell decided by its own page names it; training (held once, in the account row) cites
    // AWS's shared responsibility overview.
    const training = result.matrix.accounts?.[0]?.cells.find((c) => c.domain === 'awareness-training');
    assert.match(training?.citation?.url ?? '', /shared-responsibility-model/);
    assert.match(cellOf(result, 'ec2', 'tenant-isolation')?.citation?.url ?? '', /dedicated-instance/);
    assert.equal(cellOf(result, 's3', 'physical')?.citation, undefined, "the row's chapter decides it");
  });
});

describe('matrix: account rows (issue 11)', () => {
  const other = '210987654321';
  const rootOf = (account: string, mfa: boolean) =>
    resource('AwsAccount', { name: account, account, rootMfaEnabled: mfa });

  it('shows root credentials, training and incident response once per account, on no service row', () => {
    const result = scanWith(
      new Inventory([rootOf(TEST_ACCOUNT, false), resource('S3Bucket'), resource('Ec2Instance')]),
      CHECKS,
    );
    for (const row of result.matrix.rows) {
      const domains = row.cells.map((c) => c.domain);
      assert.ok(!domains.includes('account-root') && !domains.includes('awareness-training'), row.name);
      const duties = row.cells.flatMap((c) => (c.duties ?? []).map((d) => d.id));
      for (const id of [
        'account.root.mfa',
        'account.logging.incident-response',
        'account.training.security-awareness',
      ]) {
        assert.ok(!duties.includes(id), `${row.name} repeats ${id}`);
      }
    }
    assert.deepEqual(
      result.matrix.domains.map((d) => d.id),
      result.matrix.rows[0]?.cells.map((c) => c.domain),
    );
    assert.equal(result.matrix.accounts?.length, 1);
    const account = result.matrix.accounts?.[0];
    assert.equal(account?.account, TEST_ACCOUNT);
    const root = account?.cells.find((c) => c.domain === 'account-root');
    assert.equal(root?.evidence, 'fail');
    assert.equal(root?.counts.fail, 1, 'the root failure is counted once, not once per service');
    const logging = account?.cells.find((c) => c.domain === 'logging-monitoring');
    assert.deepEqual(
      logging?.duties?.map((d) => d.id),
      ['account.logging.multi-region-trail', 'account.logging.incident-response'],
    );
    // The S3 logging cell is judged by S3's own logs, no longer red because of the trail.
    assert.ok(
      !cellOf(result, 's3', 'logging-monitoring')?.checks.includes('cloudtrail-multi-region-enabled'),
    );
  });

  it('gives each account its own row, judged by its own root user', () => {
    const result = scanWith(new Inventory([rootOf(TEST_ACCOUNT, true), rootOf(other, false)]), CHECKS);
    const rows = result.matrix.accounts ?? [];
    assert.deepEqual(
      rows.map((r) => r.account),
      [other, TEST_ACCOUNT].sort(),
    );
    const rootEvidence = (account: string) =>
      rows.find((r) => r.account === account)?.cells.find((c) => c.domain === 'account-root')?.duties?.[0];
    assert.equal(rootEvidence(TEST_ACCOUNT)?.evidence, 'pass');
    assert.equal(rootEvidence(other)?.evidence, 'fail');
  });

  it('has one account row for the model alone (demarc matrix)', () => {
    const matrix = buildMatrix([{ service: 's3' }], CHECKS, [], TEST_NOW);
    assert.equal(matrix.accounts?.length, 1);
    assert.equal(matrix.accounts?.[0]?.account, undefined);
    assert.deepEqual(
      matrix.accounts?.[0]?.cells.map((c) => c.domain),
      ACCOUNT_CELLS.map((c) => c.domain),
    );
  });
});
