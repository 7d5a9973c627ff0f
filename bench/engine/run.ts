/**
 * Engine benchmark: times evaluating every check over synthetic estates of 10k, 100k and 1M
 * resources, each size in its own process so peak memory is that size's alone.
 * Usage: npm run bench:engine   (writes bench/results/engine.json; BENCHMARKS.md quotes it)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/checks/registry.js';
import { evaluate } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { DEFAULT_POLICY, PolicySchema, resolvePolicy } from '../../src/policy/policy.js';
import { syntheticResources } from './synthetic.js';

interface Measurement {
  resources: number;
  checks: number;
  findings: number;
  evaluateSeconds: number;
  resourcesPerSecond: number;
  microsecondsPerResource: number;
  peakRssMiB: number;
}

function measure(size: number): Measurement {
  const inventory = new Inventory(syntheticResources(size));
  const policy = resolvePolicy(
    PolicySchema.parse({ version: 1, jurisdictions: { allowed: ['EU'] } }),
    'bench',
  );
  void DEFAULT_POLICY;
  const now = new Date('2026-11-01T00:00:00Z');
  evaluate(new Inventory(syntheticResources(2_000)), policy, CHECKS, now); // warm up the JIT
  const start = process.hrtime.bigint();
  const findings = evaluate(inventory, policy, CHECKS, now);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    resources: size,
    checks: CHECKS.length,
    findings: findings.length,
    evaluateSeconds: Number(seconds.toFixed(3)),
    resourcesPerSecond: Math.round(size / seconds),
    microsecondsPerResource: Number(((seconds * 1e6) / size).toFixed(2)),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const child = process.argv[2];
if (child) {
  process.stdout.write(JSON.stringify(measure(Number(child))));
} else {
  const self = fileURLToPath(import.meta.url);
  const results: Measurement[] = [];
  for (const size of [10_000, 100_000, 1_000_000]) {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', self, String(size)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const m = JSON.parse(out) as Measurement;
    results.push(m);
    console.log(
      `${String(m.resources).padStart(9)} resources  ${m.evaluateSeconds.toFixed(2).padStart(6)} s  ` +
        `${m.resourcesPerSecond.toLocaleString('en')} resources/s  ${m.microsecondsPerResource} µs/resource  ` +
        `${m.findings.toLocaleString('en')} findings  peak RSS ${m.peakRssMiB} MiB`,
    );
  }
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  mkdirSync(`${root}bench/results`, { recursive: true });
  writeFileSync(
    `${root}bench/results/engine.json`,
    `${JSON.stringify({ node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, results }, null, 2)}\n`,
  );
}
