import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../../test/helpers/cli.js';
import { PACKAGE_ROOT } from '../paths.js';

/** `demarc scan --save`, `history` and `diff`, in process, on a SQLite file in a temporary directory. */

const POLICY = join(PACKAGE_ROOT, 'examples', 'demarc.yaml');
const DEMO = readFileSync(join(PACKAGE_ROOT, 'examples', 'demo-account.json'), 'utf8');

interface Resource {
  name: string;
  [field: string]: unknown;
}

const oneLine = (text: string) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

function workspace() {
  const cwd = mkdtempSync(join(tmpdir(), 'demarc-history-'));
  const run = (...args: string[]) => runCli(args, { cwd });
  /** Writes the demo estate, edited, to estate.json: every scan of it has one scope. */
  const estate = (edit: (resources: Resource[]) => void = () => undefined) => {
    const snapshot = JSON.parse(DEMO) as { resources: Resource[] };
    edit(snapshot.resources);
    writeFileSync(join(cwd, 'estate.json'), JSON.stringify(snapshot));
  };
  const save = (...extra: string[]) =>
    run(
      'scan',
      '--snapshot',
      'estate.json',
      '--config',
      POLICY,
      '--save',
      '--store',
      'h.db',
      '--output',
      join(cwd, 'r.json'),
      '--format',
      'json',
      ...extra,
    );
  return { cwd, run, estate, save };
}

/** The estate edited: one bucket loses its encryption (2 findings open), one bucket is deleted. */
function changeEstate(resources: Resource[]): void {
  const logs = resources.find((r) => r.name === 'kestrel-cloudtrail-logs-210987654321') as Resource;
  logs.encryption = null;
  resources.splice(
    resources.findIndex((r) => r.name === 'kestrel-mkt-site-assets'),
    1,
  );
}

