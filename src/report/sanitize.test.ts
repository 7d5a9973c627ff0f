import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../checks/registry.js';
import { scan } from '../engine/run.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { inventoryOf, parseSnapshot } from '../sources/snapshot/load.js';
import { hasUnsafeChars, visible, visibleStrings } from './sanitize.js';
import { renderTerminal } from './terminal.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Clear screen, set the window title (OSC), a C1 CSI, DEL, a bare CR and a right-to-left override. */
const PAYLOAD = '\x1b[2J\x1b]0;pwned\x07\x9b31m\x7f\r\u202eevil\u2066';
/** Any character that a terminal would act on, bar line feed and tab. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** CSV ends its rows with CR LF (RFC 4180): our own line ends, not the estate's. */
const rows = (text: string) => text.replaceAll('\r\n', '\n');

/** The demo estate with the payload in every resource's name, id, tags and in a gap's message. */
function craftedSnapshot(dir: string): string {
  const snapshot = JSON.parse(readFileSync(`${ROOT}examples/demo-account.json`, 'utf8'));
  for (const r of snapshot.resources) {
    r.name = `${r.name}${PAYLOAD}`;
    if (r.type !== 'AwsAccount') r.id = `${r.id}${PAYLOAD}`;
    r.tags = { ...r.tags, [`k${PAYLOAD}`]: `v${PAYLOAD}` };
  }
  snapshot.gaps.push({
    service: 's3',
    region: 'eu-west-1',
    api: `ListBuckets${PAYLOAD}`,
    error: `AccessDenied${PAYLOAD}`,
    resourceTypes: ['S3Bucket'],
  });
  const file = join(dir, 'crafted.json');
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

function demarc(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/demarc.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    cwd,
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('terminal injection', () => {
  it('visible() escapes controls, C1 and bidi overrides, and keeps line feeds, tabs and other text', () => {
    assert.equal(visible('a\x1b[2Jb'), 'a\\x1b[2Jb');
    assert.equal(visible('\x9b\x7f\x00\r'), '\\x9b\\x7f\\x00\\x0d');
    assert.equal(visible('\u202eabc\u2069'), '\\u202eabc\\u2069');
    assert.equal(visible('line\n\tnext — ✓ 日本'), 'line\n\tnext — ✓ 日本');
    assert.ok(!hasUnsafeChars(visible(PAYLOAD)));
    const plain = { a: ['x'], b: 1 };
    assert.equal(visibleStrings(plain), plain, 'nothing to change: the same object, not a copy');
    assert.deepEqual(visibleStrings({ [`k${PAYLOAD}`]: [PAYLOAD, 2] }), {
      [`k${visible(PAYLOAD)}`]: [visible(PAYLOAD), 2],
    });
  });

  for (const format of ['terminal', 'markdown', 'csv']) {
    it(`a crafted snapshot puts no raw control character into the ${format} report or stderr`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'demarc-inject-'));
      const run = demarc(['scan', '--snapshot', craftedSnapshot(dir), '--format', format], dir);
      assert.ok(run.code !== null && run.code <= 3, run.stderr);
      assert.ok(run.stdout.length > 1000);
      assert.doesNotMatch(rows(run.stdout), RAW);
      assert.doesNotMatch(run.stderr, RAW);
      if (format !== 'markdown')
        assert.ok(run.stdout.includes('\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m'), 'shown, not dropped');
    });
  }

  it('the terminal report keeps its own colours and escapes the estate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarc-inject-'));
    const snapshot = parseSnapshot(readFileSync(craftedSnapshot(dir), 'utf8'), `crafted${PAYLOAD}.json`);
    const result = scan({
      inventory: inventoryOf(snapshot),
      policy: DEFAULT_POLICY,
      checks: CHECKS,
      source: { kind: 'snapshot', inputs: [`crafted${PAYLOAD}.json`] },
      version: '0.1.0',
      startedAt: new Date('2026-11-20T08:30:00Z'),
      finishedAt: new Date('2026-11-20T08:30:02Z'),
      now: new Date('2026-11-20T08:30:00Z'),
    });
    const text = renderTerminal(result, { color: true });
    // Every ESC left is one of our colour codes (SGR): nothing can clear, title or move.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: our own colour codes are matched here.
    const withoutSgr = text.replace(/\x1b\[[0-9;]*m/g, '');
    assert.doesNotMatch(withoutSgr, RAW);
    assert.ok(text.includes('\x1b[1m\x1b[31m'), 'colour still on');
    assert.ok(text.includes('\\u202eevil\\u2066'));
  });

  it('error lines on stderr are escaped: a hostile file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarc-inject-'));
    const name = `missing${PAYLOAD}.json`;
    const run = demarc(['scan', '--snapshot', name], dir);
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stderr, RAW);
    assert.ok(run.stderr.startsWith(`demarc: missing${visible(PAYLOAD)}.json: `), run.stderr);
    const iac = demarc(['scan', join(dir, `template${PAYLOAD}.yaml`), '--format', 'markdown'], dir);
    assert.doesNotMatch(iac.stderr, RAW);
    assert.doesNotMatch(iac.stdout, RAW);
  });

  it('IaC-sourced names leave no raw ESC in the Markdown report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarc-inject-'));
    const template = join(dir, `stack${PAYLOAD}.json`);
    writeFileSync(
      template,
      JSON.stringify({
        Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: `data${PAYLOAD}` } } },
      }),
    );
    for (const format of ['markdown', 'terminal', 'csv']) {
      const run = demarc(['scan', template, '--format', format], dir);
      assert.ok(run.code !== null && run.code <= 3, run.stderr);
      assert.doesNotMatch(rows(run.stdout), RAW, format);
      assert.doesNotMatch(run.stderr, RAW, format);
    }
  });
});
