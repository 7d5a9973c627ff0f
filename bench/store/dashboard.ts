/**
 * Dashboard benchmark: the first page (history, trend, latest exceptions) over a SQLite store of
 * 1,000 scans, and a scan page and a diff page among them. Each stored scan is a real scan of a
 * small synthetic estate (so the store stays a few hundred MiB on a shared machine).
 * Usage: node dist/bench/store/dashboard.js   (writes bench/results/dashboard.json)
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/checks/registry.js';
import { scan } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { PolicySchema, resolvePolicy } from '../../src/policy/policy.js';
import { createDashboard } from '../../src/server/server.js';
import { openStore } from '../../src/store/store.js';
import { syntheticResources } from '../engine/synthetic.js';

const SCANS = Number(process.env.BENCH_SCANS ?? 1000);
const RESOURCES = 60;
const now = new Date('2026-11-01T00:00:00Z');
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const result = scan({
  inventory: new Inventory(syntheticResources(RESOURCES)),
  policy: resolvePolicy(PolicySchema.parse({ version: 1, jurisdictions: { allowed: ['EU'] } }), 'bench'),
  checks: CHECKS,
  source: { kind: 'snapshot', inputs: ['synthetic'] },
  version: 'bench',
  startedAt: now,
  finishedAt: now,
  now,
});
const dir = mkdtempSync(join(tmpdir(), 'demarc-bench-dashboard-'));
const file = join(dir, 'demarc.db');
const store = await openStore(file);
const start = process.hrtime.bigint();
for (let i = 0; i < SCANS; i += 1) await store.save(result);
const saveAll = seconds(start);
const server = createDashboard(store, { loopbackOnly: true });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function timed(path: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t = process.hrtime.bigint();
    const res = await fetch(`${base}${path}`);
    await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    runs.push(seconds(t));
  }
  return median(runs);
}

const out = {
  date: new Date().toISOString(),
  node: process.version,
  scans: SCANS,
  findingsPerScan: result.findings.length,
  storeMiB: (statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)) / 2 ** 20,
  saveAllSeconds: saveAll,
  firstPageSeconds: await timed('/'),
  scanPageSeconds: await timed(`/scans/${SCANS}`),
  diffPageSeconds: await timed(`/diff?a=1&b=${SCANS}`),
};
server.closeAllConnections();
await new Promise((r) => server.close(r));
await store.close();
rmSync(dir, { recursive: true, force: true });
console.log(out);
const results = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'dashboard.json'), `${JSON.stringify(out, null, 2)}\n`);
