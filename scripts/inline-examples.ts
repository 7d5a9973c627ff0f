/**
 * Moves a check's example files into its examples.ts: every `file: 'examples/…'` entry becomes a
 * `source:` template string holding the file's text, a file of the folder that no entry lists
 * joins by its name (`<format>.<verdict>[.<anything>].<ext>`), and the `examples/` folder goes.
 * A check with plan examples and no HCL ones gets HCL written from the plans (plan-to-hcl.ts).
 * Run `npx tsc -p tsconfig.json; node dist/scripts/inline-examples.js [check folder…]` (all checks
 * by default), then `npx biome check --write src/checks`.
 *
 * It reads examples.ts as text and evaluates its array, so it works on a tree that does not
 * type-check yet (a branch written before examples were inline) and needs no fresh build of it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { EXAMPLE_FORMATS, type ExampleFormat } from '../src/checks/example.js';
import { hclOfPlan } from './plan-to-hcl.js';

const REPO_ROOT = fileURLToPath(
  new URL(import.meta.url.includes('/dist/scripts/') ? '../../' : '../', import.meta.url),
);

/** An example as written in examples.ts, before or after inlining. */
interface ExampleEntry {
  format: ExampleFormat;
  expect: 'pass' | 'fail' | 'not_assessed';
  file?: string;
  source?: string;
  note?: string;
}

const VERDICTS: Record<string, ExampleEntry['expect']> = {
  pass: 'pass',
  fail: 'fail',
  'not-assessed': 'not_assessed',
};

const VERDICT_ORDER: readonly ExampleEntry['expect'][] = ['pass', 'fail', 'not_assessed'];

const IMPORT = "import { defineExamples } from '../../example.js';";

/** The entries of an examples.ts, by evaluating its array (the file is plain object literals). */
export function readEntries(text: string, file: string): ExampleEntry[] {
  const body = text
    .replace(/^import\s[^;]*;\s*$/gm, '')
    .replace(/export\s+default\s+defineExamples\s*\(/, 'result = (');
  if (!body.includes('result = (')) throw new Error(`${file}: no \`export default defineExamples(\``);
  const context: { result?: unknown } = {};
  try {
    runInNewContext(body, context, { filename: file, timeout: 1000 });
  } catch (error) {
    throw new Error(`${file}: cannot evaluate (${(error as Error).message})`);
  }
  if (!Array.isArray(context.result)) throw new Error(`${file}: defineExamples is not given an array`);
  // Copied into this realm: arrays made inside the sandbox have its own Array prototype.
  return [...context.result].map((raw, i) => entryOf(raw, `${file} entry ${i + 1}`));
}

function entryOf(raw: unknown, where: string): ExampleEntry {
  const e = raw as Record<string, unknown>;
  if (!EXAMPLE_FORMATS.includes(e.format as ExampleFormat)) throw new Error(`${where}: format ${e.format}`);
  if (!Object.values(VERDICTS).includes(e.expect as ExampleEntry['expect']))
    throw new Error(`${where}: expect ${e.expect}`);
  if (typeof e.file !== 'string' && typeof e.source !== 'string')
    throw new Error(`${where}: neither file nor source`);
  return {
    format: e.format as ExampleFormat,
    expect: e.expect as ExampleEntry['expect'],
    ...(typeof e.file === 'string' && { file: e.file }),
    ...(typeof e.source === 'string' && { source: e.source.replace(/^\n/, '') }),
    ...(typeof e.note === 'string' && { note: e.note }),
  };
}

/** A string literal in the repository's style: single quotes unless the text holds one. */
function quoted(text: string): string {
  if (text.includes("'") && !text.includes('"')) return JSON.stringify(text);
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A template string whose value is exactly `text`. */
function templated(text: string): string {
  return `\`\n${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
}

/** The text of an examples.ts holding these entries, all inline, by format and then verdict. */
export function renderEntries(entries: readonly ExampleEntry[]): string {
  const order = (e: ExampleEntry) => EXAMPLE_FORMATS.indexOf(e.format) * 3 + VERDICT_ORDER.indexOf(e.expect);
  const sorted = [...entries].sort((a, b) => order(a) - order(b));
  const items = sorted.map((e) => {
    if (e.source === undefined) throw new Error(`an entry without its source (${e.file})`);
    const source = e.source.endsWith('\n') ? e.source : `${e.source}\n`;
    return [
      '  {',
      `    format: ${quoted(e.format)},`,
      `    expect: ${quoted(e.expect)},`,
      ...(e.note ? [`    note: ${quoted(e.note)},`] : []),
      `    source: ${templated(source)},`,
      '  },',
    ].join('\n');
  });
  return `${IMPORT}\n\nexport default defineExamples([\n${items.join('\n')}\n]);\n`;
}

/** What an unlisted example file is, from its name. */
function entryOfName(name: string, where: string): ExampleEntry {
  const m =
    /^(cloudformation|terraform-plan|terraform-hcl)\.(pass|fail|not-assessed)(\.[\w-]+)*\.(ya?ml|json|tf)$/.exec(
      name,
    );
  if (!m)
    throw new Error(
      `${where}/${name}: not <format>.<pass|fail|not-assessed>.<ext>, and examples.ts does not list it`,
    );
  return {
    format: m[1] as ExampleFormat,
    expect: VERDICTS[m[2] as string] as ExampleEntry['expect'],
    file: `examples/${name}`,
  };
}

/** What inlining one check folder did. */
interface Inlined {
  /** Whether examples.ts was rewritten. */
  changed: boolean;
  /** HCL examples written from the check's plan examples (it had none of its own). */
  derived: string[];
  /** Plan examples that could not be written as one .tf file, with why: their HCL is for a person to write. */
  refused: string[];
}

/**
 * Inlines one check folder's examples: the entries' files and any unlisted file of `examples/`.
 * A check without HCL examples gets them from its plan examples' configuration where a plan can be
 * one .tf file (scripts/plan-to-hcl.ts); the IaC harness then holds them to the plan's verdicts.
 * A listed file that is missing is an error, and nothing is written.
 */
export function inlineFolder(dir: string): Inlined {
  const tsFile = join(dir, 'examples.ts');
  const fromRoot = relative(REPO_ROOT, dir);
  const shown = fromRoot && !fromRoot.startsWith('..') ? fromRoot : dir;
  const folder = join(dir, 'examples');
  const entries = existsSync(tsFile) ? readEntries(readFileSync(tsFile, 'utf8'), `${shown}/examples.ts`) : [];
  const onDisk = existsSync(folder) ? readdirSync(folder).sort() : [];
  const listed = new Set(entries.flatMap((e) => (e.file ? [e.file] : [])));
  const all = [
    ...entries,
    ...onDisk.filter((n) => !listed.has(`examples/${n}`)).map((n) => entryOfName(n, `${shown}/examples`)),
  ];
  const inline = all.map(({ file, ...rest }) => {
    if (file === undefined) return rest;
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${shown}/examples.ts lists ${file}, which is not there`);
    return { ...rest, source: readFileSync(path, 'utf8') };
  });
  const derived: string[] = [];
  const refused: string[] = [];
  if (!inline.some((e) => e.format === 'terraform-hcl')) {
    for (const plan of inline.filter((e) => e.format === 'terraform-plan')) {
      const out = hclOfPlan(plan.source as string);
      const name = `${shown} terraform-plan ${plan.expect}`;
      if ('cannot' in out) refused.push(`${name}: ${out.cannot}`);
      else {
        inline.push({ format: 'terraform-hcl', expect: plan.expect, source: out.hcl });
        derived.push(name);
      }
    }
  }
  const changed = all.some((e) => e.file !== undefined) || onDisk.length > 0 || derived.length > 0;
  if (changed) writeFileSync(tsFile, renderEntries(inline));
  if (existsSync(folder)) rmSync(folder, { recursive: true });
  return { changed, derived, refused };
}

