import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../../test/helpers/cli.js';
import type { Io } from '../io.js';
import { serve } from './serve.js';

/**
 * demarc.yaml's `store:` setting: `location` says where the history is (relative to the policy
 * file), `save: true` keeps every scan as --save would; --store overrides the location. Real
 * scans of the demo estate into real SQLite files.
 */

function project(storeYaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'demarc-store-setting-'));
  const cwd = join(root, 'project');
  mkdirSync(cwd);
  writeFileSync(join(cwd, 'demarc.yaml'), `version: 1\n${storeYaml}`);
  const env = { HOME: join(root, 'home') };
  const run = (args: string[], where = cwd) => runCli(args, { cwd: where, env });
  return { root, cwd, env, run };
}

const scanDemo = ['scan', '--demo', '--format', 'json'];

describe("demarc.yaml's store setting", () => {
  it('store.save keeps every scan at store.location (relative to the file); history and diff find it without --store', async () => {
    const p = project('store:\n  location: history/scans.db\n  save: true\n');
    const first = await p.run(scanDemo);
    assert.equal(first.code, 0, first.stderr);
    const db = join(p.cwd, 'history', 'scans.db');
    assert.match(first.stderr, new RegExp(`scan saved as scan 1 in ${db.replace(/[.]/g, '\\.')}\n`));
    assert.ok(existsSync(db));
    const second = await p.run(scanDemo);
    assert.match(second.stderr, /scan saved as scan 2 /);

    const history = await p.run(['history', '--format', 'json']);
    assert.equal(history.code, 0, history.stderr);
    assert.deepEqual(
      JSON.parse(history.stdout).map((s: { id: number }) => s.id),
      [1, 2],
    );
    const diff = await p.run(['diff', '--format', 'json']);
    assert.equal(diff.code, 0, diff.stderr);
    assert.deepEqual([JSON.parse(diff.stdout).before.id, JSON.parse(diff.stdout).after.id], [1, 2]);

    // From another directory, --config names the file: its location is still relative to the file.
    const elsewhere = join(p.root, 'elsewhere');
    mkdirSync(elsewhere);
    const fromAfar = await p.run(
      ['history', '--config', join(p.cwd, 'demarc.yaml'), '--format', 'json'],
      elsewhere,
    );
    assert.equal(fromAfar.code, 0, fromAfar.stderr);
    assert.equal(JSON.parse(fromAfar.stdout).length, 2);
    assert.ok(!existsSync(join(elsewhere, 'history')));
  });

  it('store.location alone says where, not whether: a scan without --save keeps nothing', async () => {
    const p = project('store:\n  location: kept.db\n');
    const plain = await p.run(scanDemo);
    assert.equal(plain.code, 0, plain.stderr);
    assert.doesNotMatch(plain.stderr, /saved/);
    assert.ok(!existsSync(join(p.cwd, 'kept.db')));
    const saved = await p.run([...scanDemo, '--save']);
    assert.equal(saved.code, 0, saved.stderr);
    assert.match(saved.stderr, /scan saved as scan 1 in .*project\/kept\.db/);
  });

  it('--store wins over store.location; ~/ is the home directory', async () => {
    const p = project('store:\n  location: ~/demarc/scans.db\n  save: true\n');
    const home = await p.run(scanDemo);
    assert.equal(home.code, 0, home.stderr);
    assert.ok(existsSync(join(p.env.HOME, 'demarc', 'scans.db')));
    const flag = await p.run([...scanDemo, '--store', 'other.db']);
    assert.equal(flag.code, 0, flag.stderr);
    assert.match(flag.stderr, /scan saved as scan 1 in .*project\/other\.db/);
    const listed = await p.run(['history', '--store', 'other.db', '--format', 'json']);
    assert.equal(JSON.parse(listed.stdout).length, 1);
    const byFile = await p.run(['history', '--format', 'json']);
    assert.equal(JSON.parse(byFile.stdout).length, 1);
  });

  it('serve opens the store the setting names', async () => {
    const p = project('store:\n  location: served.db\n');
    const err: string[] = [];
    const io: Io = {
      stdout: () => undefined,
      stderr: (t) => {
        err.push(t);
      },
      isTty: false,
      isStderrTty: false,
      env: p.env,
      cwd: p.cwd,
    };
    const stop = new AbortController();
    const code = await serve(['--port', '0'], io, {
      signal: stop.signal,
      onListening: (url) => {
        // Stopped once a page was served: serve listens for the abort only after this returns.
        fetch(url).finally(() => stop.abort());
      },
    });
    assert.equal(code, 0);
    assert.match(err.join(''), /over .*project\/served\.db \(read-only/);
  });

  it('a bad setting is one line naming the file and line, exit 2, and no scan', async () => {
    for (const [yaml, message] of [
      ['store:\n  save: yes-please\n', /demarc\.yaml:3: store\.save: expected boolean/],
      ['store:\n  where: x.db\n', /demarc\.yaml:3: store: Unrecognized key: "where"/],
      ['store:\n  location: ""\n', /demarc\.yaml:3: store\.location: /],
    ] as const) {
      const p = project(yaml);
      const run = await p.run(scanDemo);
      assert.equal(run.code, 2, `${yaml}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.equal(run.stdout, '');
      const history = await p.run(['history']);
      assert.equal(history.code, 2, history.stderr);
      assert.match(history.stderr, message);
    }
  });
});
