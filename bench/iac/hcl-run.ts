/**
 * HCL benchmark: generates a corpus of Terraform configuration (.tf; ROOTS root modules of five
 * files each, plus one local module they all call) and times demarc reading it without a plan,
 * in process (resources per second) and as a CLI run. With --checkov, also times Checkov on the
 * same folder (`--framework terraform`), and with --trivy, Trivy (`trivy config`, built from the Go
 * module proxy into bench/.go-bin), each for a ratio of whole-process wall times.
 * Usage: npx tsc -p tsconfig.json && node dist/bench/iac/hcl-run.js [--checkov] [--trivy]
 *        (writes bench/results/iac-hcl.json; BENCH_ROOTS=200 by default, 1,005 .tf files)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/checks/registry.js';
import { IAC_FOLDER_READER, IAC_READERS } from '../../src/cli/iac.js';
import { evaluate } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import { collectIac } from '../../src/sources/iac/collect.js';
import { pythonTool } from '../python-tool.js';
import { HCL_RESOURCES_PER_UNIT, hclBucketModule, hclRoot } from './hcl-corpus.js';
import { runTrivy, sarifCounts, timed } from './peers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = `${ROOT}bench/results/iac-hcl-corpus`;
const ROOTS = Number(process.env.BENCH_ROOTS ?? 200);
const UNITS_PER_ROOT = 4;

function write(dir: string, files: Record<string, string>): number {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(`${dir}/${name}`, text);
  return Object.keys(files).length;
}

rmSync(CORPUS, { recursive: true, force: true });
let files = write(`${CORPUS}/modules/bucket`, hclBucketModule());
for (let r = 0; r < ROOTS; r++) files += write(`${CORPUS}/root-${r}`, hclRoot(r, UNITS_PER_ROOT));
const declared = ROOTS * UNITS_PER_ROOT * HCL_RESOURCES_PER_UNIT;

await IAC_FOLDER_READER.prepare();
let t = performance.now();
const collected = collectIac([CORPUS], {
  root: ROOT,
  cwd: ROOT,
  parameters: {},
  readers: IAC_READERS,
  folderReader: IAC_FOLDER_READER,
});
const readSeconds = (performance.now() - t) / 1000;
t = performance.now();
const findings = evaluate(new Inventory(collected.resources), DEFAULT_POLICY, CHECKS, new Date());
const evaluateSeconds = (performance.now() - t) / 1000;
const resources = collected.resources.length;
const result: Record<string, unknown> = {
  tfFiles: files,
  rootModules: ROOTS,
  declaredResources: declared,
  resources,
  unreadableFiles: collected.gaps.length,
  findings: findings.length,
  failed: findings.filter((f) => f.status === 'fail').length,
  notAssessed: findings.filter((f) => f.status === 'not_assessed').length,
  readSeconds: Number(readSeconds.toFixed(2)),
  evaluateSeconds: Number(evaluateSeconds.toFixed(2)),
  resourcesPerSecond: Math.round(declared / (readSeconds + evaluateSeconds)),
};
console.log(
  `demarc in process: ${files} .tf files, ${declared} declared resources (${resources} inventory resources) read in ${readSeconds.toFixed(2)} s, judged in ${evaluateSeconds.toFixed(2)} s (${result.resourcesPerSecond} declared resources/s)`,
);

const cli = timed(process.execPath, [
  `${ROOT}bin/demarc.js`,
  'scan',
  CORPUS,
  '--format',
  'sarif',
  '--output',
  '/tmp/demarc-hcl-out.sarif',
]);
result.demarcCli = {
  ...cli,
  declaredResourcesPerSecond: Math.round(declared / cli.seconds),
  sarif: sarifCounts('/tmp/demarc-hcl-out.sarif'),
};
console.log(
  `demarc CLI: ${cli.seconds} s, peak RSS ${cli.peakRssMiB} MiB (exit ${cli.status}), ${JSON.stringify(sarifCounts('/tmp/demarc-hcl-out.sarif'))} SARIF results/files`,
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
      'terraform',
      '--quiet',
      '--compact',
      '-o',
      'sarif',
      '--output-file-path',
      '/tmp/checkov-hcl-out',
      '--skip-download',
    ]);
    result.checkov = {
      version,
      ...run,
      sarif: sarifCounts('/tmp/checkov-hcl-out/results_sarif.sarif'),
      declaredResourcesPerSecond: Math.round(declared / run.seconds),
    };
    result.checkovToDemarcWallTimeRatio = Number((run.seconds / cli.seconds).toFixed(1));
    console.log(
      `checkov ${version}: ${run.seconds} s, peak RSS ${run.peakRssMiB} MiB (exit ${run.status}); ratio ${result.checkovToDemarcWallTimeRatio}×`,
    );
  }
}
if (process.argv.includes('--trivy')) {
  const trivy = runTrivy(CORPUS, '/tmp/trivy-hcl-out.sarif');
  result.trivy = trivy;
  if (typeof trivy !== 'string') {
    result.trivyToDemarcWallTimeRatio = Number((trivy.seconds / cli.seconds).toFixed(1));
    console.log(
      `${trivy.version}: ${trivy.seconds} s, peak RSS ${trivy.peakRssMiB} MiB (exit ${trivy.status}), ${JSON.stringify(trivy.sarif)} SARIF results/files; ratio ${result.trivyToDemarcWallTimeRatio}×`,
    );
  } else console.log(`trivy ${trivy}`);
}
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(`${ROOT}bench/results/iac-hcl.json`, `${JSON.stringify(result, null, 2)}\n`);
