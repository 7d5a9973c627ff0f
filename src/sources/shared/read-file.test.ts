import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../errors.js';
import { readInputFile } from './read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'demarc-read-'));
const read = (path: string, limitBytes = 1024, what: string | null = 'snapshot') =>
  readInputFile({ path, shown: path.slice(dir.length + 1), limitBytes, ...(what !== null && { what }) });
const refusal = (path: string, limitBytes?: number) =>
  assert.throws(() => read(path, limitBytes), InputError) as unknown;
const message = (path: string, limitBytes = 1024): string => {
  try {
    read(path, limitBytes);
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return error.message;
  }
  return assert.fail('expected a refusal');
};

describe('the bounded input reader', () => {
  it('reads a regular file, and a link to one, as text without a byte-order mark', () => {
    writeFileSync(join(dir, 'bom.json'), '\uFEFF{"a": "é"}');
    symlinkSync(join(dir, 'bom.json'), join(dir, 'link.json'));
    assert.equal(read(join(dir, 'bom.json')), '{"a": "é"}');
    assert.equal(read(join(dir, 'link.json')), '{"a": "é"}');
  });

  it('refuses a FIFO without blocking (nothing ever writes to it)', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    assert.equal(
      message(join(dir, 'pipe.json')),
      'pipe.json: cannot read snapshot: not a regular file (a FIFO)',
    );
  });

  it('refuses devices, links to them and directories', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    assert.equal(
      message(join(dir, 'zero.json')),
      'zero.json: cannot read snapshot: not a regular file (a character device)',
    );
    assert.equal(message(join(dir)), ': cannot read snapshot: not a regular file (a directory)');
    refusal('/dev/urandom');
  });

  it('refuses a file over the limit before reading it, naming the limit', () => {
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(2049));
    assert.equal(
      message(join(dir, 'big.json'), 2048),
      'big.json: cannot read snapshot: larger than 2 KiB, the limit for a snapshot',
    );
    // A sparse file: stat says 600 MiB, and it is refused on that alone.
    truncateSync(join(dir, 'big.json'), 600 * 1024 * 1024);
    assert.match(
      message(join(dir, 'big.json'), 500 * 1024 * 1024),
      /larger than 500 MiB, the limit for a snapshot$/,
    );
  });

  it('reads files whose size stat does not know (/proc), still within the limit', () => {
    assert.match(read('/proc/self/status', 1024 * 1024, null), /^Name:/);
    assert.throws(() => read('/proc/self/status', 16, null), /larger than 16 bytes, the limit for one file/);
  });

  it('names a missing file by its error code', () => {
    assert.equal(message(join(dir, 'missing.json')), 'missing.json: cannot read snapshot (ENOENT)');
  });
});
