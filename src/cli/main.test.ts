import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../../test/helpers/cli.js';
import type { ResponsibilityMatrix, ScanResult } from '../engine/result.js';
import { PACKAGE_ROOT } from './paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'demarc-cli-'));

function writeSnapshot(name: string, resources: unknown[], extra: object = {}): string {
  const file = join(tmp, name);
  writeFileSync(
    file,
    JSON.stringify({ demarcSnapshot: 1, collectedAt: '2026-11-01T00:00:00Z', resources, ...extra }),
  );
  return file;
}

const bucket = (name: string, props: object) => ({
  type: 'S3Bucket',
  id: `arn:aws:s3:::${name}`,
  name,
  account: '123456789012',
  region: 'eu-west-1',
  tags: {},
  source: { kind: 'snapshot' },
  ...props,
});

describe('demarc checks', () => {
  it('lists at least 35 checks with complete metadata and unique ids', async () => {
    const { code, stdout } = await run(['checks', '--format', 'json']);
    assert.equal(code, 0);
    const checks = JSON.parse(stdout) as {
      id: string;
      frameworks: object;
      remediation: string;
      domain: string;
    }[];
    assert.ok(checks.length >= 35, `${checks.length} checks`);
    assert.equal(new Set(checks.map((c) => c.id)).size, checks.length);
    for (const c of checks) assert.ok(c.remediation && c.domain && c.frameworks, c.id);
  });
});

describe('demarc matrix', () => {
  it('answers where the line is per service, with tenancy changing EC2 isolation', async () => {
    const shared = await run(['matrix', '--services', 'ec2,rds,lambda', '--format', 'json']);
    const host = await run([
      'matrix',
      '--services',
      'ec2,rds,lambda',
      '--tenancy',
      'dedicated-host',
      '--format',
      'json',
    ]);
    assert.equal(host.code, 0);
    const a = JSON.parse(shared.stdout) as ResponsibilityMatrix;
    const b = JSON.parse(host.stdout) as ResponsibilityMatrix;
    assert.deepEqual(
      b.rows.map((r) => r.service),
      ['ec2', 'rds', 'lambda'],
    );
    const isolation = (m: ResponsibilityMatrix) =>
      m.rows[0]?.cells.find((c) => c.domain === 'tenant-isolation');
    // Issue 11: EC2 tenant isolation is shared on every tenancy (AWS isolates, the customer picks the
    // tenancy); what the tenancy changes is what each side holds.
    assert.equal(isolation(a)?.owner, 'shared');
    assert.notEqual(isolation(b)?.owner, 'aws');
    assert.notEqual(isolation(a)?.reason, isolation(b)?.reason);
    const ec2Patching = a.rows[0]?.cells.find((c) => c.domain === 'guest-os-patching');
    const rdsPatching = a.rows[1]?.cells.find((c) => c.domain === 'guest-os-patching');
    assert.equal(ec2Patching?.owner, 'customer');
    assert.ok(ec2Patching?.checks.includes('ssm-instance-patch-compliance'));
    assert.notEqual(rdsPatching?.owner, 'customer');
  });

  it('prints a readable table, colored only on a TTY without NO_COLOR', async () => {
    const plain = await run(['matrix', '--services', 's3']);
    const tty = await run(['matrix', '--services', 's3'], { tty: true });
    const noColor = await run(['matrix', '--services', 's3'], { tty: true, env: { NO_COLOR: '1' } });
    assert.match(plain.stdout, /Amazon S3/);
    assert.ok(!plain.stdout.includes('\u001b['));
    assert.ok(tty.stdout.includes('\u001b['));
    assert.ok(!noColor.stdout.includes('\u001b['));
  });

  it('rejects an unknown service in one line', async () => {
    const { code, stderr } = await run(['matrix', '--services', 'ec2,nope']);
    assert.equal(code, 2);
    assert.match(stderr, /^demarc: --services: unknown service 'nope'/);
    assert.equal(stderr.trim().split('\n').length, 1);
  });
});

