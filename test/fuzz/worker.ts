import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { main } from '../../src/cli/main.js';
import { DIR, expandDeep, type FuzzCase, type Outcome } from './case.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

/**
 * The fuzz worker: runs cases through the real CLI entry, one at a time, in this thread, so the
 * parent can terminate it when a case overruns its deadline (a synchronous loop cannot be
 * interrupted any other way).
 */

async function run(c: FuzzCase): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'demarc-fuzz-'));
  try {
    mkdirSync(join(dir, 'out'));
    for (const f of c.files) {
      if (f.fixture) copyFileSync(join(ROOT, f.fixture), join(dir, f.name));
      else writeFileSync(join(dir, f.name), f.bytes ? Buffer.from(f.bytes) : expandDeep(f.text ?? ''));
    }
    const args = c.args.map((a) => (a.startsWith(DIR) ? join(dir, a.slice(DIR.length)) : a));
    let stdout = '';
    let stderr = '';
    const started = performance.now();
    const code = await main(args, {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      isTty: false,
      isStderrTty: false,
      env: {},
      cwd: dir,
    });
    const ms = performance.now() - started;
    const outputs: Record<string, string> = {};
    for (const name of readdirSync(join(dir, 'out'))) {
      outputs[name] = readFileSync(join(dir, 'out', name), 'utf8');
    }
    // The temporary folder's path would differ from run to run; hide it so outputs compare.
    const hide = (t: string) => t.replaceAll(`${dir}/`, DIR);
    return { kind: 'ran', code, stdout: hide(stdout), stderr: hide(stderr), outputs, ms };
  } catch (error) {
    return { kind: 'crash', message: `main() threw: ${(error as Error)?.stack ?? String(error)}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Every module is loaded by now: say so, and the parent starts the first case's clock.
parentPort?.postMessage('ready');
parentPort?.on('message', async (message: { id: number; fuzzCase: FuzzCase }) => {
  parentPort?.postMessage({ id: message.id, outcome: await run(message.fuzzCase) });
});
