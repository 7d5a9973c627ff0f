import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../test/helpers/cli.js';
import { exampleSource } from '../../test/helpers/examples.js';
import type { ScanResult } from '../engine/result.js';
import { PACKAGE_ROOT } from './paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'demarc-inputs-'));
const fifo = join(tmp, 'estate.json');
execFileSync('mkfifo', [fifo]);
const zero = join(tmp, 'zero.json');
symlinkSync('/dev/zero', zero);
const random = join(tmp, 'random.yaml');
symlinkSync('/dev/urandom', random);

/**
 * The CLI as a child process with a deadline: a read that blocks on a FIFO or never ends on
 * /dev/zero shows as a killed child (a failure), not as a hung test suite.
 */
function cli(args: string[], cwd = tmp) {
  const child = spawnSync(process.execPath, [`${PACKAGE_ROOT}bin/demarc.js`, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    killSignal: 'SIGKILL',
  });
  assert.equal(child.signal, null, `demarc ${args.join(' ')} did not finish (killed by the deadline)`);
  return child;
}

const oneLine = (text: string) => text.split('\n').length === 2 && text.endsWith('\n');

describe('special files are refused before they are read', () => {
  const cases: [string[], RegExp][] = [
    [['scan', fifo], /estate\.json: cannot read: not a regular file \(a FIFO\)/],
    [['scan', zero], /zero\.json: cannot read: not a regular file \(a character device\)/],
    [['scan', random], /random\.yaml: cannot read: not a regular file \(a character device\)/],
    [['scan', '--snapshot', fifo], /estate\.json: cannot read snapshot: not a regular file \(a FIFO\)/],
    [
      ['scan', '--snapshot', zero],
      /zero\.json: cannot read snapshot: not a regular file \(a character device\)/,
    ],
    [['scan', '--snapshot', tmp], /cannot read snapshot: not a regular file \(a directory\)/],
    [
      ['scan', '--demo', '--config', fifo],
      /estate\.json: cannot read policy file: not a regular file \(a FIFO\)/,
    ],
    [['scan', '--demo', '--config', zero], /zero\.json: cannot read policy file: not a regular file/],
    [
      ['init', '--snapshot', fifo, '--output', join(tmp, 'p.yaml')],
      /estate\.json: cannot read snapshot: not a regular file/,
    ],
  ];
  for (const [args, expected] of cases) {
    it(`demarc ${args.join(' ').replaceAll(tmp, '…')}: exit 2, one line`, () => {
      const child = cli(args);
      assert.equal(child.status, 2, child.stderr);
      assert.match(child.stderr, expected);
      assert.ok(oneLine(child.stderr), child.stderr);
    });
  }

  it('a ./demarc.yaml that is a FIFO is refused, not waited on', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'demarc-inputs-'));
    execFileSync('mkfifo', [join(cwd, 'demarc.yaml')]);
    const child = cli(['scan', '--snapshot', join(PACKAGE_ROOT, 'examples/demo-account.json')], cwd);
    assert.equal(child.status, 2, child.stderr);
    assert.match(child.stderr, /demarc\.yaml: cannot read policy file: not a regular file \(a FIFO\)/);
  });

  it('a FIFO inside a scanned folder is passed over, the templates beside it are read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarc-inputs-'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    writeFileSync(join(dir, 't.yaml'), exampleSource('rds-storage-encrypted', 'cloudformation', 'fail'));
    const child = cli(['scan', dir, '--format', 'json']);
    assert.equal(child.stderr, '');
    assert.ok((JSON.parse(child.stdout) as ScanResult).findings.length > 0);
  });
});

describe('policy files have a small size limit of their own', () => {
  it('a 10 MB string in the policy file is one line, exit 2', async () => {
    const file = join(tmp, 'huge.yaml');
    writeFileSync(file, `version: 1\nclassification:\n  tagKey: "${'x'.repeat(10_000_000)}"\n`);
    const run = await runCli(['scan', '--demo', '--config', file]);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /^demarc: .*huge\.yaml: cannot read policy file: larger than 1 MiB, the limit for a policy file\n$/,
    );
  });
});

describe('a UTF-8 byte-order mark is accepted in every input', () => {
  const withBom = (from: string, name: string, text = readFileSync(join(PACKAGE_ROOT, from), 'utf8')) => {
    const file = join(tmp, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `\uFEFF${text}`);
    return file;
  };
  const findings = async (args: string[]) => {
    const run = await runCli([...args, '--format', 'json']);
    assert.ok(run.code !== 2 && run.code !== 70, run.stderr);
    return (JSON.parse(run.stdout) as ScanResult).findings.map(
      (f) => `${f.checkId} ${f.resource.id} ${f.status}`,
    );
  };

  it('snapshot and policy', async () => {
    const snapshot = withBom('examples/demo-account.json', 'bom/snapshot.json');
    const policy = withBom('examples/demarc.yaml', 'bom/demarc.yaml');
    const plain = await findings([
      'scan',
      '--snapshot',
      join(PACKAGE_ROOT, 'examples/demo-account.json'),
      '--config',
      join(PACKAGE_ROOT, 'examples/demarc.yaml'),
    ]);
    assert.deepEqual(await findings(['scan', '--snapshot', snapshot, '--config', policy]), plain);
  });

  for (const [format, name] of [
    ['cloudformation', 'rds.yaml'],
    ['terraform-plan', 'rds.plan.json'],
  ] as const) {
    it(`the rds-storage-encrypted ${format} example`, async () => {
      const file = withBom('', `bom/${name}`, exampleSource('rds-storage-encrypted', format, 'fail'));
      const failed = (await findings(['scan', file])).filter((f) => f.endsWith(' fail'));
      assert.ok(failed.length > 0);
    });
  }

  it('a JSON CloudFormation template', async () => {
    const file = join(tmp, 'bom/template.json');
    writeFileSync(
      file,
      `\uFEFF${JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { StorageEncrypted: false } } } })}`,
    );
    assert.ok((await findings(['scan', file])).some((f) => f.endsWith(' fail')));
  });
});

describe('an empty flag value is a usage error', () => {
  const cases = [
    ['scan', '--demo', '--config', ''],
    ['scan', '--demo', '--output', ''],
    ['scan', '--demo', '--output-dir='],
    ['scan', '--snapshot', ''],
    ['scan', '--profile', '', '--region', 'eu-west-1'],
    ['scan', '--region', ''],
    ['scan', '--demo', '--format', ''],
    ['scan', '--demo', '--fail-on', ' '],
    ['scan', 'x.yaml', '--parameter', ''],
    ['collect', '--out', ''],
    ['matrix', '--config', ''],
    ['checks', '--output', ''],
    ['init', '--snapshot', ''],
    ['scan', ''],
  ];
  for (const args of cases) {
    it(`demarc ${args.map((a) => (a === '' ? '""' : a)).join(' ')}`, async () => {
      const run = await runCli(args);
      assert.equal(run.code, 2, run.stderr);
      assert.match(
        run.stderr,
        /^demarc: (--[a-z-]+: expected a value, got an empty string|an empty argument where a path was expected \(an unset variable\?\))\n$/,
      );
      assert.equal(run.stdout, '');
    });
  }
});
