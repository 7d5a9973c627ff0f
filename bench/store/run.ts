/**
 * Store benchmark: save and load of one scan of about 100,000 findings on a SQLite file and on a
 * throwaway PostgreSQL server (test/support/postgres.ts), and the diff of two such scans.
 * The scan is a real one: the synthetic estate of bench/engine through every check.
 * Also drift (engine/drift.ts) between that scan and a template-like copy of it.
 * Usage: npm run bench:store   (writes bench/results/store.json; BENCHMARKS.md quotes it)
 *        BENCH_FINDINGS=20000 npm run bench:store
 *        BENCH_STORES=none npm run bench:store   (the diff and drift only)
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/checks/registry.js';
import { diffScans } from '../../src/engine/diff.js';
import { driftBetween } from '../../src/engine/drift.js';
import type { ScanResult } from '../../src/engine/result.js';
import { scan } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { PolicySchema, resolvePolicy } from '../../src/policy/policy.js';
import { openStore } from '../../src/store/store.js';
import { startPostgres } from '../../test/support/postgres.js';
import { syntheticResources } from '../engine/synthetic.js';

const TARGET = Number(process.env.BENCH_FINDINGS ?? 100_000);
const RUNS = 3;
const now = new Date('2026-11-01T00:00:00Z');
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function syntheticScan(resources: number): ScanResult {
  return scan({
    inventory: new Inventory(syntheticResources(resources)),
    policy: resolvePolicy(PolicySchema.parse({ version: 1, jurisdictions: { allowed: ['EU'] } }), 'bench'),
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: ['synthetic'] },
    version: 'bench',
    startedAt: now,
    finishedAt: now,
    now,
  });
}

/** The smallest synthetic estate whose scan has at least TARGET findings (findings grow linearly). */
function scanOfSize(): ScanResult {
  const probe = syntheticScan(2000);
  const perResource = probe.findings.length / probe.summary.resources;
  let result = syntheticScan(Math.ceil(TARGET / perResource));
  while (result.findings.length < TARGET) result = syntheticScan(Math.ceil(result.summary.resources * 1.02));
  return result;
}

interface StoreFigures {
  backend: string;
  saveSeconds: number;
  loadSeconds: number;
  listSeconds: number;
  findingHistorySeconds: number;
  sizeMiB?: number;
}

async function measure(
  backend: string,
  location: string,
  result: ScanResult,
  size?: () => number,
): Promise<StoreFigures> {
  const store = await openStore(location);
  const saves: number[] = [];
  const loads: number[] = [];
  const lists: number[] = [];
  const histories: number[] = [];
  const key = result.findings[Math.floor(result.findings.length / 2)]?.key as string;
  try {
    for (let i = 0; i < RUNS; i += 1) {
      let start = process.hrtime.bigint();
      const id = await store.save(result);
      saves.push(seconds(start));
      start = process.hrtime.bigint();
      const loaded = await store.load(id);
      loads.push(seconds(start));
      if (loaded?.findings.length !== result.findings.length) throw new Error('loaded scan differs');
      start = process.hrtime.bigint();
      await store.list();
      lists.push(seconds(start));
      start = process.hrtime.bigint();
      await store.findingHistory(key);
      histories.push(seconds(start));
    }
  } finally {
    await store.close();
  }
  return {
    backend,
    saveSeconds: median(saves),
    loadSeconds: median(loads),
    listSeconds: median(lists),
    findingHistorySeconds: median(histories),
    ...(size ? { sizeMiB: size() / RUNS / 2 ** 20 } : {}),
  };
}

/** A second look at the estate: every 50th finding's status turned, so the diff has work to show. */
function changed(result: ScanResult): ScanResult {
  const copy = structuredClone(result);
  copy.findings.forEach((f, i) => {
    if (i % 50 === 0) f.status = f.status === 'fail' ? 'pass' : 'fail';
  });
  return copy;
}

const result = scanOfSize();
console.log(`scan: ${result.summary.resources} resources, ${result.findings.length} findings`);
const figures: StoreFigures[] = [];

const measureStores = process.env.BENCH_STORES !== 'none';
const dir = mkdtempSync(join(tmpdir(), 'demarc-bench-store-'));
const file = join(dir, 'demarc.db');
if (measureStores)
  figures.push(
    await measure('sqlite', file, result, () =>
      ['', '-wal'].reduce(
        (n, suffix) => n + (statSync(file + suffix, { throwIfNoEntry: false })?.size ?? 0),
        0,
      ),
    ),
  );
rmSync(dir, { recursive: true, force: true });

if (measureStores) {
  const server = await startPostgres();
  try {
    figures.push(await measure('postgresql', await server.createDatabase(), result));
  } finally {
    await server.stop();
  }
}

const after = changed(result);
const diffs: number[] = [];
let counts = {};
for (let i = 0; i < RUNS; i += 1) {
  const start = process.hrtime.bigint();
  const diff = diffScans(result, after, { now });
  diffs.push(seconds(start));
  counts = {
    new: diff.new.length,
    regressed: diff.regressed.length,
    fixed: diff.fixed.length,
    unchanged: diff.unchanged.length,
  };
}

/**
 * The same estate as a template scan would show it: every other resource without its ARN (a
 * template's file#logicalId id), so half pair by ARN and half by type and name.
 */
function asTemplate(result: ScanResult): ScanResult {
  const copy = changed(result);
  const ids = new Map<string, string>();
  for (const f of copy.findings) {
    if (!ids.has(f.resource.id))
      ids.set(f.resource.id, ids.size % 2 === 0 ? f.resource.id : `cfn:bench.yaml#R${ids.size}`);
    f.resource = { ...f.resource, id: ids.get(f.resource.id) as string };
  }
  return copy;
}
const template = asTemplate(result);
const drifts: number[] = [];
let driftCounts = {};
for (let i = 0; i < RUNS; i += 1) {
  const start = process.hrtime.bigint();
  const drift = driftBetween(template, result);
  drifts.push(seconds(start));
  driftCounts = {
    matched: drift.matched,
    drifted: drift.drifted,
    verdicts: drift.drift.length,
    unmatched: drift.unmatched.length,
  };
}

// The part of a save and a load that is JSON, not the database.
let t = process.hrtime.bigint();
const text = JSON.stringify(result);
const stringifySeconds = seconds(t);
t = process.hrtime.bigint();
JSON.parse(text);
const parseSeconds = seconds(t);

const out = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  findings: result.findings.length,
  resultMiB: text.length / 2 ** 20,
  stringifySeconds,
  parseSeconds,
  runs: RUNS,
  store: figures,
  diff: { seconds: median(diffs), counts },
  drift: { seconds: median(drifts), counts: driftCounts },
};
console.table(figures);
console.log(`diff of two ${result.findings.length}-finding scans: ${median(diffs).toFixed(3)} s`, counts);
console.log(
  `drift of a ${template.findings.length}-finding template-like scan against the scan: ${median(drifts).toFixed(3)} s`,
  driftCounts,
);
const results = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'store.json'), `${JSON.stringify(out, null, 2)}\n`);
