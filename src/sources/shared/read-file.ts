import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { InputError } from '../../errors.js';

const MIB = 1024 * 1024;

/** Snapshots of a large estate run to hundreds of MB; past this, one JavaScript string cannot hold them. */
export const SNAPSHOT_LIMIT_BYTES = 500 * MIB;
/** A policy file is hand-written: a few KiB. Anything near this size is a mistake or an attack. */
export const POLICY_LIMIT_BYTES = 1 * MIB;
/** IaC files (templates, plans, .tf, tfvars) unless --max-file-mb says otherwise: a template is at most 1 MB, a plan rarely tens of MB. */
export const IAC_LIMIT_BYTES = 32 * MIB;

interface BoundedRead {
  /** The path to open (absolute, or relative to the process's directory). */
  path: string;
  /** How the file is named in messages (as the user gave it, or relative to the repository). */
  shown: string;
  /** What the file is for, in messages: `snapshot`, `policy file`; omitted for IaC files. */
  what?: string;
  limitBytes: number;
  /** How the user can change the limit, said when a file is over it (`--max-file-mb N`). */
  limitHint?: string;
}

/**
 * Reads one input file as UTF-8 text, without a byte-order mark. Refuses, in one line naming the
 * file, anything that is not a regular file (a FIFO or device would block or never end) and
 * anything over the limit; neither is opened in a way that could block or read without end.
 */
export function readInputFile(input: BoundedRead): string {
  const fail = (why: string): never => {
    throw new InputError(`${input.shown}: cannot read${input.what ? ` ${input.what}` : ''}${why}`);
  };
  let stats: Stats;
  try {
    // stat follows symbolic links: a link to /dev/zero is judged as /dev/zero.
    stats = statSync(input.path);
  } catch (error) {
    return fail(` (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const refusal = refuse(stats, input);
  if (refusal) return fail(`: ${refusal}`);
  let fd: number;
  try {
    // O_NONBLOCK: should the path be swapped for a FIFO after the stat, opening it still returns.
    fd = openSync(input.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return fail(` (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const opened = refuse(fstatSync(fd), input);
    if (opened) return fail(`: ${opened}`);
    const bytes = readBounded(fd, stats.size, input.limitBytes);
    if (bytes === undefined) return fail(`: ${overLimit(input)}`);
    return decode(bytes, input);
  } finally {
    closeSync(fd);
  }
}

function refuse(stats: Stats, input: BoundedRead): string | undefined {
  if (!stats.isFile()) return `not a regular file (${fileKind(stats)})`;
  if (stats.size > input.limitBytes) return overLimit(input);
  return undefined;
}

function overLimit(input: BoundedRead): string {
  return `larger than ${mib(input.limitBytes)}, the limit for ${input.what ? `a ${input.what}` : 'one file'}${input.limitHint ? ` (${input.limitHint})` : ''}`;
}

function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

/**
 * The file's bytes, or undefined once more than `limit` are seen. The size from stat is only a
 * hint: a file may grow while read, and files under /proc say 0 and still have content.
 */
function readBounded(fd: number, sizeHint: number, limit: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(sizeHint, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(Math.max(buffer.length * 2, 64 * 1024), limit + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return length > limit ? undefined : buffer.subarray(0, length);
}

function decode(bytes: Buffer, input: BoundedRead): string {
  // A UTF-8 byte-order mark (editors on Windows add one) is not part of the content.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return bytes.toString('utf8', start);
  } catch {
    // Only a limit raised past what one string can hold gets here (ERR_STRING_TOO_LONG).
    throw new InputError(`${input.shown}: too large to read as text (${mib(bytes.length)})`);
  }
}

/** A size as people set limits: `32 MiB`, `1.5 MiB`, `2 KiB`, `16 bytes`. */
function mib(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MIB / 10) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${Number((bytes / MIB).toFixed(1))} MiB`;
}
