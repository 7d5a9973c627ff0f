/**
 * Tag keys are user strings: `constructor`, `toString`, `__proto__` must behave as ordinary keys in
 * exception selectors, in classification.tagKey and in snapshots (issue 9, item 3). Run through
 * the CLI on the demo estate and on real files, as a user would.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ScanResult } from '../src/engine/result.js';
import { parseSnapshot } from '../src/sources/snapshot/load.js';
import { runCli } from './helpers/cli.js';

const root = new URL('../../', import.meta.url);
const demoPolicy = readFileSync(new URL('examples/demarc.yaml', root), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'demarc-tags-'));

function write(name: string, text: string): string {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

/** The demo policy with one more exception, on s3-bucket-versioning, selecting by one tag. */
function policyWithTagException(key: string, value: string): string {
  const exception = [
    '  - id: by-tag',
    '    check: s3-bucket-versioning',
    `    resource: { tags: { ${JSON.stringify(key)}: ${JSON.stringify(value)} } }`,
    '    reason: accepted',
    '    owner: Test Owner',
    '    expires: "2099-12-31"',
  ].join('\n');
  assert.match(demoPolicy, /^exceptions:\n/m);
  return demoPolicy.replace(/^exceptions:\n/m, `exceptions:\n${exception}\n`);
}

function policyWithTagKey(key: string): string {
  assert.match(demoPolicy, /^ {2}tagKey: DataClassification$/m);
  return demoPolicy.replace(/^ {2}tagKey: DataClassification$/m, `  tagKey: ${JSON.stringify(key)}`);
}

async function scanJson(args: string[]): Promise<ScanResult> {
  const { code, stdout, stderr } = await runCli(['scan', ...args, '--format', 'json']);
  assert.doesNotMatch(stderr, /internal error/);
  assert.ok(code >= 0 && code <= 1, `exit ${code}: ${stderr}`);
  return JSON.parse(stdout) as ScanResult;
}

const byException = (result: ScanResult, id: string) =>
  result.findings.filter((f) => f.suppressed?.exceptionId === id);

describe('exception tag selectors on the demo', () => {
  it('baseline: the demo has failing s3-bucket-versioning findings an exception could hide', async () => {
    const result = await scanJson(['--demo', '--config', write('plain.yaml', demoPolicy)]);
    const failing = result.findings.filter(
      (f) => f.checkId === 's3-bucket-versioning' && f.status === 'fail',
    );
    assert.ok(failing.length >= 5, `${failing.length} failing`);
  });

  for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`tags: {${key}: '*'} matches no bucket, since none carries that tag`, async () => {
      const config = write(`exc-${key}.yaml`, policyWithTagException(key, '*'));
      const result = await scanJson(['--demo', '--config', config]);
      assert.deepEqual(byException(result, 'by-tag'), []);
    });
  }

  it("tags: {__proto__: '*'} is refused with the file, line and field, not read as tags: {}", async () => {
    const config = write('exc-proto.yaml', policyWithTagException('__proto__', '*'));
    const { code, stdout, stderr } = await runCli(['scan', '--demo', '--config', config]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /exc-proto\.yaml:\d+: exceptions\[0\]\.resource\.tags\.__proto__: .*__proto__/);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
  });
});

describe('classification.tagKey naming an Object member', () => {
  for (const key of ['constructor', '__proto__', 'hasOwnProperty', 'toString']) {
    it(`tagKey ${key}: the scan runs, and no demo data store is classified by it`, async () => {
      const result = await scanJson(['--demo', '--config', write(`cls-${key}.yaml`, policyWithTagKey(key))]);
      const classified = result.findings.filter((f) => f.checkId === 'data-store-classified');
      assert.ok(classified.length > 0);
      // No demo resource carries such a tag: each readable one fails with "no <key> tag".
      for (const f of classified.filter((f) => f.status !== 'not_assessed')) {
        assert.equal(f.status, 'fail', `${f.resource.name}: ${f.reason}`);
        assert.ok(f.reason.startsWith(`no ${key} tag`), f.reason);
      }
    });
  }
});

/** A snapshot of two buckets: one really tagged with Object member names, one untagged. */
function snapshotText(tags: string): string {
  const bucket = (name: string, tagsJson: string) =>
    `{"type":"S3Bucket","id":"arn:aws:s3:::${name}","name":"${name}","account":"123456789012",` +
    `"region":"eu-west-1","tags":${tagsJson},"source":{"kind":"snapshot"},` +
    `"versioning":"Suspended"}`;
  // Written as text: JSON.stringify of an object literal could not even hold a `__proto__` key.
  return `{"demarcSnapshot":1,"resources":[${bucket('tagged', tags)},${bucket('plain', '{}')}]}`;
}

const TAGGED = '{"constructor":"x","__proto__":"restricted","toString":"y"}';

describe('resources really tagged with Object member names', () => {
  const snapshot = write('members.json', snapshotText(TAGGED));

  it('a snapshot keeps a __proto__ tag as an ordinary tag', () => {
    const parsed = parseSnapshot(readFileSync(snapshot, 'utf8'), 'members.json');
    const tags = parsed.resources[0]?.tags ?? {};
    assert.deepEqual(Object.entries(tags), [
      ['constructor', 'x'],
      ['__proto__', 'restricted'],
      ['toString', 'y'],
    ]);
    assert.equal(JSON.stringify(tags), TAGGED, 'written back as read');
  });

  it('a snapshot whose __proto__ tag is not a string is refused, naming the field', () => {
    const bad = write('bad-proto.json', snapshotText('{"__proto__":{"polluted":"yes"}}'));
    assert.throws(
      () => parseSnapshot(readFileSync(bad, 'utf8'), 'bad-proto.json'),
      /bad-proto\.json: invalid snapshot at resources\[0\]\.tags\.__proto__ \(S3Bucket arn:aws:s3:::tagged\): expected string/,
    );
  });

  it('a selector constructor: x matches the bucket tagged constructor=x, and only it', async () => {
    const policy = write(
      'real-constructor.yaml',
      [
        'version: 1',
        'exceptions:',
        '  - id: by-tag',
        '    check: s3-bucket-versioning',
        '    resource: { tags: { constructor: x } }',
        '    reason: accepted',
        '    owner: Test Owner',
        '    expires: "2099-12-31"',
      ].join('\n'),
    );
    const result = await scanJson(['--snapshot', snapshot, '--config', policy]);
    assert.deepEqual(
      byException(result, 'by-tag').map((f) => f.resource.name),
      ['tagged'],
    );
  });

  it('tagKey __proto__ classifies by the real __proto__ tag', async () => {
    const policy = write(
      'proto-key.yaml',
      ['version: 1', 'classification:', '  tagKey: __proto__'].join('\n'),
    );
    const result = await scanJson(['--snapshot', snapshot, '--config', policy]);
    const verdicts = Object.fromEntries(
      result.findings
        .filter((f) => f.checkId === 'data-store-classified')
        .map((f) => [f.resource.name, `${f.status}: ${f.reason}`]),
    );
    assert.deepEqual(verdicts, {
      tagged: "pass: classified as 'restricted' by its __proto__ tag",
      plain:
        "fail: no __proto__ tag: judged at the default level 'internal', which may be too low for what it holds",
    });
  });
});
