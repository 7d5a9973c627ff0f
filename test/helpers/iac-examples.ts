import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnyCheck, IacCoverage } from '../../src/checks/check.js';
import { type ExampleFormat, IAC_KEY_OF_FORMAT } from '../../src/checks/example.js';
import { CHECKS } from '../../src/checks/registry.js';
import type { Finding } from '../../src/engine/result.js';
import { evaluate } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { ResourceSchema } from '../../src/inventory/resources.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import type { IacFileResult } from '../../src/sources/shared/iac-reader.js';
import {
  type CheckExample,
  exampleSource,
  examplesOf,
  leftoverExampleFolders,
  readExample,
  readSnippet,
} from './examples.js';

export const FIXTURE_NOW = new Date('2026-11-01T12:00:00Z');

/** Reads a check's example (by check, format and verdict) with the given parameters. */
export function readFixture(
  checkId: string,
  format: ExampleFormat,
  expect: string,
  parameters: Record<string, string> = {},
): IacFileResult {
  const path = `${checkId}.${format}.${expect}`;
  return readSnippet(format, path, exampleSource(checkId, format, expect), parameters);
}

/** One format and what the harness needs to know about it. */
interface ExampleReader {
  format: ExampleFormat;
  /** The source kind the format's resources carry. */
  kind: 'cloudformation' | 'terraform';
  /** The line a resource should be reported at, found in the snippet's text apart from the reader. */
  lineOf(text: string, logicalId: string, path: string): number;
  /** More assertions on every example's read (the plan reader raises no notices, …). */
  onRead?(path: string, text: string, read: IacFileResult): void;
}

const allows = (coverage: IacCoverage, verdict: 'pass' | 'fail'): boolean =>
  coverage === 'both' || coverage === `${verdict}-only`;

/** Every check's findings on an example, after checking each resource against the schema. */
function findingsOn(e: CheckExample, checks: readonly AnyCheck[], onRead?: ExampleReader['onRead']) {
  const read = readExample(e);
  for (const resource of read.resources) {
    const parsed = ResourceSchema.safeParse(resource);
    assert.ok(parsed.success, `${e.path} ${resource.id}: ${parsed.error?.message}`);
  }
  onRead?.(e.path, e.example.source, read);
  return evaluate(new Inventory(read.resources), DEFAULT_POLICY, checks, FIXTURE_NOW);
}

/**
 * Registers the example tests of one format: each check's examples match what its `iac` metadata
 * says the format can decide, and each example, read by the format's reader, gets the verdict it
 * expects (a fail at the resource's own line of the snippet).
 */
export function exampleTests(format: ExampleReader): void {
  const key = IAC_KEY_OF_FORMAT[format.format];

  test('no check keeps an examples/ folder: examples are inline in examples.ts', () => {
    assert.deepEqual(leftoverExampleFolders(), [], 'run node dist/scripts/inline-examples.js');
  });

  const assertFails = (findings: Finding[], e: CheckExample): void => {
    const failed = findings.filter((f) => f.status === 'fail');
    assert.ok(failed.length > 0, `${e.path}: expected a fail for ${e.check.id}`);
    for (const finding of failed) {
      const source = finding.resource.source;
      assert.equal(source.kind, format.kind);
      assert.equal(source.file, e.path);
      const line = format.lineOf(e.example.source, source.logicalId ?? '', e.path);
      assert.equal(source.line, line, finding.reason);
    }
  };

  const assertAll = (findings: Finding[], e: CheckExample, status: 'pass' | 'not_assessed'): void => {
    assert.ok(findings.length > 0, `${e.path}: expected findings for ${e.check.id}`);
    assert.deepEqual(
      findings
        .filter((f) => f.status !== status)
        .map((f) => `${f.resource.source.logicalId}: ${f.status}: ${f.reason}`),
      [],
      `${e.path}: every ${e.check.id} finding should be ${status}`,
    );
  };

  for (const check of CHECKS) {
    const coverage = check.iac[key];
    const mine = examplesOf(format.format, check);
    describe(`${check.id} (${format.format}: ${typeof coverage === 'string' ? coverage : 'never'})`, () => {
      test('its examples match its iac metadata', () => {
        for (const verdict of ['pass', 'fail'] as const) {
          const has = mine.some((e) => e.example.expect === verdict);
          assert.equal(
            has,
            allows(coverage, verdict),
            has ? `a ${verdict} example the metadata rules out` : `no ${verdict} example`,
          );
        }
        if (typeof coverage !== 'string')
          assert.deepEqual(
            mine.map((e) => e.name),
            [],
            `never: ${coverage.never}`,
          );
      });

      for (const e of mine) {
        const { expect, note } = e.example;
        test(`${expect}: ${e.name}${note ? ` (${note})` : ''}`, () => {
          const findings = findingsOn(e, [check], format.onRead);
          if (expect === 'fail') assertFails(findings, e);
          else assertAll(findings, e, expect);
        });
      }
    });
  }
}

/**
 * `<check> <resource type>` → the statuses of its findings, sorted. Keyed by type rather than
 * address: a plan example may hold a resource in a child module, which a one-file HCL snippet
 * cannot (a local module is a folder of its own).
 */
function verdictsOn(e: CheckExample): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of findingsOn(e, CHECKS)) (out[`${f.checkId} ${f.resource.type}`] ??= []).push(f.status);
  for (const statuses of Object.values(out)) statuses.sort();
  return out;
}

/**
 * One mapping, two front ends: where a check has an HCL and a plan example of one verdict, every
 * check gets the same verdicts on both (the HCL is the configuration the plan was made from).
 */
export function parityTests(): void {
  for (const check of CHECKS) {
    for (const hcl of examplesOf('terraform-hcl', check)) {
      const plan = examplesOf('terraform-plan', check).find((p) => p.example.expect === hcl.example.expect);
      if (!plan) continue;
      test(`${check.id}: ${hcl.name} and ${plan.name} get the same verdicts`, () => {
        assert.deepEqual(verdictsOn(hcl), verdictsOn(plan));
      });
    }
  }
}
