import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { AnyCheck, IacCoverage } from '../../src/checks/check.js';
import { type Example, type ExampleFormat, IAC_KEY_OF_FORMAT } from '../../src/checks/example.js';
import { CHECKS } from '../../src/checks/registry.js';
import type { Finding } from '../../src/engine/result.js';
import { evaluate } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { ResourceSchema } from '../../src/inventory/resources.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import type { IacFileResult, IacReader } from '../../src/sources/shared/iac-reader.js';
import { REPO_ROOT } from './paths.js';

export const FIXTURE_NOW = new Date('2026-11-01T12:00:00Z');

/** Reads a file of the repository (a check's example) through a reader, shown by its repository path. */
export function readFixture(
  reader: IacReader,
  path: string,
  parameters: Record<string, string> = {},
): IacFileResult {
  return reader.read(path, readFileSync(join(REPO_ROOT, path), 'utf8'), { parameters });
}

/** A check with its folder (repository path) and the examples its examples.ts lists. */
interface CheckExamples {
  check: AnyCheck;
  folder: string;
  examples: readonly Example[];
}

/** Every registered check's examples, loaded once from examples.js beside its compiled check. */
const ALL: CheckExamples[] = await Promise.all(
  CHECKS.map(async (check) => {
    const folder = `src/checks/${check.service}/${check.id}`;
    const module = (await import(`../../${folder}/examples.js`)) as { default: readonly Example[] };
    return { check, folder, examples: module.default };
  }),
);

/** One reader and what the harness needs to know about its format. */
interface ExampleReader {
  format: ExampleFormat;
  reader: IacReader;
  /** The line a resource should be reported at, found in the file's text apart from the reader. */
  lineOf(text: string, logicalId: string, path: string): number;
  /** More assertions on every example's read (the plan reader raises no notices, …). */
  onRead?(path: string, text: string, read: IacFileResult): void;
}

const allows = (coverage: IacCoverage, verdict: 'pass' | 'fail'): boolean =>
  coverage === 'both' || coverage === `${verdict}-only`;

/**
 * Registers the example tests of one format: each check's examples match what its `iac` metadata
 * says the format can decide, and each example, read by the format's reader, gets the verdict it
 * expects (a fail at the resource's own file:line).
 */
export function exampleTests(format: ExampleReader): void {
  const key = IAC_KEY_OF_FORMAT[format.format];

  const run = (check: AnyCheck, path: string): Finding[] => {
    const text = readFileSync(join(REPO_ROOT, path), 'utf8');
    const read = format.reader.read(path, text, { parameters: {} });
    for (const resource of read.resources) {
      const parsed = ResourceSchema.safeParse(resource);
      assert.ok(parsed.success, `${path} ${resource.id}: ${parsed.error?.message}`);
    }
    format.onRead?.(path, text, read);
    return evaluate(new Inventory(read.resources), DEFAULT_POLICY, [check], FIXTURE_NOW);
  };

  const assertFails = (check: AnyCheck, path: string): void => {
    const failed = run(check, path).filter((f) => f.status === 'fail');
    assert.ok(failed.length > 0, `${path}: expected a fail for ${check.id}`);
    const text = readFileSync(join(REPO_ROOT, path), 'utf8');
    for (const finding of failed) {
      const source = finding.resource.source;
      assert.equal(source.kind, format.reader.kind);
      assert.equal(source.file, path);
      assert.equal(source.line, format.lineOf(text, source.logicalId ?? '', path), finding.reason);
    }
  };

  const assertAll = (check: AnyCheck, path: string, status: 'pass' | 'not_assessed'): void => {
    const findings = run(check, path);
    assert.ok(findings.length > 0, `${path}: expected findings for ${check.id}`);
    assert.deepEqual(
      findings
        .filter((f) => f.status !== status)
        .map((f) => `${f.resource.source.logicalId}: ${f.status}: ${f.reason}`),
      [],
      `${path}: every ${check.id} finding should be ${status}`,
    );
  };

  for (const { check, folder, examples } of ALL) {
    const coverage = check.iac[key];
    const mine = examples.filter((e) => e.format === format.format);
    describe(`${check.id} (${format.format}: ${typeof coverage === 'string' ? coverage : 'never'})`, () => {
      test('its examples match its iac metadata', () => {
        for (const verdict of ['pass', 'fail'] as const) {
          const has = mine.some((e) => e.expect === verdict);
          assert.equal(
            has,
            allows(coverage, verdict),
            has ? `a ${verdict} example the metadata rules out` : `no ${verdict} example`,
          );
        }
        if (typeof coverage !== 'string') assert.deepEqual(mine, [], `never: ${coverage.never}`);
      });

      test('its examples folder holds exactly the listed files', () => {
        const dir = join(REPO_ROOT, folder, 'examples');
        const onDisk = existsSync(dir)
          ? readdirSync(dir)
              .filter((f) => f.startsWith(`${format.format}.`))
              .map((f) => `examples/${f}`)
          : [];
        assert.deepEqual(onDisk.sort(), mine.map((e) => e.file).sort());
      });

      for (const example of mine) {
        const path = `${folder}/${example.file}`;
        test(`${example.expect}: ${example.file}${example.note ? ` (${example.note})` : ''}`, () => {
          if (example.expect === 'fail') assertFails(check, path);
          else assertAll(check, path, example.expect);
        });
      }
    });
  }
}
