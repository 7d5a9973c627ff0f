import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serve } from '../../src/cli/commands/serve.js';
import type { Io } from '../../src/cli/io.js';
import { PACKAGE_ROOT } from '../../src/cli/paths.js';
import { runCli } from '../helpers/cli.js';
import { type Postgres, postgresSkipReason, startPostgres } from '../support/postgres.js';

/**
 * Issue 16's "done when", end to end through the CLI, on both back ends: `demarc scan --demo
 * --save` twice with a changed policy, then `demarc history`, `demarc diff` and `demarc serve`
 * show the change. The change: the demo policy without its exception for the public website
 * bucket, so that bucket's two accepted findings count again.
 */

const DEMO_POLICY = readFileSync(join(PACKAGE_ROOT, 'examples', 'demarc.yaml'), 'utf8');

function changedPolicy(): string {
  const from = DEMO_POLICY.indexOf('  - id: www-static-public-website');
  const to = DEMO_POLICY.indexOf('  - id: legacy-ftp-partner-ssh');
  assert.ok(from > 0 && to > from, 'the demo policy holds the exception this test removes');
  return DEMO_POLICY.slice(0, from) + DEMO_POLICY.slice(to);
}

/** Serves the dashboard over `store` until one page was fetched; returns its status and body. */
async function fetchPage(
  store: string,
  cwd: string,
  path: string,
): Promise<{ status: number; body: string }> {
  const io: Io = {
    stdout: () => undefined,
    stderr: () => undefined,
    isTty: false,
    isStderrTty: false,
    env: {},
    cwd,
  };
  const stop = new AbortController();
  let page = { status: 0, body: '' };
  const code = await serve(['--store', store, '--port', '0'], io, {
    signal: stop.signal,
    onListening: (url) => {
      fetch(new URL(path, url))
        .then(async (res) => {
          page = { status: res.status, body: await res.text() };
        })
        .finally(() => stop.abort());
    },
  });
  assert.equal(code, 0);
  return page;
}

function doneWhen(location: () => Promise<string>) {
  it('scan --demo --save twice with a changed policy: history, diff and serve show the change', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'demarc-done-when-'));
    writeFileSync(join(cwd, 'changed.yaml'), changedPolicy());
    const store = await location();
    const run = (...args: string[]) => runCli([...args, '--store', store], { cwd });

    const first = await run(
      'scan',
      '--demo',
      '--save',
      '--format',
      'json',
      '--output',
      join(cwd, 'first.json'),
    );
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /scan saved as scan 1 in /);
    const second = await run(
      'scan',
      '--demo',
      '--config',
      'changed.yaml',
      '--save',
      '--format',
      'json',
      '--output',
      join(cwd, 'second.json'),
    );
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /scan saved as scan 2 in /);

    const history = JSON.parse((await run('history', '--format', 'json')).stdout);
    const reports = ['first.json', 'second.json'].map((f) => JSON.parse(readFileSync(join(cwd, f), 'utf8')));
    assert.deepEqual(
      history.map((s: { id: number; byStatus: unknown; suppressed: number }) => [
        s.id,
        s.byStatus,
        s.suppressed,
      ]),
      reports.map((r, i) => [i + 1, r.summary.byStatus, r.summary.suppressed]),
    );

    const diff = await run('diff', '--format', 'json');
    assert.equal(diff.code, 0, diff.stderr);
    const changes = JSON.parse(diff.stdout);
    assert.deepEqual([changes.before.id, changes.after.id], [1, 2]);
    assert.deepEqual(
      changes.regressed.map(
        (c: { checkId: string; resource: { name: string }; before: string; after: string }) => [
          c.checkId,
          c.resource.name,
          c.before,
          c.after,
        ],
      ),
      [
        ['s3-bucket-no-public-policy', 'kestrel-www-static', 'accepted', 'fail'],
        ['s3-bucket-public-access-block', 'kestrel-www-static', 'accepted', 'fail'],
      ],
    );
    assert.deepEqual(changes.totals, { opens: 2, fixes: 0 });
    const markdown = await run('diff', '--format', 'markdown');
    assert.match(markdown.stdout, /^## demarc: this change opens 2 findings, fixes 0\n/);

    const page = await fetchPage(store, cwd, '/diff');
    assert.equal(page.status, 200);
    assert.match(page.body, /this change opens 2 findings, fixes 0<\/strong> \(scan 1 → scan 2\)/);
    assert.match(page.body, /s3-bucket-public-access-block/);
    const index = await fetchPage(store, cwd, '/');
    assert.equal(index.status, 200);
    assert.match(index.body, /href="\/diff\?a=1&amp;b=2"/);
  });
}

describe('issue 16 done-when: SQLite file', () => {
  doneWhen(async () => join(mkdtempSync(join(tmpdir(), 'demarc-done-when-db-')), 'history.db'));
});

describe('issue 16 done-when: PostgreSQL server', { skip: postgresSkipReason() }, () => {
  let server: Postgres;
  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    await server?.stop();
  });
  doneWhen(() => server.createDatabase());

  it("demarc.yaml's store setting names the database: scan keeps, history lists, without --store", async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'demarc-done-when-'));
    const url = await server.createDatabase();
    writeFileSync(
      join(cwd, 'demarc.yaml'),
      `version: 1\nstore:\n  location: ${JSON.stringify(url)}\n  save: true\n`,
    );
    const scan = await runCli(['scan', '--demo', '--format', 'json'], { cwd });
    assert.equal(scan.code, 0, scan.stderr);
    assert.match(scan.stderr, /scan saved as scan 1 in postgres:\/\//);
    const history = await runCli(['history', '--format', 'json'], { cwd });
    assert.equal(history.code, 0, history.stderr);
    assert.deepEqual(
      JSON.parse(history.stdout).map((s: { id: number }) => s.id),
      [1],
    );
  });
});
