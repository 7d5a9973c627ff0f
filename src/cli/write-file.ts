import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from '../errors.js';

/**
 * Every file demarc writes (reports, snapshots, the starter policy) goes through here: checked
 * before anything is written, then written to a temporary file beside the target, flushed to disk
 * and renamed over it. A failed or interrupted write (SIGINT, SIGTERM) removes the temporary file
 * and leaves the previous file whole.
 */

/** Text as one string or as chunks (large reports are streamed, never held as one string). */
export type Chunks = string | Iterable<string>;

/** Kernel and device trees: writing there is never a report, and can hang or do harm. */
const SPECIAL_TREES = ['/proc', '/sys', '/dev'];

/**
 * Chunks are gathered into writes of about this many characters. Kept under V8's large-object
 * size (128 KiB, even for two-byte text), so each batch dies young: 1 MiB batches went to the
 * large-object space and waited for a full collection, +190 MiB at peak per 100k resources.
 */
const BATCH = 1 << 15;

/**
 * Test hook, for the interruption test only: with DEMARC_TEST_WRITE_PAUSE_MS set, the writer
 * pauses that long after its first write, so a test can interrupt it mid-file deterministically.
 */
const PAUSE_ENV = 'DEMARC_TEST_WRITE_PAUSE_MS';

const REASONS: Record<string, string> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'a symbolic link loop',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a directory',
  ENAMETOOLONG: 'name too long',
  EEXIST: 'exists and is not a directory',
};

function failure(shown: string, what: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = (code && REASONS[code]) ?? code ?? (error as Error).message;
  return new InputError(
    `${shown}: cannot write ${what}: ${reason}${code && REASONS[code] ? ` (${code})` : ''}`,
  );
}

/** The real path of the nearest part of `path` that exists (symbolic links resolved). */
function nearestRealPath(path: string): string {
  let current = path;
  for (;;) {
    try {
      return join(realpathSync(current), path.slice(current.length));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = dirname(current);
      if (code !== 'ENOENT' || parent === current) throw error;
      current = parent;
    }
  }
}

function refuseSpecialTree(shown: string, what: string, path: string): void {
  const real = nearestRealPath(path);
  const tree = SPECIAL_TREES.find((t) => real === t || real.startsWith(`${t}${sep}`));
  if (tree) throw new InputError(`${shown}: will not write ${what} under ${tree}`);
}

/**
 * Checks a file target before anything is written; returns the path to replace (a symbolic link
 * is followed, so the file it points at is replaced and the link kept).
 */
export function checkOutputFile(target: string, shown = target, what = 'report'): string {
  const path = resolve(target);
  try {
    refuseSpecialTree(shown, what, path);
    const real = nearestRealPath(path);
    const parent = statSync(dirname(real));
    if (!parent.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    const existing = statSync(real, { throwIfNoEntry: false });
    if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (existing && !existing.isFile())
      throw new InputError(`${shown}: will not write ${what}: not a regular file`);
    return real;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw failure(shown, what, error);
  }
}

/** Makes sure an --output-dir is a directory (creating it), refusing special places first. */
export function prepareOutputDir(dir: string): void {
  const path = resolve(dir);
  try {
    refuseSpecialTree(dir, 'reports', path);
    const existing = lstatSync(path, { throwIfNoEntry: false });
    if (existing) {
      if (!statSync(path).isDirectory()) throw new InputError(`${dir}: --output-dir is not a directory`);
      return;
    }
    mkdirSync(path, { recursive: true });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw failure(dir, 'reports', error);
  }
}

function* batches(chunks: Chunks): Generator<string> {
  if (typeof chunks === 'string') {
    yield chunks;
    return;
  }
  let pending: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= BATCH) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield pending.join('');
}

/** Writes text or chunks to standard output in batches, without one large string. */
export function writeChunks(write: (text: string) => void, chunks: Chunks): void {
  for (const batch of batches(chunks)) write(batch);
}

/**
 * Writes `chunks` to `target` atomically. Throws an InputError naming `shown` when the target is
 * not writable; on SIGINT or SIGTERM removes the temporary file, then dies of the signal as it
 * would have.
 */
export async function writeFileAtomic(
  target: string,
  chunks: Chunks,
  options: { shown?: string; what?: string } = {},
): Promise<void> {
  const shown = options.shown ?? target;
  const what = options.what ?? 'report';
  const real = checkOutputFile(target, shown, what);
  const temp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = statSync(real, { throwIfNoEntry: false })?.mode;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temp, 'wx', mode === undefined ? 0o666 : mode & 0o777);
  } catch (error) {
    throw failure(shown, what, error);
  }
  const removeTemp = () => {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const pause = Number(process.env[PAUSE_ENV] ?? 0);
  try {
    let first = true;
    for (const batch of batches(chunks)) {
      await handle.write(batch);
      if (first && pause > 0) await sleep(pause);
      first = false;
    }
    await handle.sync();
    await handle.close();
    await rename(temp, real);
  } catch (error) {
    await handle.close().catch(() => undefined);
    removeTemp();
    // A file-system refusal is the user's to fix; anything else is a defect and stays one.
    throw (error as NodeJS.ErrnoException).code ? failure(shown, what, error) : error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
