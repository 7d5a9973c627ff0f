import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PACKAGE_ROOT } from './paths.js';

const BIN = join(PACKAGE_ROOT, 'bin/demarc.js');
const ENV = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };

/** The real CLI in a child process; a hang fails the test instead of stalling it. */
function demarc(args: string[], cwd = mkdtempSync(join(tmpdir(), 'demarc-cwd-'))) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: ENV,
    cwd,
    timeout: 30_000,
    // A JSON report of the demo passes 1 MiB, spawnSync's default, once cells list their duties.
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.signal, null, `demarc ${args.join(' ')} did not finish (${run.signal})`);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'demarc-write-'));

/** A one-line usage error (exit 2) that names the path, never an internal error. */
function assertRefused(run: { code: number | null; stderr: string }, path: string, why: RegExp) {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stderr.split('\n').length, 2, `one line: ${run.stderr}`);
  assert.ok(run.stderr.startsWith(`demarc: ${path}: `), run.stderr);
  assert.match(run.stderr, why);
  assert.doesNotMatch(run.stderr, /internal error/);
}

describe('writing a report', () => {
  it('an interrupted write (SIGINT) leaves the previous report whole and no temporary file', async () => {
    const dir = scratch();
    const target = join(dir, 'report.json');
    writeFileSync(target, '{"previous": "report"}\n');
    // The documented test hook pauses the writer after its first write, so the signal lands mid-file.
    const child = spawn(process.execPath, [BIN, 'scan', '--demo', '--format', 'json', '--output', target], {
      env: { ...ENV, DEMARC_TEST_WRITE_PAUSE_MS: '60000' },
      cwd: dir,
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.on('exit', (_code, signal) => done(signal)),
    );
    const partial = async () => {
      for (let i = 0; i < 1500; i++) {
        const temp = readdirSync(dir).find((f) => f.startsWith('.report.json.') && f.endsWith('.tmp'));
        if (temp && statSync(join(dir, temp)).size > 0) return temp;
        await sleep(20);
      }
      return undefined;
    };
    const temp = await partial();
    assert.ok(temp, 'the report is written to a temporary file beside the target');
    child.kill('SIGINT');
    assert.equal(await exited, 'SIGINT', 'the process still ends by the signal');
    assert.equal(readFileSync(target, 'utf8'), '{"previous": "report"}\n');
    assert.deepEqual(readdirSync(dir), ['report.json']);
  });

  it('a finished write replaces the file whole, keeps its mode and leaves nothing beside it', () => {
    const dir = scratch();
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    const run = demarc(['scan', '--demo', '--format', 'json', '--output', target]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(readFileSync(target, 'utf8')).meta.tool, 'demarc');
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['report.json']);
  });

  it('a write through a symbolic link replaces the file it points at and keeps the link', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.csv'), 'old');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    const run = demarc(['scan', '--demo', '--format', 'csv', '--output', 'link.csv'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(join(dir, 'real.csv'), 'utf8'), /^check_id,/);
    assert.ok(statSync(join(dir, 'link.csv')).isFile());
    assert.deepEqual(readdirSync(dir).sort(), ['link.csv', 'real.csv']);
  });
});

