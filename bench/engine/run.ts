/**
 * Engine benchmark: times evaluating every check over synthetic estates of 10k, 100k and 1M
 * resources, then a whole scan of each written as a JSON report (streamed through the atomic
 * writer to a file), each measurement in its own process so peak memory is that run's alone.
 * Usage: npm run bench:engine   (writes bench/results/engine.json; BENCHMARKS.md quotes it)
 *        BENCH_SIZES=1000000 npm run bench:engine   (some sizes only)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/checks/registry.js';
import { writeFileAtomic } from '../../src/cli/write-file.js';
import { evaluate, scan } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { DEFAULT_POLICY, PolicySchema, resolvePolicy } from '../../src/policy/policy.js';
import { FORMATS, type ReportFormat } from '../../src/report/formats.js';
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

interface ReportMeasurement {
  resources: number;
  findings: number;
  scanSeconds: number;
  writeSeconds: number;
  reportMiB: number;
  peakRssMiB: number;
}

const policy = () =>
  resolvePolicy(PolicySchema.parse({ version: 1, jurisdictions: { allowed: ['EU'] } }), 'bench');
void DEFAULT_POLICY;
const now = new Date('2026-11-01T00:00:00Z');
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** A whole scan (findings, exceptions, matrix) written as the JSON report, as `scan --format json --output` does. */
async function measureReport(size: number): Promise<ReportMeasurement> {
  const inventory = new Inventory(syntheticResources(size));
  let start = process.hrtime.bigint();
  const result = scan({
    inventory,
    policy: policy(),
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: ['synthetic'] },
    version: 'bench',
    startedAt: now,
    finishedAt: now,
    now,
  });
  const scanSeconds = seconds(start);
  const dir = mkdtempSync(join(tmpdir(), 'demarc-bench-'));
  const file = join(dir, 'demarc.json');
  try {
    start = process.hrtime.bigint();
    await writeFileAtomic(file, (FORMATS.json as ReportFormat).chunks(result, { color: false }));
    const writeSeconds = seconds(start);
    return {
      resources: size,
      findings: result.findings.length,
      scanSeconds: Number(scanSeconds.toFixed(2)),
      writeSeconds: Number(writeSeconds.toFixed(2)),
      reportMiB: Math.round(statSync(file).size / 2 ** 20),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(size: number): Measurement {
  const inventory = new Inventory(syntheticResources(size));
  const policy_ = policy();
  evaluate(new Inventory(syntheticResources(2_000)), policy_, CHECKS, now); // warm up the JIT
  const start = process.hrtime.bigint();
  const findings = evaluate(inventory, policy_, CHECKS, now);
  const took = seconds(start);
  return {
    resources: size,
    checks: CHECKS.length,
    findings: findings.length,
    evaluateSeconds: Number(took.toFixed(3)),
    resourcesPerSecond: Math.round(size / took),
    microsecondsPerResource: Number(((took * 1e6) / size).toFixed(2)),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const [mode, child] = process.argv.slice(2);
if (mode === 'evaluate') {
  process.stdout.write(JSON.stringify(measure(Number(child))));
} else if (mode === 'report') {
  process.stdout.write(JSON.stringify(await measureReport(Number(child))));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (what: string, size: number): unknown =>
    JSON.parse(
      execFileSync(process.execPath, ['--max-old-space-size=4096', self, what, String(size)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }),
    );
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
  const results: Measurement[] = [];
  const reports: ReportMeasurement[] = [];
  for (const size of sizes) {
    const m = run('evaluate', size) as Measurement;
    results.push(m);
    console.log(
      `${String(m.resources).padStart(9)} resources  ${m.evaluateSeconds.toFixed(2).padStart(6)} s  ` +
        `${m.resourcesPerSecond.toLocaleString('en')} resources/s  ${m.microsecondsPerResource} µs/resource  ` +
        `${m.findings.toLocaleString('en')} findings  peak RSS ${m.peakRssMiB} MiB`,
    );
  }
  for (const size of sizes) {
    const r = run('report', size) as ReportMeasurement;
    reports.push(r);
    console.log(
      `${String(r.resources).padStart(9)} resources  scan ${r.scanSeconds} s + JSON report ${r.writeSeconds} s ` +
        `(${r.reportMiB.toLocaleString('en')} MiB)  peak RSS ${r.peakRssMiB} MiB`,
    );
  }
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  mkdirSync(`${root}bench/results`, { recursive: true });
  writeFileSync(
    `${root}bench/results/engine.json`,
    `${JSON.stringify({ node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, results, reports }, null, 2)}\n`,
  );
}
