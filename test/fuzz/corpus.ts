import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzCase } from './case.js';
import type { Property } from './properties.js';

/**
 * The corpus: every case that ever failed, one JSON file each under test/fuzz/corpus/<target>/,
 * replayed before any new case is generated. A saved case stays after its defect is fixed: it is
 * the regression test. `known` names the issue item whose fix is pending (the replay is then a
 * todo, reported but not failing the run); remove it when the fix lands.
 */
interface CorpusEntry {
  target: string;
  /** Each property the case broke, with what was seen. */
  failed: Partial<Record<Property, string>>;
  known?: string;
  seed: number;
  fuzzCase: FuzzCase;
}

const CORPUS_DIR = join(new URL('../../../', import.meta.url).pathname, 'test/fuzz/corpus');

export function caseKey(fuzzCase: FuzzCase): string {
  return createHash('sha256').update(JSON.stringify(fuzzCase)).digest('hex').slice(0, 12);
}

export function loadCorpus(target: string): { file: string; entry: CorpusEntry }[] {
  const dir = join(CORPUS_DIR, target);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      file: `${target}/${f}`,
      entry: JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusEntry,
    }));
}

/** Saves a minimal failing case (one file per case, its broken properties merged); returns its path. */
export function saveCase(entry: CorpusEntry): string {
  const dir = join(CORPUS_DIR, entry.target);
  mkdirSync(dir, { recursive: true });
  const name = `${caseKey(entry.fuzzCase)}.json`;
  const path = join(dir, name);
  const old = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry) : undefined;
  // Rewritten only to add a property, so a replay never churns the files.
  if (!old || Object.keys(entry.failed).some((p) => !(p in old.failed))) {
    const merged = old ? { ...old, failed: { ...old.failed, ...entry.failed } } : entry;
    writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
  }
  return `test/fuzz/corpus/${entry.target}/${name}`;
}
