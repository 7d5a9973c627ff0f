import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../test/helpers/paths.js';
import { hookScanArgs } from './pre-commit.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'demarc') ?? assert.fail('no demarc hook');
const bins = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }
).bin;

/** A public Redshift cluster: a critical failure. */
const PUBLIC_CLUSTER = `Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.large
      DBName: analytics
      MasterUsername: admin
      ManageMasterPassword: true
      PubliclyAccessible: true
`;

/** A work tree with a failing template, a CI workflow (YAML, not infrastructure) and a README. */
function workTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demarc-pre-commit-'));
  mkdirSync(join(dir, 'infra'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, 'infra/warehouse.yaml'), PUBLIC_CLUSTER);
  writeFileSync(join(dir, '.github/ci.yml'), 'on: push\njobs: {}\n');
  writeFileSync(join(dir, 'README.md'), '# hello\n');
  return dir;
}

/** Runs the hook's entry as pre-commit would: args, then the changed files that match `files`. */
function runHook(cwd: string, changed: string[], args: string[] = []) {
  const files = changed.filter((f) => new RegExp(hook.files).test(f));
  const bin = bins[hook.entry] ?? assert.fail(`entry '${hook.entry}' is not a bin of the package`);
  return spawnSync(process.execPath, [join(REPO_ROOT, bin), ...args, ...files], { cwd, encoding: 'utf8' });
}

describe('the pre-commit hook', () => {
  it('is a node hook whose entry is a bin of this package', () => {
    assert.equal(hook.language, 'node');
    assert.ok(bins[hook.entry]);
    assert.ok(new RegExp(hook.files).test('infra/stack.template'));
    assert.ok(new RegExp(hook.files).test('main.tf'));
    assert.ok(!new RegExp(hook.files).test('README.md'));
  });

  it('stops a commit that adds a failing template, naming the file and line', () => {
    const cwd = workTree();
    const run = runHook(cwd, ['infra/warehouse.yaml', '.github/ci.yml', 'README.md']);
    assert.equal(run.status, 1, run.stderr);
    assert.match(
      run.stdout,
      /CRITICAL ✗ redshift-cluster-not-public {2}RedshiftCluster Warehouse \(infra\/warehouse\.yaml:2\)/,
    );
    assert.equal(run.stderr, '', 'the workflow YAML is skipped, not called bad input');
  });

  it('lets the commit through when only other files changed, or with a looser --fail-on', () => {
    const cwd = workTree();
    const none = runHook(cwd, ['.github/ci.yml', 'README.md']);
    assert.equal(none.status, 0, none.stderr);
    assert.equal(none.stdout, '');
    const loose = runHook(cwd, ['infra/warehouse.yaml'], ['--fail-on=critical', '--allow-gaps']);
    assert.equal(loose.status, 1, 'critical still fails');
    const accepted = runHook(cwd, ['infra/warehouse.yaml'], ['--format', 'json', '--fail-on', 'critical']);
    assert.equal(accepted.status, 1);
    assert.equal(JSON.parse(accepted.stdout).meta.source.kind, 'cloudformation');
  });

  it("reads flags with scan's definitions: a flag's value is not a changed file", () => {
    const cwd = workTree();
    writeFileSync(join(cwd, 'demarc.yaml'), 'version: 1\n');
    assert.deepEqual(hookScanArgs(['--config', 'demarc.yaml', 'infra/warehouse.yaml', 'README.md'], cwd), [
      'scan',
      'infra/warehouse.yaml',
      '--fail-on',
      'high',
      '--config',
      'demarc.yaml',
    ]);
    writeFileSync(join(cwd, 'infra/main.tf'), 'resource "aws_s3_bucket" "b" {}\n');
    assert.deepEqual(hookScanArgs(['infra/main.tf', 'gone.yaml'], cwd), [
      'scan',
      'infra',
      '--fail-on',
      'high',
    ]);
    assert.equal(hookScanArgs(['.github/ci.yml'], cwd), undefined);
  });
});
