import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../../test/helpers/cli.js';
import { exampleSource } from '../../test/helpers/examples.js';
import type { ScanResult } from '../engine/result.js';

const STACK = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Versioning:
    Type: String
    Default: Suspended
Resources:
  Reports:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: !Ref Versioning
  Scratch:
    Type: AWS::S3::Bucket
    Metadata:
      demarc:
        suppress:
          - check: s3-bucket-versioning
            reason: scratch space, rebuilt every night
    Properties:
      VersioningConfiguration: { Status: Suspended }
`;

/** A repository with a template, a broken template and a README, scanned from its infra/ folder. */
function repository(): { root: string; infra: string } {
  const root = mkdtempSync(join(tmpdir(), 'demarc-repo-'));
  mkdirSync(join(root, '.git'));
  const infra = join(root, 'infra');
  mkdirSync(infra);
  writeFileSync(join(infra, 'stack.yaml'), STACK);
  writeFileSync(
    join(infra, 'broken.yaml'),
    'Resources:\n  Bad:\n    Type: AWS::S3::Bucket\n   Properties: {\n',
  );
  writeFileSync(join(infra, 'notes.yaml'), 'title: not infrastructure\n');
  mkdirSync(join(infra, 'tf'));
  writeFileSync(
    join(infra, 'tf', 'reports.plan.json'),
    exampleSource('s3-bucket-versioning', 'terraform-plan', 'fail'),
  );
  return { root, infra };
}

const versioningOf = (result: ScanResult, name: string) =>
  result.findings.find((f) => f.checkId === 's3-bucket-versioning' && f.resource.name === name);

describe('demarc scan PATH (infrastructure as code)', () => {
  it('reports the readable files with file and line from the repository root, names the broken one, exits 2', async () => {
    const { infra } = repository();
    const out = await run(['scan', '.', '--format', 'json'], { cwd: infra });
    assert.equal(out.code, 2);
    assert.match(out.stderr, /^demarc: error: infra\/broken\.yaml:4: not valid YAML/m);
    assert.equal(out.stderr.trim().split('\n').length, 1, out.stderr);
    const result = JSON.parse(out.stdout) as ScanResult;
    const reports = versioningOf(result, 'Reports');
    assert.equal(reports?.status, 'fail');
    assert.deepEqual([reports?.resource.source.file, reports?.resource.source.line], ['infra/stack.yaml', 7]);
    assert.equal(result.coverage.complete, false);
    assert.deepEqual(
      result.coverage.gaps.map((g) => g.file),
      ['infra/broken.yaml'],
    );
    assert.deepEqual(
      result.matrix.rows.map((r) => r.service),
      ['s3'],
      'the matrix holds the services the templates use',
    );
    const planned = versioningOf(result, 'kestrel-reports');
    assert.equal(planned?.status, 'fail');
    assert.deepEqual(
      [planned?.resource.source.kind, planned?.resource.source.file, planned?.resource.source.line],
      ['terraform', 'infra/tf/reports.plan.json', 8],
    );
    assert.equal(result.meta.source.kind, 'iac');
  });

  it('applies --parameter values, and keeps in-code suppressions visible, marked', async () => {
    const { infra } = repository();
    const args = ['scan', 'stack.yaml', '--format', 'json'];
    const before = await run(args, { cwd: infra });
    assert.equal(versioningOf(JSON.parse(before.stdout), 'Reports')?.status, 'fail');
    const after = await run([...args, '--parameter', 'Versioning=Enabled'], { cwd: infra });
    const result = JSON.parse(after.stdout) as ScanResult;
    assert.equal(versioningOf(result, 'Reports')?.status, 'pass');
    const scratch = versioningOf(result, 'Scratch');
    assert.equal(scratch?.status, 'fail');
    assert.deepEqual(scratch?.suppressed, { by: 'inline', reason: 'scratch space, rebuilt every night' });
    assert.equal(after.code, 0, after.stderr);
  });

  it('writes SARIF beside JSON, located relative to the repository root', async () => {
    const { root, infra } = repository();
    const outDir = join(root, 'out');
    const out = await run(['scan', 'stack.yaml', '--format', 'json,sarif', '--output-dir', outDir], {
      cwd: infra,
    });
    assert.equal(out.code, 0, out.stderr);
    const sarif = JSON.parse(readFileSync(join(outDir, 'demarc.sarif'), 'utf8'));
    const result = sarif.runs[0].results.find(
      (r: { ruleId: string; suppressions?: unknown }) =>
        r.ruleId === 's3-bucket-versioning' && !r.suppressions,
    );
    assert.deepEqual(result.locations[0].physicalLocation, {
      artifactLocation: { uri: 'infra/stack.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7 },
    });
  });

  it('refuses a named file in no known format, a bad --parameter, and an empty folder', async () => {
    const { infra } = repository();
    const notes = await run(['scan', 'notes.yaml'], { cwd: infra });
    assert.equal(notes.code, 2);
    assert.match(notes.stderr, /infra\/notes\.yaml: neither a CloudFormation template nor a Terraform plan/);
    const parameter = await run(['scan', 'stack.yaml', '--parameter', 'Versioning'], { cwd: infra });
    assert.equal(parameter.code, 2);
    assert.equal(parameter.stderr, "demarc: --parameter: expected Key=Value, got 'Versioning'\n");
    const empty = mkdtempSync(join(tmpdir(), 'demarc-empty-'));
    const none = await run(['scan', empty], { cwd: empty });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no CloudFormation template, Terraform plan or Terraform configuration found/);
  });
});
