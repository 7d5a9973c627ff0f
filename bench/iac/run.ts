/**
 * IaC benchmark: generates a corpus of CloudFormation templates and Terraform plans (10,000+
 * resources over many files), then times demarc reading and judging it, in process (resources per
 * second) and as a CLI run. With --checkov, also times Checkov (installed into bench/.venv-checkov)
 * on the same files, and with --trivy, Trivy (`trivy config`, built from the Go module proxy into
 * bench/.go-bin), each for a ratio of whole-process wall times.
 * Usage: npm run bench:iac [-- --checkov] [--trivy]   (writes bench/results/iac.json)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/checks/registry.js';
import { IAC_READERS } from '../../src/cli/iac.js';
import { evaluate } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import { collectIac } from '../../src/sources/iac/collect.js';
import { pythonTool } from '../python-tool.js';
import { cloudFormationTemplate, RESOURCES_PER_UNIT, terraformPlan } from './corpus.js';
import { runTrivy, sarifCounts, timed } from './peers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = `${ROOT}bench/results/iac-corpus`;
const FILES_PER_FORMAT = Number(process.env.BENCH_FILES ?? 70);
const UNITS_PER_FILE = 8;

function generate(): number {
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(`${CORPUS}/cloudformation`, { recursive: true });
  mkdirSync(`${CORPUS}/terraform`, { recursive: true });
  for (let f = 0; f < FILES_PER_FORMAT; f++) {
    writeFileSync(`${CORPUS}/cloudformation/stack-${f}.yaml`, cloudFormationTemplate(f, UNITS_PER_FILE));
    writeFileSync(`${CORPUS}/terraform/plan-${f}.json`, terraformPlan(f, UNITS_PER_FILE));
  }
  return 2 * FILES_PER_FORMAT * UNITS_PER_FILE * RESOURCES_PER_UNIT;
}

const declared = generate();
const files = 2 * FILES_PER_FORMAT;

// In process: read, resolve and map every file, then run every check.
let t = performance.now();
const collected = collectIac([CORPUS], { root: ROOT, cwd: ROOT, parameters: {}, readers: IAC_READERS });
const readSeconds = (performance.now() - t) / 1000;
t = performance.now();
const findings = evaluate(new Inventory(collected.resources), DEFAULT_POLICY, CHECKS, new Date());
const evaluateSeconds = (performance.now() - t) / 1000;
const resources = collected.resources.length;
const result: Record<string, unknown> = {
  files,
  declaredResources: declared,
  resources,
  unreadableFiles: collected.gaps.length,
  findings: findings.length,
  failed: findings.filter((f) => f.status === 'fail').length,
  readSeconds: Number(readSeconds.toFixed(2)),
  evaluateSeconds: Number(evaluateSeconds.toFixed(2)),
  resourcesPerSecond: Math.round(resources / (readSeconds + evaluateSeconds)),
};
console.log(
  `demarc in process: ${files} files, ${resources} resources read in ${readSeconds.toFixed(2)} s, judged in ${evaluateSeconds.toFixed(2)} s (${result.resourcesPerSecond} resources/s)`,
);

const cli = timed(process.execPath, [
  `${ROOT}bin/demarc.js`,
  'scan',
  CORPUS,
  '--format',
  'sarif',
  '--output',
  '/tmp/demarc-iac-out.sarif',
]);
result.demarcCli = { ...cli, sarif: sarifCounts('/tmp/demarc-iac-out.sarif') };
console.log(
  `demarc CLI: ${cli.seconds} s, peak RSS ${cli.peakRssMiB} MiB (exit ${cli.status}), ${JSON.stringify(sarifCounts('/tmp/demarc-iac-out.sarif'))} SARIF results/files`,
);
// Exit 2 is a refused input or option: the time would be of a run that judged nothing.
if (cli.status !== 0 && cli.status !== 1) {
  console.error('demarc CLI did not complete the scan; its time is not a measurement');
  process.exitCode = 1;
}

if (process.argv.includes('--checkov')) {
  const checkov = pythonTool('checkov');
  if (!checkov) {
    result.checkov = 'could not be installed';
  } else {
    const version = spawnSync(checkov, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const run = timed(checkov, [
      '-d',
      CORPUS,
      '--framework',
      'cloudformation',
      'terraform_plan',
      '--quiet',
      '--compact',
      '-o',
      'sarif',
      '--output-file-path',
      '/tmp/checkov-out',
      '--skip-download',
    ]);
    result.checkov = { version, ...run, sarif: sarifCounts('/tmp/checkov-out/results_sarif.sarif') };
    result.checkovToDemarcWallTimeRatio = Number((run.seconds / cli.seconds).toFixed(1));
    console.log(
      `checkov ${version}: ${run.seconds} s, peak RSS ${run.peakRssMiB} MiB (exit ${run.status}); ratio ${result.checkovToDemarcWallTimeRatio}×`,
    );
  }
}
if (process.argv.includes('--trivy')) {
  const trivy = runTrivy(CORPUS, '/tmp/trivy-out.sarif');
  result.trivy = trivy;
  if (typeof trivy !== 'string') {
    result.trivyToDemarcWallTimeRatio = Number((trivy.seconds / cli.seconds).toFixed(1));
    console.log(
      `${trivy.version}: ${trivy.seconds} s, peak RSS ${trivy.peakRssMiB} MiB (exit ${trivy.status}), ${JSON.stringify(trivy.sarif)} SARIF results/files; ratio ${result.trivyToDemarcWallTimeRatio}×`,
    );
  } else console.log(`trivy ${trivy}`);
}
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/iac.json`, `${JSON.stringify(result, null, 2)}\n`);
