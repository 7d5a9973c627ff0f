import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../../test/helpers/cli.js';
import type { ScanResult } from '../../engine/result.js';
import type { Inventory } from '../../inventory/inventory.js';
import { parsePolicy } from '../../policy/parse.js';
import { estateFacts } from './init.js';

/** The CLI run from a directory of its own (a fresh one unless given). */
const run = (args: string[], cwd = mkdtempSync(join(tmpdir(), 'demarc-init-'))) => runCli(args, { cwd });

const oneLine = (text: string) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

describe('demarc init', () => {
  it('writes a commented, valid demarc.yaml to the working directory and refuses to overwrite it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'demarc-init-'));
    const first = await run(['init'], cwd);
    assert.equal(first.code, 0, first.stderr);
    const file = join(cwd, 'demarc.yaml');
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^# demarc policy/);
    assert.doesNotThrow(() => parsePolicy(text, file));
    assert.match(first.stderr, /demarc init --live --force/, 'says how to fit it to a live account');

    writeFileSync(file, 'version: 1 # mine\n');
    const second = await run(['init'], cwd);
    assert.equal(second.code, 2);
    assert.equal(second.stderr, 'demarc: demarc.yaml: already exists; use --force to overwrite it\n');
    assert.equal(readFileSync(file, 'utf8'), 'version: 1 # mine\n', 'left untouched');

    const forced = await run(['init', '--force'], cwd);
    assert.equal(forced.code, 0);
    assert.match(readFileSync(file, 'utf8'), /^# demarc policy/);
  });

  it('--demo fits the starter to the demo estate, written where --output says', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'demarc-init-'));
    const result = await run(['init', '--demo', '--output', 'policy/../kestrel.yaml'], cwd);
    assert.equal(result.code, 0, result.stderr);
    const text = readFileSync(join(cwd, 'kestrel.yaml'), 'utf8');
    assert.match(text, /from examples\/demo-account\.json/);
    assert.match(text, /Found on \d+ of \d+ resources: /);
    const policy = parsePolicy(text, 'kestrel.yaml');
    assert.deepEqual(
      policy.allowedJurisdictions,
      ['EU', 'US'],
      'the demo runs in eu-west-1, eu-central-1 and us-east-1',
    );
    assert.ok(!existsSync(join(cwd, 'demarc.yaml')));
  });

  it('fails in one line on bad input', async () => {
    const missing = await run(['init', '--snapshot', 'nope.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^demarc: nope\.json: cannot read snapshot \(ENOENT\)\n$/);
    const both = await run(['init', '--demo', '--snapshot', 'x.json']);
    assert.equal(both.code, 2);
    assert.ok(oneLine(both.stderr));
  });
});

