import { Worker } from 'node:worker_threads';
import type { FuzzCase, Outcome } from './case.js';
import { CASE_DEADLINE_MS } from './config.js';

/**
 * Runs cases in a worker thread with a deadline each. On expiry the worker is terminated (the
 * only way to stop a synchronous loop) and the case reported as a hang; the next case gets a
 * fresh worker. A worker that dies (out of memory, an uncaught error) reports a crash.
 */
export class Sandbox {
  private worker: Promise<Worker> | undefined;
  private nextId = 0;

  /** `script` is the worker module; tests of the sandbox itself pass their own. */
  constructor(private readonly script: URL = new URL('./worker.js', import.meta.url)) {}

  /**
   * A worker that has loaded the CLI. The deadline of a case starts only then: loading every module
   * takes seconds on a busy machine and is no part of any case.
   */
  private start(): Promise<Worker> {
    this.worker ??= new Promise((resolve, reject) => {
      const worker = new Worker(this.script, {
        // A runaway case dies inside the worker instead of taking the machine down.
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
        stdout: true,
        stderr: true,
      });
      // The CLI writes through its Io, never to the process streams; drain anything stray.
      worker.stdout.resume();
      worker.stderr.resume();
      worker.once('message', () => resolve(worker));
      worker.once('error', reject);
    });
    return this.worker;
  }

  async run(fuzzCase: FuzzCase, deadlineMs = CASE_DEADLINE_MS): Promise<Outcome> {
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (error) {
      this.worker = undefined;
      return { kind: 'crash', message: `the worker did not start: ${(error as Error).message}` };
    }
    const id = this.nextId++;
    const started = performance.now();
    return new Promise((resolve) => {
      const done = (outcome: Outcome, kill: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (kill) {
          this.worker = undefined;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const timer = setTimeout(
        () => done({ kind: 'hang', ms: performance.now() - started }, true),
        deadlineMs,
      );
      const onMessage = (m: { id: number; outcome: Outcome }) => {
        if (m.id === id) done(m.outcome, false);
      };
      const onError = (error: Error) =>
        done({ kind: 'crash', message: `worker died: ${error.message}` }, true);
      const onExit = (code: number) => done({ kind: 'crash', message: `worker exited with ${code}` }, true);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, fuzzCase });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await (await worker?.catch(() => undefined))?.terminate();
  }
}
