import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL server for the store tests: initdb in a temporary directory, `postgres`
 * on a free loopback port with trust authentication, stopped and removed after. PostgreSQL
 * refuses to run as root, so as root (CI, this machine) it runs as the `postgres` user that
 * Debian's package creates (or `nobody`), which owns the temporary directory.
 */

const PG_ROOT = '/usr/lib/postgresql';

/** The bin directory of the newest PostgreSQL installed the Debian way, or undefined. */
function postgresBinDir(): string | undefined {
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(PG_ROOT, versions[0], 'bin');
}

/**
 * Whether the PostgreSQL suites run: in CI they must (a missing server fails them); elsewhere
 * they are skipped with a message saying so and how to install it.
 */
export function postgresSkipReason(): string | undefined {
  if (postgresBinDir()) return undefined;
  const message = `PostgreSQL is not installed (no ${PG_ROOT}/*/bin/initdb): apt-get install postgresql`;
  if (process.env.CI === 'true') throw new Error(`${message} — CI must run the PostgreSQL store tests`);
  process.stderr.write(`\n*** SKIPPING the PostgreSQL store tests: ${message} ***\n\n`);
  return message;
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

/** uid and gid of a local user, from `id`. */
function userIds(name: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/** Who runs the server: ourselves, or as root an unprivileged user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const user = userIds('postgres') ?? userIds('nobody');
  if (!user)
    throw new Error('running as root, and neither a postgres nor a nobody user exists to run PostgreSQL');
  return user;
}

export interface Postgres {
  /** Superuser URL of the server's `postgres` database. */
  url: string;
  /** A fresh, empty database on the server; its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error(`PostgreSQL is not installed (no ${PG_ROOT}/*/bin/initdb): apt-get install postgresql`);
  const user = serverUser();
  const base = mkdtempSync(join(tmpdir(), 'demarc-pg-'));
  if (user) chownSync(base, user.uid, user.gid);
  const data = join(base, 'data');
  const spawnAs = user ? { uid: user.uid, gid: user.gid } : {};
  const env = { ...process.env, LC_ALL: 'C', TZ: 'UTC' };
  try {
    execFileSync(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'demarc', '--auth=trust', '-E', 'UTF8', '--no-sync'],
      {
        ...spawnAs,
        env,
        cwd: base,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  } catch (error) {
    rmSync(base, { recursive: true, force: true });
    throw new Error(`initdb failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`);
  }
  const port = await freePort();
  const logFile = join(base, 'postgres.log');
  const log = openSync(logFile, 'w');
  if (user) chownSync(logFile, user.uid, user.gid);
  const child: ChildProcess = spawn(
    join(bin, 'postgres'),
    ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', base, '-c', 'max_connections=200'],
    { ...spawnAs, env, cwd: base, stdio: ['ignore', 'ignore', log] },
  );
  closeSync(log);
  const url = `postgres://demarc@127.0.0.1:${port}/postgres`;
  const { default: pg } = await import('pg');
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      const text = readFileSync(logFile, 'utf8').slice(-4000);
      rmSync(base, { recursive: true, force: true });
      throw new Error(`postgres exited: ${text}`);
    }
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => undefined);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `postgres did not accept connections within 30 s: ${readFileSync(logFile, 'utf8').slice(-4000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  let databases = 0;
  return {
    url,
    async createDatabase() {
      databases += 1;
      const name = `demarc_test_${databases}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://demarc@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // SIGINT is PostgreSQL's fast shutdown: open sessions are ended, not waited for.
        child.kill('SIGINT');
        await exited;
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}