describe('where a report may not go: one line naming the path, exit 2', () => {
  it('--output-dir that is an existing file', () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, 'x');
    assertRefused(
      demarc(['scan', '--demo', '--format', 'json', '--output-dir', file]),
      file,
      /not a directory/,
    );
  });

  it('--output-dir under a file, and --output under a file', () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, 'x');
    const dir = join(file, 'reports');
    assertRefused(demarc(['scan', '--demo', '--format', 'json', '--output-dir', dir]), dir, /ENOTDIR/);
    const out = join(file, 'report.json');
    assertRefused(demarc(['scan', '--demo', '--format', 'json', '--output', out]), out, /ENOTDIR/);
  });

  it('a symbolic link loop, as --output-dir or on the way to --output', () => {
    const dir = scratch();
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    const loop = join(dir, 'a');
    assertRefused(demarc(['scan', '--demo', '--format', 'json', '--output-dir', loop]), loop, /ELOOP/);
    const out = join(loop, 'report.json');
    assertRefused(demarc(['scan', '--demo', '--format', 'json', '--output', out]), out, /ELOOP/);
    assertRefused(demarc(['scan', '--demo', '--format', 'json', '--output', loop]), loop, /ELOOP/);
  });

  it('a read-only directory', (t) => {
    const dir = join(scratch(), 'read-only');
    mkdirSync(dir);
    // Root ignores mode bits; an immutable directory refuses even root.
    const root = process.getuid?.() === 0;
    if (root) {
      if (spawnSync('chattr', ['+i', dir]).status !== 0) {
        t.skip('running as root and chattr +i is not available here: cannot make a directory read-only');
        return;
      }
    } else chmodSync(dir, 0o555);
    try {
      const out = join(dir, 'report.json');
      assertRefused(
        demarc(['scan', '--demo', '--format', 'json', '--output', out]),
        out,
        /permission denied|read-only/,
      );
      const sub = join(dir, 'reports');
      assertRefused(
        demarc(['scan', '--demo', '--format', 'json', '--output-dir', sub]),
        sub,
        /permission denied|read-only/,
      );
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      if (root) spawnSync('chattr', ['-i', dir]);
      else chmodSync(dir, 0o755);
    }
  });

  it('under /proc, /sys or /dev: refused before anything is written, never a hang', () => {
    for (const path of ['/proc/self/demarc', '/proc/self/fd', '/sys/kernel/demarc']) {
      assertRefused(
        demarc(['scan', '--demo', '--format', 'json', '--output-dir', path]),
        path,
        /will not write reports under \/(proc|sys)$/m,
      );
    }
    for (const path of ['/proc/self/comm', '/dev/null', '/dev/zero', '/sys/kernel/profiling']) {
      assertRefused(
        demarc(['scan', '--demo', '--format', 'json', '--output', path]),
        path,
        /will not write report under \/(proc|dev|sys)$/m,
      );
    }
    // A link into /proc is refused too: where it leads is what counts.
    const link = join(scratch(), 'proc-link');
    symlinkSync('/proc/self', link);
    assertRefused(
      demarc(['scan', '--demo', '--format', 'json', '--output', join(link, 'x.json')]),
      join(link, 'x.json'),
      /under \/proc/,
    );
  });

  it('/dev/stdout is standard output', () => {
    const run = demarc(['scan', '--demo', '--format', 'json', '--output', '/dev/stdout']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).meta.tool, 'demarc');
  });

  it('a FIFO or a directory as --output is not a regular file', () => {
    const dir = scratch();
    const fifo = join(dir, 'fifo');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    assertRefused(
      demarc(['scan', '--demo', '--format', 'json', '--output', fifo]),
      fifo,
      /not a regular file/,
    );
    assertRefused(demarc(['scan', '--demo', '--format', 'json', '--output', dir]), dir, /is a directory/);
  });

  it('collect --out and init --output go through the same checks', () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, 'x');
    const out = join(file, 'snapshot.json');
    assertRefused(demarc(['collect', '--out', out]), out, /cannot write snapshot: .*ENOTDIR/);
    const policy = join(file, 'demarc.yaml');
    assertRefused(demarc(['init', '--output', policy]), policy, /cannot write policy: .*ENOTDIR/);
    assertRefused(
      demarc(['init', '--output', '/proc/self/demarc.yaml']),
      '/proc/self/demarc.yaml',
      /under \/proc/,
    );
  });

  it('init writes its file whole', () => {
    const dir = scratch();
    const run = demarc(['init', '--demo'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(join(dir, 'demarc.yaml'), 'utf8'), /version: 1/);
    assert.deepEqual(readdirSync(dir), ['demarc.yaml']);
  });
});
