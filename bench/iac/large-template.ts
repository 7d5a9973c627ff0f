/**
 * One very large CloudFormation template, as YAML and as JSON, read at growing sizes: the reading
 * time per resource should stay flat (linear), and YAML should stay within a small factor of JSON.
 * Usage: npm run build && node dist/bench/iac/large-template.js [RESOURCES...]   (default 12500 25000 50000 100000)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IAC_READERS } from '../../src/cli/iac.js';
import { parseYamlTemplate } from '../../src/sources/cloudformation/parse.js';
import { collectIac } from '../../src/sources/iac/collect.js';
import { cloudFormationTemplate, RESOURCES_PER_UNIT } from './corpus.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIR = `${ROOT}bench/results/large-template`;
const sizes = process.argv.slice(2).map(Number);

/** Seconds to read one file into resources, in process, with the 32 MiB limit lifted. */
function read(file: string): { seconds: number; resources: number; gaps: string[] } {
  const start = performance.now();
  const out = collectIac([file], {
    root: DIR,
    cwd: DIR,
    parameters: {},
    readers: IAC_READERS,
    maxFileBytes: 1024 * 1024 * 1024,
  });
  const seconds = Number(((performance.now() - start) / 1000).toFixed(2));
  return { seconds, resources: out.resources.length, gaps: out.gaps.map((g) => g.error) };
}

mkdirSync(DIR, { recursive: true });
const rows = [];
for (const declared of sizes.length > 0 ? sizes : [12_500, 25_000, 50_000, 100_000]) {
  const units = Math.ceil(declared / RESOURCES_PER_UNIT);
  const yaml = cloudFormationTemplate(0, units);
  writeFileSync(`${DIR}/stack.yaml`, yaml);
  // The same template as JSON (long forms), the way `cfn-flip` would write it.
  writeFileSync(`${DIR}/stack.json`, JSON.stringify(parseYamlTemplate(yaml).body, null, 1));
  const y = read(`${DIR}/stack.yaml`);
  const j = read(`${DIR}/stack.json`);
  const row = {
    declared: units * RESOURCES_PER_UNIT,
    yamlMiB: Number((yaml.length / 1024 / 1024).toFixed(1)),
    yamlSeconds: y.seconds,
    jsonSeconds: j.seconds,
    resources: y.resources,
    gaps: [...y.gaps, ...j.gaps],
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
writeFileSync(`${ROOT}bench/results/large-template.json`, `${JSON.stringify(rows, null, 2)}\n`);
