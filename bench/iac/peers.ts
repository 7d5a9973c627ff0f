/**
 * The peer tools the IaC benches time against demarc: how each is found or installed, how it is
 * run on a corpus folder, and what its SARIF output says (so a run that scanned nothing shows).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Timed {
  seconds: number;
  peakRssMiB: number;
  status: number | null;
}

/** Wall seconds and peak RSS of a whole process, through GNU time. */
export function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 3_600_000,
    env,
  });
  const seconds = (performance.now() - start) / 1000;
  const kib = Number(run.stderr.trim().split('\n').at(-1));
  return { seconds: Number(seconds.toFixed(2)), peakRssMiB: Math.round(kib / 1024), status: run.status };
}

/**
 * A peer tool written in Go, built from the Go module proxy into bench/.go-bin on first use (so it
 * never lands on the user's PATH). Undefined, with the build's last lines printed, when it cannot
 * be built here. `env` carries what the build needs beyond the defaults.
 */
function goTool(
  module: string,
  version: string,
  command: string,
  env: NodeJS.ProcessEnv = {},
): string | undefined {
  const bin = `${ROOT}bench/.go-bin/${command}`;
  if (existsSync(bin)) return bin;
  console.log(`building ${module}@${version} into bench/.go-bin (minutes) …`);
  const build = spawnSync('go', ['install', `${module}@${version}`], {
    encoding: 'utf8',
    env: { ...process.env, GOBIN: `${ROOT}bench/.go-bin`, ...env },
    maxBuffer: 1 << 26,
  });
  if (build.status !== 0 || !existsSync(bin)) {
    console.log(
      `could not build ${command}: ${(build.stderr ?? String(build.error)).trim().split('\n').slice(-3).join(' | ')}`,
    );
    return undefined;
  }
  return bin;
}

/** Trivy 0.74 imports encoding/json/v2, which Go 1.25+ keeps behind this experiment. */
const TRIVY = {
  module: 'github.com/aquasecurity/trivy/cmd/trivy',
  version: 'v0.74.0',
  buildEnv: { GOEXPERIMENT: 'jsonv2' },
};

/** How many results a SARIF file holds, and how many distinct files they are in. */
export function sarifCounts(path: string): { results: number; files: number } | undefined {
  try {
    const sarif = JSON.parse(readFileSync(path, 'utf8')) as {
      runs?: {
        results?: { locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[];
      }[];
    };
    const results = (sarif.runs ?? []).flatMap((r) => r.results ?? []);
    const files = new Set(results.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri));
    return { results: results.length, files: files.size };
  } catch {
    return undefined;
  }
}

/**
 * Trivy's misconfiguration scan of a folder, offline: the check bundle embedded in the binary
 * (no download from a container registry), no version check, no telemetry, a fresh cache folder
 * so no earlier run's cache helps it.
 */
interface PeerRun extends Timed {
  version: string | undefined;
  sarif: { results: number; files: number } | undefined;
}

export function runTrivy(corpus: string, output: string): PeerRun | string {
  const trivy = goTool(TRIVY.module, TRIVY.version, 'trivy', TRIVY.buildEnv);
  if (!trivy) return `could not be built (go install ${TRIVY.module}@${TRIVY.version})`;
  // A `go install` build carries no release version (`--version` says "dev"): name the module's.
  const reported = spawnSync(trivy, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]?.trim();
  const version = `trivy ${TRIVY.version} (${reported})`;
  const cache = `${output}.cache`;
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const run = timed(trivy, [
    'config',
    '--skip-check-update',
    '--skip-version-check',
    '--disable-telemetry',
    '--cache-dir',
    cache,
    '--quiet',
    '--format',
    'sarif',
    '--output',
    output,
    corpus,
  ]);
  return { version, ...run, sarif: sarifCounts(output) };
}