/**
 * Sets the sources of one format and verdict in a check's examples.ts (a generator's output:
 * scripts/terraform-fixtures.ts), keeping the entry's note; adds the entry when there is none.
 */
export function setSource(
  dir: string,
  format: ExampleFormat,
  expect: ExampleEntry['expect'],
  source: string,
): void {
  const tsFile = join(dir, 'examples.ts');
  const entries = readEntries(readFileSync(tsFile, 'utf8'), tsFile);
  const at = entries.findIndex((e) => e.format === format && e.expect === expect);
  if (at >= 0) entries[at] = { ...(entries[at] as ExampleEntry), source };
  else entries.push({ format, expect, source });
  writeFileSync(tsFile, renderEntries(entries));
}

/** Every check folder, src/checks/<service>/<id>/. */
function checkFolders(root = REPO_ROOT): string[] {
  const checks = join(root, 'src', 'checks');
  return readdirSync(checks, { withFileTypes: true })
    .filter((s) => s.isDirectory())
    .flatMap((s) =>
      readdirSync(join(checks, s.name), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(checks, s.name, d.name, 'check.ts')))
        .map((d) => join(checks, s.name, d.name)),
    )
    .sort();
}

function main(): void {
  const named = process.argv.slice(2);
  const dirs = named.length > 0 ? named.map((d) => resolve(d)) : checkFolders();
  let changed = 0;
  const derived: string[] = [];
  const refused: string[] = [];
  try {
    for (const dir of dirs) {
      const out = inlineFolder(dir);
      if (out.changed) changed++;
      derived.push(...out.derived);
      refused.push(...out.refused);
    }
  } catch (error) {
    process.stderr.write(`inline-examples: ${(error as Error).message}\n`);
    process.exit(2);
  }
  process.stdout.write(`${changed} of ${dirs.length} check folders rewritten\n`);
  for (const d of derived) process.stdout.write(`HCL written from ${d}\n`);
  for (const r of refused) process.stdout.write(`no HCL from ${r}: write it by hand\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
