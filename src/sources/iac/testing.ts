import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CHECKS, findCheck } from '../../checks/registry.js';
import type { Finding } from '../../engine/result.js';
import { evaluate } from '../../engine/run.js';
import { Inventory } from '../../inventory/inventory.js';
import { DEFAULT_POLICY } from '../../policy/policy.js';
import type { IacFileResult, IacReader } from '../shared/iac-reader.js';

/** The repository's fixtures folder, from dist/src/sources/iac or src/sources/iac alike. */
export const FIXTURES = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  ...(import.meta.dirname.includes('/dist/') ? ['..'] : []),
  'test',
  'fixtures',
  'iac',
);

export const FIXTURE_NOW = new Date('2026-11-01T12:00:00Z');

/** Reads a fixture file through a reader, shown as its path under test/fixtures/iac. */
export function readFixture(
  reader: IacReader,
  relative: string,
  parameters: Record<string, string> = {},
): IacFileResult {
  const text = readFileSync(join(FIXTURES, relative), 'utf8');
  return reader.read(`test/fixtures/iac/${relative}`, text, { parameters });
}

/** The findings of one check on a fixture file, judged with the default policy. */
export function findingsOf(reader: IacReader, relative: string, checkId: string): Finding[] {
  const check = findCheck(checkId);
  if (!check) throw new Error(`no check ${checkId}`);
  const { resources } = readFixture(reader, relative);
  return evaluate(new Inventory(resources), DEFAULT_POLICY, [check], FIXTURE_NOW);
}

/** Which checks a format's fixtures cover, and how (every registered check in exactly one list). */
export interface FixtureLists {
  /** A pass and a fail fixture each. */
  both: readonly string[];
  /** The format can pass these but not fail them (or the reverse): one fixture. */
  passOnly: readonly string[];
  failOnly: readonly string[];
  /** Checks the format cannot decide, or tested elsewhere; the file says why. */
  elsewhere: readonly string[];
}

export interface FixtureFormat {
  reader: IacReader;
  /** Folder under test/fixtures/iac, also the prefix of every fixture's path. */
  folder: string;
  extensions: readonly string[];
  /** The line a resource should be reported at, found in the text apart from the reader. */
  lineOf(relative: string, logicalId: string): number;
}

/** Registers the fixture tests every IaC format shares: coverage of the registry, then each check's cases. */
export function fixtureTests(format: FixtureFormat, lists: FixtureLists): void {
  const fixture = (checkId: string, kind: string): string | undefined =>
    format.extensions
      .map((ext) => `${format.folder}/${checkId}/${kind}.${ext}`)
      .find((relative) => existsSync(join(FIXTURES, relative)));

  const assertFails = (checkId: string, relative: string): void => {
    const failed = findingsOf(format.reader, relative, checkId).filter((f) => f.status === 'fail');
    assert.ok(failed.length > 0, `${relative}: expected a fail for ${checkId}`);
    for (const finding of failed) {
      const source = finding.resource.source;
      assert.equal(source.kind, format.reader.kind);
      assert.equal(source.file, `test/fixtures/iac/${relative}`);
      assert.equal(source.line, format.lineOf(relative, source.logicalId ?? ''), finding.reason);
    }
  };

  const assertPasses = (checkId: string, relative: string): void => {
    const findings = findingsOf(format.reader, relative, checkId);
    assert.ok(findings.length > 0, `${relative}: expected findings for ${checkId}`);
    assert.deepEqual(
      findings
        .filter((f) => f.status !== 'pass')
        .map((f) => `${f.resource.source.logicalId}: ${f.status}: ${f.reason}`),
      [],
      `${relative}: every ${checkId} finding should pass`,
    );
  };

  test('every check is placed in exactly one list', () => {
    const listed = [...lists.both, ...lists.passOnly, ...lists.failOnly, ...lists.elsewhere];
    assert.equal(new Set(listed).size, listed.length, 'a check is listed twice');
    assert.deepEqual([...listed].sort(), CHECKS.map((c) => c.id).sort());
  });

  test('every fixture folder belongs to a listed check', () => {
    const covered = new Set([...lists.both, ...lists.passOnly, ...lists.failOnly]);
    assert.deepEqual(
      readdirSync(join(FIXTURES, format.folder)).filter((f) => !covered.has(f)),
      [],
    );
  });

  for (const checkId of [...lists.both, ...lists.failOnly]) {
    test(`${checkId}: fail fixture`, () => {
      const fail = fixture(checkId, 'fail');
      assert.ok(fail, `no fail fixture for ${checkId}`);
      assertFails(checkId, fail);
    });
  }
  for (const checkId of [...lists.both, ...lists.passOnly]) {
    test(`${checkId}: pass fixture`, () => {
      const pass = fixture(checkId, 'pass');
      assert.ok(pass, `no pass fixture for ${checkId}`);
      assertPasses(checkId, pass);
    });
  }
}