describe('demarc scan --save, history, diff', () => {
  it('two saved scans of a changed estate: history lists both, diff says what opened and what was fixed', async () => {
    const w = workspace();
    w.estate();
    const first = await w.save();
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /scan saved as scan 1 in .*h\.db/);
    const firstReport = JSON.parse(readFileSync(join(w.cwd, 'r.json'), 'utf8'));
    w.estate(changeEstate);
    const second = await w.save();
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /scan saved as scan 2 /);

    const history = await w.run('history', '--store', 'h.db', '--format', 'json');
    assert.equal(history.code, 0, history.stderr);
    const scans = JSON.parse(history.stdout);
    assert.deepEqual(
      scans.map((s: { id: number }) => s.id),
      [1, 2],
    );
    assert.deepEqual(scans[0].byStatus, firstReport.summary.byStatus);
    assert.equal(scans[0].findings, firstReport.findings.length);
    const text = await w.run('history', '--store', 'h.db');
    assert.match(
      text.stdout,
      new RegExp(`^\\s+1 .*snapshot estate\\.json.*${firstReport.findings.length} results`, 'm'),
    );

    const json = await w.run('diff', '--store', 'h.db', '--format', 'json');
    assert.equal(json.code, 0, json.stderr);
    const diff = JSON.parse(json.stdout);
    assert.deepEqual([diff.before.id, diff.after.id], [1, 2]);
    const gone = firstReport.findings.filter(
      (f: { resource: { name: string }; status: string; suppressed?: unknown }) =>
        f.resource.name === 'kestrel-mkt-site-assets' && f.status === 'fail' && !f.suppressed,
    ).length;
    assert.ok(gone > 0);
    assert.deepEqual(diff.totals, { opens: 2, fixes: gone });
    assert.deepEqual(
      diff.regressed.map((c: { checkId: string }) => c.checkId),
      ['kms-key-custody-meets-classification', 's3-bucket-default-encryption'],
    );

    const terminal = await w.run('diff', '--store', 'h.db');
    assert.equal(terminal.code, 0, terminal.stderr);
    assert.match(terminal.stdout, new RegExp(`^this change opens 2 findings, fixes ${gone}\n`));
    assert.match(
      terminal.stdout,
      /Regressed: 2\n.*s3-bucket-default-encryption {2}kestrel-cloudtrail-logs-210987654321/s,
    );
    assert.match(
      terminal.stdout,
      /Exceptions expired or expiring within 30 days: .*legacy-ftp-partner-ssh: expired 2026-09-30/s,
    );

    const markdown = await w.run(
      'diff',
      '1',
      '2',
      '--store',
      'h.db',
      '--format',
      'markdown',
      '--output',
      join(w.cwd, 'pr.md'),
    );
    assert.equal(markdown.code, 0, markdown.stderr);
    const comment = readFileSync(join(w.cwd, 'pr.md'), 'utf8');
    assert.match(comment, new RegExp(`^## demarc: this change opens 2 findings, fixes ${gone}\n`));
    assert.match(comment, /### Regressed \(2\)/);
    assert.match(comment, /### Fixed \(\d+\)/);
  });

  it('diff without ids compares the latest scan with the one before it of the same scope', async () => {
    const w = workspace();
    w.estate();
    assert.equal((await w.save()).code, 0);
    // Scan 2 reads another estate (the bundled demo file): another scope.
    const other = await w.run(
      'scan',
      '--demo',
      '--save',
      '--store',
      'h.db',
      '--output',
      join(w.cwd, 'd.json'),
      '--format',
      'json',
    );
    assert.equal(other.code, 0, other.stderr);
    w.estate(changeEstate);
    assert.equal((await w.save()).code, 0);
    const diff = JSON.parse((await w.run('diff', '--store', 'h.db', '--format', 'json')).stdout);
    assert.deepEqual([diff.before.id, diff.after.id], [1, 3]);
    const fromOne = JSON.parse((await w.run('diff', '1', '--store', 'h.db', '--format', 'json')).stdout);
    assert.deepEqual([fromOne.before.id, fromOne.after.id], [1, 3]);
  });

  it('nothing to compare, an unknown id, a bad id: exit 2 with one line', async () => {
    const w = workspace();
    const empty = await w.run('diff', '--store', 'h.db');
    assert.equal(empty.code, 2);
    assert.ok(oneLine(empty.stderr), empty.stderr);
    assert.match(empty.stderr, /holds no scans yet/);
    w.estate();
    await w.save();
    const single = await w.run('diff', '--store', 'h.db');
    assert.equal(single.code, 2);
    assert.match(single.stderr, /scan 1 is the only scan of its scope/);
    const unknown = await w.run('diff', '1', '7', '--store', 'h.db');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no scan 7 in /);
    const bad = await w.run('diff', 'latest', '--store', 'h.db');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /'latest' is not a scan id/);
  });

  it('a store that cannot be opened fails before the scan, in one line, and no report is written', async () => {
    const w = workspace();
    mkdirSync(join(w.cwd, 'dir.db'));
    const result = await w.run(
      'scan',
      '--demo',
      '--save',
      '--store',
      'dir.db',
      '--output',
      join(w.cwd, 'never.json'),
    );
    assert.equal(result.code, 2);
    assert.ok(oneLine(result.stderr), result.stderr);
    assert.match(result.stderr, /dir\.db: cannot open the scan store: is a directory \(EISDIR\)\n$/);
    assert.equal(existsSync(join(w.cwd, 'never.json')), false);
    const noSave = await w.run('scan', '--demo', '--store', 'h.db');
    assert.equal(noSave.code, 2);
    assert.match(noSave.stderr, /add --save/);
  });

  it('a PostgreSQL URL nobody answers: exit 2, one line, the password not shown', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const w = workspace();
    const result = await w.run('history', '--store', `postgres://demarc:hunter2@127.0.0.1:${port}/demarc`);
    assert.equal(result.code, 2);
    assert.ok(oneLine(result.stderr), result.stderr);
    assert.match(
      result.stderr,
      new RegExp(`postgres://demarc:\\*\\*\\*@127\\.0\\.0\\.1:${port}/demarc: scan store: .*ECONNREFUSED`),
    );
    assert.doesNotMatch(result.stderr, /hunter2/);
  });

  it('without --store, the history lives under XDG_DATA_HOME', async () => {
    const data = mkdtempSync(join(tmpdir(), 'demarc-xdg-'));
    const cwd = mkdtempSync(join(tmpdir(), 'demarc-history-'));
    const result = await runCli(['scan', '--demo', '--save', '--output', join(cwd, 'r.json')], {
      cwd,
      env: { XDG_DATA_HOME: data },
    });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(join(data, 'demarc', 'demarc.db')));
    const history = await runCli(['history', '--format', 'json'], { cwd, env: { XDG_DATA_HOME: data } });
    assert.equal(JSON.parse(history.stdout).length, 1);
  });
});
