/**
 * Where parsing `.tf` text goes: tree-sitter's own parse against demarc's whole parse (tree-sitter
 * plus turning its tree into demarc's expression tree), over every `.tf` file of the HCL bench
 * corpus (run hcl-run.js first). CPU time of this process, best of ROUNDS, so other work on the
 * machine disturbs it less than wall time.
 * Usage: node dist/bench/iac/hcl-parse.js   (ROUNDS=5 by default)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';
import { parseHcl, prepareHclParser } from '../../src/sources/terraform/hcl/parse.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = `${ROOT}bench/results/iac-hcl-corpus`;
const ROUNDS = Number(process.env.ROUNDS ?? 5);

const files = (readdirSync(CORPUS, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.tf'))
  .map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') }));
const bytes = files.reduce((n, f) => n + f.text.length, 0);

await prepareHclParser();
await Parser.init();
const raw = new Parser();
const wasm = createRequire(import.meta.url).resolve(
  '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
);
raw.setLanguage(await Language.load(readFileSync(wasm)));

/** CPU seconds of the first round (cold, as the CLI runs it) and of the best round. */
function cpuSeconds(work: () => void): { first: number; best: number } {
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    rounds.push((used.user + used.system) / 1e6);
  }
  return { first: rounds[0] as number, best: Math.min(...rounds) };
}

// demarc's parse first, so its cold round pays the JIT warm-up of its own code only.
const demarc = cpuSeconds(() => {
  for (const f of files) parseHcl(f.name, f.text);
});
const treeSitter = cpuSeconds(() => {
  for (const f of files) raw.parse(f.text)?.delete();
});
const show = (what: 'first' | 'best') =>
  `tree-sitter ${treeSitter[what].toFixed(2)} s, demarc ${demarc[what].toFixed(2)} s, ` +
  `so the tree to expressions ${(demarc[what] - treeSitter[what]).toFixed(2)} s`;
console.log(
  `${files.length} .tf files, ${(bytes / 1e6).toFixed(2)} MB, CPU seconds. First round: ${show('first')}. ` +
    `Best of ${ROUNDS}: ${show('best')}.`,
);
