import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import type { ScanResult } from '../engine/result.js';
import { FORMATS } from '../report/formats.js';
import { PACKAGE_ROOT } from './paths.js';

/** The real CLI in a child process, as a CI job runs it. */
function demarc(args: string[]) {
  const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin/demarc.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    cwd: mkdtempSync(join(tmpdir(), 'demarc-cwd-')),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('scan --format a,b,c --output-dir', () => {
  it('writes one file per format from the same scan', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'demarc-out-')), 'nested', 'out');
    const { code, stderr } = demarc(['scan', '--demo', '--format', 'json,csv,junit', '--output-dir', dir]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(readdirSync(dir).sort(), ['demarc.csv', 'demarc.json', 'demarc.junit.xml']);
    for (const file of ['demarc.csv', 'demarc.json', 'demarc.junit.xml'])
      assert.match(stderr, new RegExp(`report written to .*${file}`));

    const result = JSON.parse(readFileSync(join(dir, 'demarc.json'), 'utf8')) as ScanResult;
    const rows = parseCsv(readFileSync(join(dir, 'demarc.csv'), 'utf8'), { columns: true }) as {
      check_id: string;
    }[];
    const xml = readFileSync(join(dir, 'demarc.junit.xml'), 'utf8');
    assert.equal(XMLValidator.validate(xml), true);
    // The same findings in every file: one scan, several views.
    assert.equal(rows.length, result.findings.length);
    assert.deepEqual(
      rows.map((r) => r.check_id),
      result.findings.map((f) => f.checkId),
    );
    assert.match(xml, new RegExp(`<testsuites name="demarc" tests="${result.findings.length}" `));
  });

  it('every machine-readable format has its own file name in one directory', () => {
    const extensions = Object.values(FORMATS).map((f) => f.extension);
    assert.equal(new Set(extensions).size, extensions.length);
    const dir = mkdtempSync(join(tmpdir(), 'demarc-all-'));
    const names = 'json,ocsf,asff,junit,csv,markdown,oscal';
    const { code, stderr } = demarc(['scan', '--demo', '--format', names, '--output-dir', dir]);
    assert.equal(code, 0, stderr);
    for (const name of names.split(',')) {
      assert.ok(existsSync(join(dir, `demarc.${FORMATS[name]?.extension}`)), name);
    }
  });

  it('several formats without --output-dir, or an unknown one, is a one-line usage error', () => {
    const several = demarc(['scan', '--demo', '--format', 'json,csv']);
    assert.equal(several.code, 2);
    assert.equal(several.stderr, 'demarc: --format with several formats needs --output-dir DIR\n');
    const unknown = demarc(['scan', '--demo', '--format', 'json,xlsx', '--output-dir', tmpdir()]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^demarc: --format: unknown format 'xlsx' \(known: .*ocsf.*\)\n$/);
  });
});
