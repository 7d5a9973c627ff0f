import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { ScanResult } from '../engine/result.js';
import { isPostgresUrl, openStore, type ScanStore } from '../store/store.js';
import type { Io } from './io.js';

/** The flag every command that touches the scan history takes. */
export const STORE_FLAG = { store: { type: 'string' } } as const;

export const STORE_USAGE = `  --store FILE|URL       the scan history: a SQLite file, or postgres://user@host/db
                         (default: $XDG_DATA_HOME/demarc/demarc.db, else ~/.local/share/demarc/demarc.db)`;

/** Where the history is: --store (a URL, or a file relative to the working directory), else the XDG data home. */
export function storeLocation(flag: string | undefined, io: Pick<Io, 'env' | 'cwd'>): string {
  if (flag) return isPostgresUrl(flag) ? flag : resolve(io.cwd, flag);
  const xdg = io.env.XDG_DATA_HOME;
  // XDG: a relative XDG_DATA_HOME is invalid and ignored.
  const dataHome = xdg && isAbsolute(xdg) ? xdg : join(io.env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'demarc', 'demarc.db');
}

/** Opens the history for a command, runs `work`, and always closes it. */
export async function withStore<T>(
  flag: string | undefined,
  io: Pick<Io, 'env' | 'cwd'>,
  work: (store: ScanStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(storeLocation(flag, io));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Opens and closes the history: creates and migrates it, or fails, before any work is done. */
export async function checkStore(flag: string | undefined, io: Pick<Io, 'env' | 'cwd'>): Promise<void> {
  await withStore(flag, io, async () => undefined);
}

/** Saves a scan to the history and says where, on stderr. */
export async function saveToStore(flag: string | undefined, io: Io, result: ScanResult): Promise<void> {
  await withStore(flag, io, async (store) => {
    const id = await store.save(result);
    io.stderr(`scan saved as scan ${id} in ${store.location}\n`);
  });
}
