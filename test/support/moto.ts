import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MOTO_SERVER = `${ROOT}.venv/bin/moto_server`;

function motoInstalled(): boolean {
  return existsSync(MOTO_SERVER);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Moto {
  endpoint: string;
  /** Environment for the SDK: endpoint, fake credentials, region. */
  env: Record<string, string>;
  /** Clears all emulated state between tests. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts moto in server mode on a free loopback port and points the AWS SDK at it through
 * AWS_ENDPOINT_URL, the same override a user would use. Run scripts/setup-moto.sh first.
 */
export async function startMoto(serverEnv: Record<string, string> = {}): Promise<Moto> {
  if (!motoInstalled())
    throw new Error(`moto is not installed: run scripts/setup-moto.sh (looked for ${MOTO_SERVER})`);
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  // moto logs every request to stderr. A file, not a pipe: a pipe nobody drains (while a caller
  // blocks the event loop) fills up and moto stops answering.
  const logDir = mkdtempSync(join(tmpdir(), 'demarc-moto-'));
  const logFile = join(logDir, 'moto.log');
  const log = openSync(logFile, 'w');
  const child: ChildProcess = spawn(MOTO_SERVER, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', log],
    // moto's ~2,600 built-in AMIs (and their snapshots) are owned by its default account, so they
    // would look like the scanned account's own; a real account has only what it made.
    env: { ...process.env, MOTO_EC2_LOAD_DEFAULT_AMIS: 'false', ...serverEnv },
  });
  closeSync(log);
  const stderr = () => readFileSync(logFile, 'utf8').slice(-4000);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited: ${stderr()}`);
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`moto_server did not start within 30 s: ${stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const env = {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_REGION: 'eu-west-1',
    AWS_DEFAULT_REGION: 'eu-west-1',
  };
  return {
    endpoint,
    env,
    async reset() {
      await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}

/** Sets the moto environment on process.env for the SDK's default chain; returns a restore function. */
export function useMotoEnv(moto: Moto): () => void {
  const saved = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries(moto.env)) {
    saved.set(k, process.env[k]);
    process.env[k] = v;
  }
  for (const k of ['AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE']) {
    saved.set(k, process.env[k]);
    delete process.env[k];
  }
  return () => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

/**
 * One emulator for the enclosing `describe` (`serverEnv`: moto settings such as MOTO_AMIS_PATH):
 * started before its tests with the SDK pointed at it, stopped after. Returns a getter, as the server exists only once the suite runs.
 */
export function motoForSuite(serverEnv: Record<string, string> = {}): () => Moto {
  let moto: Moto | undefined;
  let restore: (() => void) | undefined;
  before(async () => {
    moto = await startMoto(serverEnv);
    restore = useMotoEnv(moto);
  });
  after(async () => {
    restore?.();
    await moto?.stop();
  });
  return () => {
    if (!moto) throw new Error('the emulator runs only inside the suite that asked for it');
    return moto;
  };
}
