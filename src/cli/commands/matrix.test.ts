import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../../test/helpers/cli.js';
import { demoScan } from '../../../test/helpers/scans.js';

describe('demarc matrix --framework', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demarc-matrix-'));
  const scanFile = join(dir, 'scan.json');
  writeFileSync(scanFile, JSON.stringify(demoScan()));

  it("prints each control of the framework with demarc's evidence from a saved scan", async () => {
    const run = await runCli(['matrix', '--framework', 'nist-800-53-r5', '--result', scanFile]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^AC-2 +Account Management — customer: not met$/m);
    assert.match(run.stdout, /^PE-3 +Physical Access Control — inherited from AWS/m);
  });

  it('gives the customer responsibility matrix as CSV and the component definition as OSCAL', async () => {
    const csv = await runCli([
      'matrix',
      '--framework',
      'pci-dss-4.0',
      '--result',
      scanFile,
      '--format',
      'csv',
    ]);
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stdout, /^Control ID,Control Title,Responsibility,Can Be Inherited/);
    const oscal = await runCli(['matrix', '--framework', 'csa-ccm-v4', '--format', 'oscal']);
    assert.equal(oscal.code, 0, oscal.stderr);
    assert.ok(JSON.parse(oscal.stdout)['component-definition']);
  });

  it('refuses an unknown framework and a file that is no scan result, in one line each', async () => {
    const unknown = await runCli(['matrix', '--framework', 'iso-27001']);
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /^demarc: --framework: unknown framework 'iso-27001' \(known: .*nist-800-53-r5.*\)\n$/,
    );
    const notScan = join(dir, 'not-a-scan.json');
    writeFileSync(notScan, '{"findings": []}');
    const bad = await runCli(['matrix', '--framework', 'cis-aws-5.0', '--result', notScan]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /not-a-scan\.json: not a demarc scan result/);
    assert.equal(bad.stderr.split('\n').filter(Boolean).length, 1);
    const oscalAlone = await runCli(['matrix', '--format', 'oscal']);
    assert.equal(oscalAlone.code, 2);
  });
});

describe('demarc matrix --format csv', () => {
  it('lists each cell once: the service rows, then the account row with the duties held once', async () => {
    const run = await runCli(['matrix', '--services', 's3,ec2', '--format', 'csv']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\r\n').filter(Boolean);
    assert.equal(lines[0], 'Row,Kind,Domain,Owner,Evidence,Duties,Reason,Source');
    const root = lines.filter((l) => l.includes(',Account and root credentials,'));
    assert.equal(root.length, 1, 'root credentials once, in the account row');
    assert.match(
      root[0] ?? '',
      /^Account \/ organization,account,Account and root credentials,customer,no_evidence,/,
    );
    assert.equal(lines.filter((l) => l.startsWith('Amazon S3,service,')).length, 16);
  });
});
