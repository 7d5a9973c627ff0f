import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCheck } from '../../checks/registry.js';
import type { Finding } from '../../engine/result.js';
import { evaluate } from '../../engine/run.js';
import { Inventory } from '../../inventory/inventory.js';
import { DEFAULT_POLICY } from '../../policy/policy.js';
import type { IacFileResult, IacReader } from './reader.js';

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
