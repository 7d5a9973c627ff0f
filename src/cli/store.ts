import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { ScanResult } from '../engine/result.js';
import type { Policy } from '../policy/policy.js';
import { isPostgresUrl, openStore, type ScanStore } from '../store/store.js';
import { type Io, loadPolicy, policyPath } from './io.js';

/** The flags every command that touches the scan history takes. */
export const STORE_FLAG = { store: { type: 'string' } } as const;
export const STORE_CONFIG_FLAGS = { ...STORE_FLAG, config: { type: 'string' } } as const;

export const STORE_USAGE = `  --store FILE|URL       the scan history: a SQLite file, or postgres://user@host/db
                         (default: demarc.yaml's store.location, else $XDG_DATA_HOME/demarc/demarc.db,
                         else ~/.local/share/demarc/demarc.db)`;

export const STORE_CONFIG_USAGE = `${STORE_USAGE}
  --config FILE          the policy file whose store setting is used (default: ./demarc.yaml if present)`;

/** What the policy file says about the history, with the directory its relative location is read from. */
interface StoreSetting {
  location?: string;
  save: boolean;
  /** The policy file's directory. */
  dir: string;
}

/** The store setting of a loaded policy; `file` is the policy file it came from (relative to cwd). */
export function storeSettingOf(
  policy: Policy,
  file: string | undefined,
  cwd: string,
): StoreSetting | undefined {
  if (!policy.store || !file) return undefined;
  const { location, save } = policy.store;
  return { ...(location !== undefined && { location }), save, dir: dirname(resolve(cwd, file)) };
}

/** The policy's store setting for commands that read only the history (history, diff, serve). */
function storeSettingFrom(configFlag: string | undefined, cwd: string): StoreSetting | undefined {
  return storeSettingOf(loadPolicy(configFlag, undefined, cwd), policyPath(configFlag, undefined, cwd), cwd);
}

const homeOf = (io: Pick<Io, 'env'>) => io.env.HOME || homedir();

/**
 * Where the history is: --store (a URL, or a file relative to the working directory), else the
 * policy's store.location (a URL, or a file relative to the policy file, so the file names one store
 * whichever directory demarc runs in), else the XDG data home.
 */
export function storeLocation(
  flag: string | undefined,
  io: Pick<Io, 'env' | 'cwd'>,
  setting?: StoreSetting,
): string {
  if (flag) return isPostgresUrl(flag) ? flag : resolve(io.cwd, flag);
  const stated = setting?.location;
  if (stated && setting) {
    if (isPostgresUrl(stated)) return stated;
    if (stated === '~' || stated.startsWith('~/')) return join(homeOf(io), stated.slice(1));
    return resolve(setting.dir, stated);
  }
  const xdg = io.env.XDG_DATA_HOME;
  // XDG: a relative XDG_DATA_HOME is invalid and ignored.
  const dataHome = xdg && isAbsolute(xdg) ? xdg : join(homeOf(io), '.local', 'share');
  return join(dataHome, 'demarc', 'demarc.db');
}

/** Opens the history at a location, runs `work`, and always closes it. */
export async function withStore<T>(location: string, work: (store: ScanStore) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Opens and closes the history: creates and migrates it, or fails, before any work is done. */
export async function checkStore(location: string): Promise<void> {
  await withStore(location, async () => undefined);
}

/** Saves a scan to the history and says where, on stderr. */
export async function saveToStore(location: string, io: Io, result: ScanResult): Promise<void> {
  await withStore(location, async (store) => {
    const id = await store.save(result);
    io.stderr(`scan saved as scan ${id} in ${store.location}\n`);
  });
}

/** The history a reading command (history, diff, serve) opens: --store, else the policy's, else the default. */
export function historyLocation(
  values: { store?: string; config?: string },
  io: Pick<Io, 'env' | 'cwd'>,
): string {
  // --store decides alone: a policy file is read only when it is needed.
  if (values.store) return storeLocation(values.store, io);
  return storeLocation(undefined, io, storeSettingFrom(values.config, io.cwd));
}