describe('demarc scan with a policy file', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'demarc-policy-'));
  const snapshot = join(tmp, 'estate.json');
  writeFileSync(
    snapshot,
    JSON.stringify({
      demarcSnapshot: 1,
      collectedAt: '2026-11-20T08:30:00Z',
      resources: [
        {
          type: 'S3Bucket',
          id: 'arn:aws:s3:::www-static',
          name: 'www-static',
          account: '123456789012',
          region: 'eu-west-1',
          tags: { Team: 'web' },
          source: { kind: 'snapshot' },
          encryption: null,
        },
      ],
    }),
  );
  const policyFile = (name: string, lines: string[]) => {
    const file = join(tmp, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const accepted = (check: string, expires = '"2027-01-31"') => [
    'version: 1',
    'exceptions:',
    '  - id: www-encryption',
    `    check: ${check}`,
    '    resource: { arn: "arn:aws:s3:::www-*", tags: { Team: web } }',
    '    reason: public assets only',
    '    owner: Web lead',
    `    expires: ${expires}`,
  ];

  it('an exception keeps the finding visible but stops it failing --fail-on', async () => {
    const plain = await run(['scan', '--snapshot', snapshot, '--fail-on', 'high', '--format', 'json']);
    assert.equal(plain.code, 1, 'unencrypted bucket fails high');
    const config = policyFile(
      'accepted.yaml',
      accepted('[s3-bucket-default-encryption, kms-key-custody-meets-classification]'),
    );
    const withException = await run([
      'scan',
      '--snapshot',
      snapshot,
      '--config',
      config,
      '--fail-on',
      'high',
      '--format',
      'json',
    ]);
    assert.equal(withException.code, 0, withException.stderr);
    const result = JSON.parse(withException.stdout) as ScanResult;
    const finding = result.findings.find((f) => f.checkId === 's3-bucket-default-encryption');
    assert.equal(finding?.status, 'fail');
    assert.equal(finding?.suppressed?.exceptionId, 'www-encryption');
    assert.equal(result.policy?.exceptions.active[0]?.matched, 2);
    assert.equal(result.summary.failedBySeverity.high, 0);
  });

  it('an expired exception fails the run again and is reported', async () => {
    const config = policyFile('expired.yaml', accepted('s3-bucket-default-encryption', '"2026-10-31"'));
    const result = await run(['scan', '--snapshot', snapshot, '--config', config, '--fail-on', 'high']);
    assert.equal(result.code, 1);
    assert.match(
      result.stdout,
      /! www-encryption \(Web lead\) expired 2026-10-31: 1 finding\(s\) of s3-bucket-default-encryption count again/,
    );
  });

  it('a bad policy file stops the scan with one line naming file and line', async () => {
    const cases: [string, string[], RegExp][] = [
      [
        'unknown-check.yaml',
        accepted('s3-bucket-encryption'),
        /unknown-check\.yaml:4: exceptions\[0\]\.check: unknown check 's3-bucket-encryption'/,
      ],
      [
        'no-owner.yaml',
        accepted('s3-bucket-default-encryption').filter((l) => !l.includes('owner')),
        /no-owner\.yaml:3: exceptions\[0\]\.owner: missing required field 'owner'/,
      ],
      [
        'bad-date.yaml',
        accepted('s3-bucket-default-encryption', '"next year"'),
        /bad-date\.yaml:8: exceptions\[0\]\.expires: expected a date as YYYY-MM-DD/,
      ],
      [
        'bad-place.yaml',
        ['version: 1', 'jurisdictions:', '  allowed: [EU, Narnia]'],
        /bad-place\.yaml:3: jurisdictions\.allowed\[1\]: 'Narnia' is not/,
      ],
      [
        'bad-type.yaml',
        ['version: 1', 'classification:', '  levels: low'],
        /bad-type\.yaml:3: classification\.levels: expected array, received string/,
      ],
    ];
    for (const [name, lines, expected] of cases) {
      const config = policyFile(name, lines);
      const result = await run(['scan', '--snapshot', snapshot, '--config', config]);
      assert.equal(result.code, 2, name);
      assert.match(result.stderr, expected, name);
      assert.ok(oneLine(result.stderr), `${name}: ${result.stderr}`);
      assert.equal(result.stdout, '', `${name}: no report`);
    }
  });
});

describe('the demo policy (examples/demarc.yaml)', () => {
  it('exercises exceptions (active, expired, unused) and attestations (attested, expired, missing)', async () => {
    const result = await run(['scan', '--demo', '--format', 'json']);
    const json = JSON.parse(result.stdout) as ScanResult;
    const report = json.policy ?? assert.fail('no policy report');
    assert.deepEqual(
      [report.exceptions.active.length, report.exceptions.expired.length, report.exceptions.unused.length],
      [1, 1, 1],
    );
    assert.ok(report.exceptions.active.every((e) => e.matched > 0));
    assert.ok(
      report.exceptions.expired.every((e) => e.matched > 0),
      'the expired one covers a finding that now counts',
    );
    assert.ok(json.summary.suppressed > 0);
    const states = new Set(report.duties.map((d) => d.state));
    assert.deepEqual([...states].sort(), ['attested', 'expired', 'missing']);
    // Training is held once per account (issue 11): every account row shows the attestation.
    assert.ok((json.matrix.accounts?.length ?? 0) > 0);
    for (const account of json.matrix.accounts ?? []) {
      const training = account.cells.find((c) => c.domain === 'awareness-training');
      assert.equal(training?.evidence, 'attested', account.name);
    }
  });
});

describe('estate facts for the starter policy', () => {
  it("counts classification values that are Object members as ordinary strings ('constructor', '__proto__')", () => {
    const bucket = (value: string) => ({
      account: '123456789012',
      region: 'eu-west-1',
      tags: { classification: value },
    });
    const inventory = { resources: [bucket('constructor'), bucket('constructor'), bucket('__proto__')] };
    const facts = estateFacts(inventory as unknown as Inventory, 'test');
    const [found] = facts.classificationTags;
    assert.equal(found?.resources, 3);
    assert.deepEqual(Object.entries(found?.values ?? {}), [
      ['constructor', 2],
      ['__proto__', 1],
    ]);
  });
});
