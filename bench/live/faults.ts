/**
 * Fault benchmark: the live source through the fault-injecting proxy in front of moto. Times a
 * clean and a 30%-throttled scan of a seeded estate, the time to give up on endpoints that never
 * answer (default timeout and --request-timeout 2), and the fault matrix with its false-PASS count.
 * Usage: node dist/bench/live/faults.js   (BENCH_SCALE, default 4; writes bench/results/faults.json)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding, ScanResult } from '../../src/engine/result.js';
import { collectAws } from '../../src/sources/aws/scan.js';
import { judge } from '../../test/live/regional-support.js';
import { FAULT_KINDS, type FaultPlan, seededPick, startFaultProxy } from '../../test/support/fault-proxy.js';
import { startMoto, useMotoEnv } from '../../test/support/moto.js';
import { seedAccount } from './seed.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REGIONS = ['eu-west-1', 'us-east-1'];
const SCALE = Number(process.env.BENCH_SCALE ?? 4);
const SERVICES = ['s3', 'ec2', 'iam', 'rds', 'kms', 'dynamodb'];
const key = (f: Finding) => `${f.checkId} ${f.resource.id}`;

const moto = await startMoto();
useMotoEnv(moto);
const proxy = await startFaultProxy(moto.endpoint);
try {
  await seedAccount({ regions: REGIONS, scale: SCALE });
  process.env.AWS_ENDPOINT_URL = proxy.endpoint;
  const scanWith = async (plan: FaultPlan | undefined, requestTimeoutSeconds?: number) => {
    proxy.setPlan(plan);
    const notices: string[] = [];
    const t = performance.now();
    const live = await collectAws({
      regions: REGIONS,
      ...(requestTimeoutSeconds && { requestTimeoutSeconds }),
      onNotice: (n) => notices.push(n),
    });
    const seconds = Number(((performance.now() - t) / 1000).toFixed(2));
    return { result: judge(live.inventory), seconds, notices, resources: live.inventory.resources.length };
  };
  const share =
    (fault: (typeof FAULT_KINDS)[number], fraction: number): FaultPlan =>
    (r) =>
      SERVICES.includes(r.service) && seededPick(`bench:${fault}`, r, fraction) ? fault : undefined;
  const gapKeys = (r: ScanResult) =>
    new Set(r.coverage.gaps.map((g) => `${g.api} ${g.region} ${g.resourceId ?? ''}`));

  const clean = await scanWith(undefined);
  const cleanStatus = new Map(clean.result.findings.map((f) => [key(f), f.status]));
  const cleanGaps = gapKeys(clean.result);
  const throttled = await scanWith(share('throttle', 0.3));
  const throttledGaps = [...gapKeys(throttled.result)].filter((g) => !cleanGaps.has(g)).length;
  const changed = throttled.result.findings.filter((f) => cleanStatus.get(key(f)) !== f.status).length;
  console.log(
    `clean: ${clean.resources} resources in ${clean.seconds} s; 30% throttled: ${throttled.seconds} s ` +
      `(x${(throttled.seconds / clean.seconds).toFixed(2)}), ${throttledGaps} new gaps, ${changed} changed verdicts`,
  );

  const matrix: Record<string, unknown>[] = [];
  for (const fault of FAULT_KINDS) {
    const run = await scanWith(share(fault, 0.35), 5);
    const falsePass = run.result.findings.filter(
      (f) => f.status === 'pass' && cleanStatus.get(key(f)) !== 'pass',
    ).length;
    const newGaps = [...gapKeys(run.result)].filter((g) => !cleanGaps.has(g)).length;
    const injected = Object.fromEntries([...proxy.injected.entries()]);
    matrix.push({ fault, seconds: run.seconds, newGaps, falsePass, injected });
    console.log(`${fault}: ${run.seconds} s, ${newGaps} new gaps, ${falsePass} false PASS`);
  }

  const dead: FaultPlan = (r) => (SERVICES.includes(r.service) ? 'hang' : undefined);
  const deadDefault = await scanWith(dead);
  const dead2 = await scanWith(dead, 2);
  console.log(
    `dead endpoints: gave up after ${deadDefault.seconds} s (default 10 s timeout), ${dead2.seconds} s (2 s)`,
  );

  const result = {
    regions: REGIONS,
    scale: SCALE,
    resources: clean.resources,
    cleanSeconds: clean.seconds,
    throttled30Seconds: throttled.seconds,
    throttledRatio: Number((throttled.seconds / clean.seconds).toFixed(2)),
    throttledNewGaps: throttledGaps,
    throttledChangedVerdicts: changed,
    throttleNotices: throttled.notices,
    matrix,
    falsePassTotal: matrix.reduce((n, m) => n + (m.falsePass as number), 0),
    deadEndpointSecondsDefaultTimeout: deadDefault.seconds,
    deadEndpointSecondsTimeout2: dead2.seconds,
  };
  mkdirSync(`${ROOT}bench/results`, { recursive: true });
  writeFileSync(`${ROOT}bench/results/faults.json`, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await proxy.stop();
  await moto.stop();
}
