import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { clientScript } from '../../src/report/html/client.js';
import { renderHtml } from '../../src/report/html/render.js';
import { demoResult, hostileResult } from '../helpers/html.js';
import type { FuzzCase } from './case.js';
import { CASES, SEED, SHRINK_BUDGET_MS, type Target } from './config.js';
import { caseKey, loadCorpus, saveCase } from './corpus.js';
import { type HtmlShape, tagsOf } from './html-static.js';
import { judge, PROPERTIES, type Property, type Verdicts } from './properties.js';
import { Sandbox } from './sandbox.js';
import { TARGETS } from './targets.js';

/**
 * The fuzz suite: every reader and every report format driven through the real CLI entry with
 * generated inputs (see targets.ts), each case in a worker with a deadline (sandbox.ts), judged
 * on the properties in properties.ts. The corpus of past failures replays first. Seed and case
 * counts: config.ts.
 */

/**
 * (target, property) pairs that fail because of a known defect whose fix is pending, with the issue
 * item: they run and report as todo. Empty since issue 9's fixes landed; remove a line when its fix lands.
 */
const KNOWN: Partial<Record<Target, Partial<Record<Property, string>>>> = {};

const reference = [renderHtml(demoResult()), renderHtml(hostileResult())];
const SHAPE: HtmlShape = {
  tags: new Set(reference.flatMap((html) => [...tagsOf(html)])),
  clientScript: clientScript(),
};

const sandbox = new Sandbox();
after(() => sandbox.close());

/** Each case runs once; every property reads its verdicts from here. */
const verdictCache = new Map<string, Verdicts>();
const exitCodes = new Map<string, number>();
const runTimes: number[] = [];

async function verdictsOf(fuzzCase: FuzzCase): Promise<Verdicts> {
  const key = caseKey(fuzzCase);
  const cached = verdictCache.get(key);
  if (cached) return cached;
  const outcome = await sandbox.run(fuzzCase);
  const verdicts = judge(fuzzCase, outcome, SHAPE);
  verdictCache.set(key, verdicts);
  exitCodes.set(key, outcome.kind === 'ran' ? outcome.code : -1);
  if (outcome.kind !== 'crash') runTimes.push(outcome.ms);
  return verdicts;
}

/** A case as a reader can take it in: arguments, file names and the start of each file. */
function describeCase(c: FuzzCase): string {
  const files = c.files.map((f) => {
    const body = f.fixture
      ? `a copy of ${f.fixture}`
      : f.bytes
        ? `${f.bytes.length} bytes`
        : JSON.stringify((f.text ?? '').slice(0, 400));
    return `  ${JSON.stringify(f.name)}: ${body}${(f.text?.length ?? 0) > 400 ? ' …' : ''}`;
  });
  return `demarc ${c.args.map((a) => JSON.stringify(a)).join(' ')}\nmade from ${c.how}\nfiles:\n${files.join('\n')}`;
}

for (const target of Object.keys(TARGETS) as Target[]) {
  describe(`fuzz ${target}`, () => {
    for (const { file, entry } of loadCorpus(target)) {
      it(`corpus ${file} (${Object.keys(entry.failed).join(', ')})`, { todo: entry.known }, async () => {
        const verdicts = await verdictsOf(entry.fuzzCase);
        const broken = PROPERTIES.filter((p) => verdicts[p]).map((p) => `${p}: ${verdicts[p]}`);
        assert.deepEqual(broken, [], `corpus case ${file} still fails`);
      });
    }

    for (const property of PROPERTIES) {
      const known = KNOWN[target]?.[property];
      it(`${property} holds for ${CASES[target]} generated cases`, { todo: known }, async () => {
        let failedAt: number | undefined;
        const details = await fc.check(
          fc.asyncProperty(TARGETS[target], async (fuzzCase) => {
            // Past the shrink budget every candidate counts as passing, which ends shrinking.
            if (failedAt !== undefined && performance.now() - failedAt > SHRINK_BUDGET_MS) return true;
            const problem = (await verdictsOf(fuzzCase))[property];
            if (problem !== undefined) failedAt ??= performance.now();
            return problem === undefined;
          }),
          // A known failure is not shrunk again on every run: its minimal case is in the corpus.
          { seed: SEED, numRuns: CASES[target], endOnFailure: Boolean(known) },
        );
        if (!details.failed || !details.counterexample) return;
        const [minimal] = details.counterexample;
        const observed = (await verdictsOf(minimal))[property] ?? '(no longer fails when rerun)';
        // A known defect already has its minimal cases in the corpus; a new failure is saved.
        const saved = known
          ? 'not saved (a known defect: its cases are in the corpus)'
          : `saved to ${saveCase({ target, failed: { [property]: observed }, seed: SEED, fuzzCase: minimal })} (commit it: it replays first from now on)`;
        assert.fail(
          `property ${property} fails for ${target}\n` +
            `observed: ${observed}\n` +
            `minimal case (after ${details.numShrinks} shrinks):\n${describeCase(minimal)}\n` +
            `${saved}\n` +
            `rerun: FUZZ_SEED=${SEED} (path ${details.counterexamplePath})`,
        );
      });
    }

    it('exit codes and run times seen', (t) => {
      const counts: Record<number, number> = {};
      for (const code of exitCodes.values()) counts[code] = (counts[code] ?? 0) + 1;
      const ms = runTimes.sort((a, b) => a - b);
      const at = (q: number) => Math.round(ms[Math.floor(q * (ms.length - 1))] ?? 0);
      t.diagnostic(`${target}: exit codes ${JSON.stringify(counts)} over ${exitCodes.size} distinct cases`);
      t.diagnostic(`${target}: run time median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
      exitCodes.clear();
      runTimes.length = 0;
      verdictCache.clear();
    });
  });
}

describe('fuzz setup', () => {
  before(() => undefined);
  it('the reference reports pass the static HTML check (no false alarm)', async () => {
    const { htmlProblems } = await import('./html-static.js');
    for (const html of reference) assert.deepEqual(htmlProblems(html, SHAPE), []);
  });
});
