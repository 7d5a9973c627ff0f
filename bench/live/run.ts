/**
 * Live-scan benchmark against the moto emulator: seeds an account of 2,000+ resources in two
 * regions, then times a full demarc collection and counts its API calls. With --prowler, also times
 * Prowler (installed into bench/.venv-prowler) on the same emulator, for a ratio.
 * Usage: npm run bench:live [-- --prowler]   (writes bench/results/live.json)
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { iamActionOf } from '../../src/sources/aws/actions.js';
import { collectAws } from '../../src/sources/aws/scan.js';
import { startMoto, useMotoEnv } from '../../test/support/moto.js';
import { pythonTool } from '../python-tool.js';
import { seedAccount } from './seed.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REGIONS = ['eu-west-1', 'us-east-1'];
const SCALE = Number(process.env.BENCH_SCALE ?? 18);
const PROWLER_SERVICES = [
  'iam',
  's3',
  'kms',
  'cloudtrail',
  'ec2',
  'vpc',
  'rds',
  'redshift',
  'dynamodb',
  'elb',
  'elbv2',
  'ssm',
];

/** Runs a command to its end without blocking the event loop; status null when killed. */
function runAsync(
  command: string,
  args: string[],
  timeout: number,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const code = (error as { code?: unknown } | null)?.code;
      resolve({ status: error ? (typeof code === 'number' ? code : null) : 0, stdout, stderr });
    });
  });
}

const moto = await startMoto();
useMotoEnv(moto);
try {
  let t = performance.now();
  const seeded = await seedAccount({ regions: REGIONS, scale: SCALE });
  const seedSeconds = (performance.now() - t) / 1000;

  const calls = new Map<string, number>();
  t = performance.now();
  const scan = await collectAws({
    regions: REGIONS,
    onCall: (c) => {
      const action = iamActionOf(c);
      calls.set(action, (calls.get(action) ?? 0) + 1);
    },
  });
  const demarcSeconds = (performance.now() - t) / 1000;
  const totalCalls = [...calls.values()].reduce((a, b) => a + b, 0);
  const listing = [...calls.entries()]
    .filter(([a]) => /:(List|Describe)[A-Z]/.test(a))
    .reduce((sum, [, n]) => sum + n, 0);
  const resources = scan.inventory.resources.length;
  const result: Record<string, unknown> = {
    regions: REGIONS,
    seededWrites: seeded.writes,
    seedSeconds: Number(seedSeconds.toFixed(1)),
    resources,
    demarcSeconds: Number(demarcSeconds.toFixed(2)),
    apiCalls: totalCalls,
    callsPerResource: Number((totalCalls / resources).toFixed(2)),
    listOrDescribeCalls: listing,
    gaps: scan.inventory.gaps.length,
    topCalls: [...calls.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12),
  };
  console.log(
    `demarc: ${resources} resources in ${demarcSeconds.toFixed(2)} s, ${totalCalls} API calls ` +
      `(${result.callsPerResource} per resource), ${scan.inventory.gaps.length} coverage gaps (APIs moto lacks)`,
  );

  if (process.argv.includes('--prowler')) {
    const prowler = pythonTool('prowler');
    if (!prowler) {
      result.prowler = 'could not be installed';
    } else {
      t = performance.now();
      // Asynchronously: a blocked event loop would stop draining moto's log pipe, and moto would hang.
      const run = await runAsync(
        prowler,
        [
          'aws',
          '--region',
          ...REGIONS,
          '--output-formats',
          'json-ocsf',
          '--output-directory',
          '/tmp/prowler-out',
          '--no-banner',
          // The services demarc reads, so both tools cover the same ground.
          '--service',
          ...PROWLER_SERVICES,
        ],
        Number(process.env.PROWLER_TIMEOUT_S ?? 1200) * 1000,
      );
      const prowlerSeconds = (performance.now() - t) / 1000;
      result.prowlerSeconds = Number(prowlerSeconds.toFixed(1));
      result.prowlerExit = run.status;
      // Prowler exits 3 when it has failed findings; a killed run (null) has no time to compare.
      if (run.status === 0 || run.status === 3) {
        result.prowlerToDemarcWallTimeRatio = Number((prowlerSeconds / demarcSeconds).toFixed(1));
      } else {
        result.prowlerOutputTail = `${run.stdout ?? ''}${run.stderr ?? ''}`.slice(-2000);
      }
      console.log(
        `prowler: ${prowlerSeconds.toFixed(1)} s (exit ${run.status}); ratio ${result.prowlerToDemarcWallTimeRatio ?? 'none: it did not finish'}`,
      );
    }
  }
  mkdirSync(`${ROOT}bench/results`, { recursive: true });
  writeFileSync(`${ROOT}bench/results/live.json`, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await moto.stop();
}
