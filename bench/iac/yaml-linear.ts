/**
 * Is reading a CloudFormation YAML template linear in its size? One template of 10k, 50k and 100k
 * resources, each size in a fresh process (so one size's heap does not tax the next), timed in CPU
 * seconds (user + system: steadier than wall time on a shared machine) per stage, and reported per
 * resource. Linear means the microseconds per resource stay flat as the template grows.
 * Usage: npm run build && node dist/bench/iac/yaml-linear.js [RESOURCES...]   (default 10000 50000 100000)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IAC_READERS } from '../../src/cli/iac.js';
import { parseYamlTemplate } from '../../src/sources/cloudformation/parse.js';
import { collectIac } from '../../src/sources/iac/collect.js';
import { cloudFormationTemplate, RESOURCES_PER_UNIT } from './corpus.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIR = `${ROOT}bench/results/yaml-linear`;

function cpuSeconds<T>(fn: () => T): { value: T; seconds: number } {
  const before = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(before);
  return { value, seconds: (used.user + used.system) / 1e6 };
}

function readAll(file: string) {
  return collectIac([file], {
    root: DIR,
    cwd: DIR,
    parameters: {},
    readers: IAC_READERS,
    maxFileBytes: 1024 * 1024 * 1024,
  });
}

interface Row {
  resources: number;
  yamlMiB: number;
  /** CPU seconds: YAML text to plain template; the whole read of the YAML file; the same as JSON. */
  parseSeconds: number;
  yamlReadSeconds: number;
  jsonReadSeconds: number;
  parseUsPerResource: number;
  yamlReadUsPerResource: number;
  jsonReadUsPerResource: number;
}

/** One size, in this process. */
function measure(declared: number): Row {
  const units = Math.ceil(declared / RESOURCES_PER_UNIT);
  const resources = units * RESOURCES_PER_UNIT;
  const yaml = cloudFormationTemplate(0, units);
  const dir = `${DIR}/${resources}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/stack.yaml`, yaml);
  const parsed = cpuSeconds(() => parseYamlTemplate(yaml));
  writeFileSync(`${dir}/stack.json`, JSON.stringify(parsed.value.body, null, 1));
  const yamlRead = cpuSeconds(() => readAll(`${dir}/stack.yaml`));
  const jsonRead = cpuSeconds(() => readAll(`${dir}/stack.json`));
  rmSync(dir, { recursive: true, force: true });
  for (const read of [yamlRead.value, jsonRead.value]) {
    if (read.gaps.length > 0) throw new Error(read.gaps.map((g) => g.error).join('; '));
  }
  const us = (seconds: number) => Math.round((seconds * 1e6) / resources);
  return {
    resources,
    yamlMiB: Number((yaml.length / 1024 / 1024).toFixed(1)),
    parseSeconds: Number(parsed.seconds.toFixed(2)),
    yamlReadSeconds: Number(yamlRead.seconds.toFixed(2)),
    jsonReadSeconds: Number(jsonRead.seconds.toFixed(2)),
    parseUsPerResource: us(parsed.seconds),
    yamlReadUsPerResource: us(yamlRead.seconds),
    jsonReadUsPerResource: us(jsonRead.seconds),
  };
}

const [mode, size] = process.argv.slice(2);
if (mode === '--one') {
  console.log(JSON.stringify(measure(Number(size))));
} else {
  const sizes = process.argv.slice(2).map(Number);
  const rows: Row[] = [];
  for (const declared of sizes.length > 0 ? sizes : [10_000, 50_000, 100_000]) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', String(declared)], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    });
    const row = JSON.parse(out.trim().split('\n').pop() as string) as Row;
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${ROOT}bench/results/yaml-linear.json`, `${JSON.stringify(rows, null, 2)}\n`);
}
