import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ScanResult } from '../../src/engine/result.js';
import { InputError } from '../../src/errors.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { scanScope } from '../../src/store/rows.js';
import { openStore } from '../../src/store/store.js';
import { demoScan } from '../helpers/scans.js';

/** What the shared suite needs of a back end: a fresh empty store, and raw SQL on it. */
interface Backend {
  /** A location (file or URL) where no store exists yet. */
  fresh(): Promise<string>;
  /** Runs SQL on the store directly, around demarc (to plant a newer schema version). */
  exec(location: string, sql: string): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./save-child.js', import.meta.url));

/**
 * Crash-test iterations: kill -9 during a save this many times. The 100 in CI (about 15 s
 * a back end on an idle machine); 30 elsewhere, where the suites share a busy machine.
 */
const CRASH_ITERATIONS = process.env.CI === 'true' ? 100 : 30;

/** A scan as the store keeps it: its JSON form (no undefined fields). */
const stored = (result: ScanResult): ScanResult => JSON.parse(JSON.stringify(result)) as ScanResult;

function scanFile(result: ScanResult): string {
  const file = join(mkdtempSync(join(tmpdir(), 'demarc-scan-')), 'scan.json');
  writeFileSync(file, JSON.stringify(result));
  return file;
}

/** A second look at the demo estate: one failing finding now passes, one passing now fails. */
function changedDemo(): ScanResult {
  const result = demoScan();
  const fail = result.findings.find((f) => f.status === 'fail' && !f.suppressed);
  const pass = result.findings.find((f) => f.status === 'pass');
  assert.ok(fail && pass);
  fail.status = 'pass';
  pass.status = 'fail';
  return result;
}

/** Runs the save child to completion; resolves with its stdout, rejects on a non-zero exit. */
function runChild(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`save child exited ${code}: ${err}`)),
    );
  });
}

/**
 * Starts a child saving in a loop, waits until a save is under way, waits `delayMs` more, kills it
 * with SIGKILL. Resolves whether the child's last word was `saving`: killed inside a save.
 */
function killDuringSave(args: string[], delayMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      if (armed || !out.includes('saving')) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    // 'close', not 'exit': everything the child wrote before the kill has been read by then.
    child.on('close', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(out.trimEnd().endsWith('saving'))
        : reject(new Error(`save child ended before the kill: ${err}`)),
    );
  });
}

