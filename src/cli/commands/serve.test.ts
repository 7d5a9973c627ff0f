import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../../test/helpers/cli.js';
import type { Io } from '../io.js';
import { serve } from './serve.js';

function io(): Io & { err: string[] } {
  const err: string[] = [];
  return {
    err,
    stdout: () => undefined,
    stderr: (t) => {
      err.push(t);
    },
    isTty: false,
    isStderrTty: false,
    env: {},
    cwd: mkdtempSync(join(tmpdir(), 'demarc-serve-')),
  };
}

/** Runs `demarc serve` until the test has fetched the first page; returns what it said and served. */
async function serveOnce(args: string[]) {
  const out = io();
  const stop = new AbortController();
  let status = 0;
  const code = await serve(['--store', 'h.db', '--port', '0', ...args], out, {
    signal: stop.signal,
    onListening: (url) => {
      fetch(url.replace('0.0.0.0', '127.0.0.1'), { headers: { host: 'localhost' } })
        .then((res) => {
          status = res.status;
        })
        .finally(() => stop.abort());
    },
  });
  return { code, status, stderr: out.err.join('') };
}

describe('demarc serve', () => {
  it('listens on 127.0.0.1 by default, serves the history, stops cleanly', async () => {
    const run = await serveOnce([]);
    assert.equal(run.code, 0);
    assert.equal(run.status, 200);
    assert.match(run.stderr, /dashboard on http:\/\/127\.0\.0\.1:\d+\/ over .*h\.db \(read-only/);
    assert.doesNotMatch(run.stderr, /warning/);
  });

  it('another address is allowed, with a warning that others can read the scans', async () => {
    const run = await serveOnce(['--host', '0.0.0.0']);
    assert.equal(run.code, 0);
    assert.match(
      run.stderr,
      /warning: serving on 0\.0\.0\.0, not loopback: anyone who can reach this address reads your scans/,
    );
  });

  it('a bad port is one line and exit 2', async () => {
    const result = await runCli([
      'serve',
      '--store',
      join(mkdtempSync(join(tmpdir(), 'demarc-')), 'h.db'),
      '--port',
      '99999',
    ]);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "demarc: --port: expected 0 to 65535, got '99999'\n");
  });
});