describe('demarc scan --snapshot', () => {
  const good = writeSnapshot('good.json', [
    bucket('plain', { encryption: null, versioning: 'Disabled' }),
    bucket('fine', { encryption: { enabled: true, algorithm: 'AES256' }, versioning: 'Enabled' }),
  ]);

  it('reports findings as JSON with matrix and coverage', async () => {
    const { code, stdout } = await run(['scan', '--snapshot', good, '--format', 'json']);
    assert.equal(code, 0);
    const result = JSON.parse(stdout) as ScanResult;
    assert.equal(result.summary.resources, 2);
    const enc = result.findings.filter((f) => f.checkId === 's3-bucket-default-encryption');
    assert.deepEqual(enc.map((f) => [f.resource.name, f.status]).sort(), [
      ['fine', 'pass'],
      ['plain', 'fail'],
    ]);
    assert.ok(result.matrix.rows.some((r) => r.service === 's3'));
    assert.equal(result.coverage.complete, true);
    assert.ok(result.checks['s3-bucket-default-encryption']?.remediation);
  });

  it('--fail-on sets the exit code by severity', async () => {
    assert.equal((await run(['scan', '--snapshot', good, '--format', 'json', '--fail-on', 'high'])).code, 1);
    assert.equal(
      (await run(['scan', '--snapshot', good, '--format', 'json', '--fail-on', 'critical'])).code,
      0,
    );
    const bad = await run(['scan', '--snapshot', good, '--fail-on', 'urgent']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-on: expected low, medium, high or critical/);
  });

  it('exits 3 on coverage gaps unless --allow-gaps', async () => {
    const gappy = writeSnapshot('gaps.json', [], {
      gaps: [
        {
          service: 's3',
          region: 'global',
          api: 's3:ListBuckets',
          error: 'AccessDenied',
          resourceTypes: ['S3Bucket'],
        },
      ],
    });
    assert.equal((await run(['scan', '--snapshot', gappy, '--format', 'json'])).code, 3);
    assert.equal((await run(['scan', '--snapshot', gappy, '--format', 'json', '--allow-gaps'])).code, 0);
  });

  it('writes the report to --output and the summary to stderr', async () => {
    const out = join(tmp, 'out.json');
    const { code, stdout, stderr } = await run([
      'scan',
      '--snapshot',
      good,
      '--format',
      'json',
      '--output',
      out,
    ]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /2 resources/);
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as ScanResult).summary.resources, 2);
  });

  it('names the JSON path of an invalid snapshot in one line', async () => {
    const broken = writeSnapshot('broken.json', [bucket('x', { encryption: { enabled: 'yes' } })]);
    const { code, stderr } = await run(['scan', '--snapshot', broken]);
    assert.equal(code, 2);
    assert.match(
      stderr,
      /broken\.json: invalid snapshot at resources\[0\]\.encryption\.enabled \(S3Bucket arn:aws:s3:::x\)/,
    );
    assert.equal(stderr.trim().split('\n').length, 1);
  });

  it('names the line of a snapshot that is not JSON', async () => {
    const file = join(tmp, 'notjson.json');
    writeFileSync(file, '{\n  "demarcSnapshot": 1,\n  "resources": [\n    oops\n  ]\n}\n');
    const { code, stderr } = await run(['scan', '--snapshot', file]);
    assert.equal(code, 2);
    assert.match(stderr, /notjson\.json:4:\d+: not valid JSON/);
  });

  it('a missing file is a one-line error, not a stack trace (real process)', () => {
    const child = spawnSync(
      process.execPath,
      [`${PACKAGE_ROOT}bin/demarc.js`, 'scan', '--snapshot', join(tmp, 'missing.json')],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(child.status, 2);
    assert.match(child.stderr, /^demarc: .*missing\.json: cannot read snapshot \(ENOENT\)\n$/);
  });
});

describe('demarc COMMAND --help', () => {
  for (const command of ['scan', 'collect', 'matrix', 'checks', 'schema', 'init']) {
    it(`${command} --help prints that command's usage and exits 0`, async () => {
      const { code, stdout, stderr } = await run([command, '--help']);
      assert.equal(code, 0, stderr);
      assert.match(stdout, new RegExp(`usage:( |\\n  )demarc ${command}`));
      assert.equal(stderr, '');
    });
  }

  it('an unknown command is a one-line usage error, and Object members are not commands', async () => {
    for (const name of ['nosuch', 'constructor', 'toString']) {
      const { code, stderr } = await run([name]);
      assert.equal(code, 2);
      assert.match(stderr, /^demarc: unknown command/);
    }
  });
});