/** The same tests for every back end. */
export function storeSuite(backend: () => Backend): void {
  it('an empty store lists nothing and loads nothing', async () => {
    const store = await openStore(await backend().fresh());
    try {
      assert.deepEqual(await store.list(), []);
      assert.equal(await store.load(1), undefined);
      assert.deepEqual(await store.findingHistory('nope'), []);
    } finally {
      await store.close();
    }
  });

  it('a saved scan loads back exactly, and lists with its counts and scope', async () => {
    const location = await backend().fresh();
    const result = demoScan();
    const store = await openStore(location);
    let id: number;
    try {
      id = await store.save(result);
    } finally {
      await store.close();
    }
    // Reopened: the schema is already there, the scan still is.
    const again = await openStore(location);
    try {
      assert.deepEqual(await again.load(id), stored(result));
      const [listed] = await again.list();
      assert.ok(listed);
      assert.equal(listed.id, id);
      assert.equal(listed.scope, scanScope(result));
      assert.equal(listed.findings, result.findings.length);
      assert.deepEqual(listed.byStatus, result.summary.byStatus);
      assert.deepEqual(listed.failedBySeverity, result.summary.failedBySeverity);
      assert.deepEqual(listed.accounts, result.meta.accounts);
      assert.deepEqual(listed.source, result.meta.source);
      assert.equal(listed.startedAt, result.meta.startedAt);
    } finally {
      await again.close();
    }
  });

  it('finding rows follow one finding by key across scans', async () => {
    const store = await openStore(await backend().fresh());
    try {
      const first = demoScan();
      const second = changedDemo();
      const a = await store.save(first);
      const b = await store.save(second);
      assert.ok(b > a, 'ids grow in the order scans are saved');
      const changed = second.findings.find((f, i) => f.status !== first.findings[i]?.status);
      assert.ok(changed);
      const history = await store.findingHistory(changed.key);
      assert.deepEqual(
        history.map((h) => [h.scanId, h.status]),
        [
          [a, first.findings.find((f) => f.key === changed.key)?.status],
          [b, changed.status],
        ],
      );
      assert.equal(history[0]?.checkId, changed.checkId);
      assert.equal(history[0]?.resourceId, changed.resource.id);
      assert.equal(history[0]?.account, changed.resource.account);
      assert.deepEqual(
        (await store.list()).map((s) => s.id),
        [a, b],
      );
    } finally {
      await store.close();
    }
  });

  it('refuses a store written by a newer demarc, naming it', async () => {
    const location = await backend().fresh();
    await (await openStore(location)).close();
    await backend().exec(
      location,
      `INSERT INTO schema_migrations (version, applied_at) VALUES (${SCHEMA_VERSION + 1}, 'later')`,
    );
    await assert.rejects(openStore(location), (error: Error) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, new RegExp(`schema version ${SCHEMA_VERSION + 1}, newer than`));
      return true;
    });
  });

  it('two processes saving at once both land, whole', async () => {
    const location = await backend().fresh();
    // Created first, so the two children race on saves, not on creating the schema.
    await (await openStore(location)).close();
    const result = demoScan();
    const file = scanFile(result);
    const outputs = await Promise.all([runChild([location, file, '5']), runChild([location, file, '5'])]);
    const ids = outputs.flatMap((o) => [...o.matchAll(/saved (\d+)/g)].map((m) => Number(m[1])));
    const store = await openStore(location);
    try {
      const listed = await store.list();
      assert.equal(listed.length, 10);
      assert.deepEqual(
        listed.map((s) => s.id),
        [...ids].sort((x, y) => x - y),
      );
      const last = result.findings.at(-1)?.key as string;
      assert.deepEqual(
        (await store.findingHistory(last)).map((h) => h.scanId),
        listed.map((s) => s.id),
      );
    } finally {
      await store.close();
    }
  });

  it(`killed with SIGKILL during a save ${CRASH_ITERATIONS} times: earlier scans intact, no half scan`, async (t) => {
    const location = await backend().fresh();
    const result = demoScan();
    const store = await openStore(location);
    const before = await store.save(result);
    await store.close();
    const file = scanFile(result);
    let insideSave = 0;
    for (let i = 0; i < CRASH_ITERATIONS; i += 1) {
      // From the first moment of a save to well past it (a cold demo save takes tens of milliseconds).
      if (await killDuringSave([location, file], (i * 37) % 150)) insideSave += 1;
    }
    // Kills right after `saving` (no delay) land inside the save: the loop did test what it says.
    assert.ok(insideSave > 0, 'no kill landed inside a save');
    const after = await openStore(location);
    try {
      assert.deepEqual(await after.load(before), stored(result));
      const listed = await after.list();
      t.diagnostic(
        `${CRASH_ITERATIONS} kills, ${insideSave} inside a save; ${listed.length - 1} saves committed between kills`,
      );
      // Every listed scan loads whole and has all of its finding rows: the last row written too.
      const ids = listed.map((s) => s.id);
      for (const key of [result.findings[0]?.key, result.findings.at(-1)?.key] as string[]) {
        assert.deepEqual(
          (await after.findingHistory(key)).map((h) => h.scanId),
          ids,
        );
      }
      for (const { id } of listed) {
        const loaded = await after.load(id);
        assert.equal(loaded?.findings.length, result.findings.length, `scan ${id} is whole`);
      }
      // And the store still takes a save.
      const next = await after.save(result);
      assert.ok(next > Math.max(...ids));
    } finally {
      await after.close();
    }
  });
}
