import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyCheck } from '../../src/checks/check.js';
import { type Example, type ExampleFormat, exampleNames } from '../../src/checks/example.js';
import { CHECKS } from '../../src/checks/registry.js';
import { cloudFormationReader } from '../../src/sources/cloudformation/index.js';
import type { IacFileResult } from '../../src/sources/shared/iac-reader.js';
import { terraformHclReader } from '../../src/sources/terraform/hcl/index.js';
import { terraformPlanReader } from '../../src/sources/terraform/index.js';
import { REPO_ROOT } from './paths.js';

/** One example of one check, with the name it goes by and the path findings on it show. */
export interface CheckExample {
  readonly check: AnyCheck;
  /** The check's folder, `src/checks/<service>/<id>`. */
  readonly folder: string;
  readonly example: Example;
  /** `cloudformation.fail.yaml`: unique within the check. */
  readonly name: string;
  /** `src/checks/<service>/<id>/examples.ts#<name>`: where the snippet lives, as findings show it. */
  readonly path: string;
}

/** The check's folder in the repository. */
export const checkFolder = (check: AnyCheck): string => `src/checks/${check.service}/${check.id}`;

/** Every registered check's examples, loaded once from examples.js beside its compiled check. */
export const CHECK_EXAMPLES: readonly CheckExample[] = (
  await Promise.all(
    CHECKS.map(async (check) => {
      const folder = checkFolder(check);
      const module = (await import(`../../${folder}/examples.js`)) as { default: readonly Example[] };
      const names = exampleNames(module.default);
      return module.default.map((example, i) => {
        const name = names[i] as string;
        return { check, folder, example, name, path: `${folder}/examples.ts#${name}` };
      });
    }),
  )
).flat();

/** The source of a check's example of this format and verdict (the first, when there are several). */
export function exampleSource(checkId: string, format: ExampleFormat, expect: string): string {
  const found = CHECK_EXAMPLES.find(
    (e) => e.check.id === checkId && e.example.format === format && e.example.expect === expect,
  );
  if (!found) throw new Error(`${checkId} has no ${format} ${expect} example`);
  return found.example.source;
}

/** The examples of one format, or of one check. */
export const examplesOf = (format: ExampleFormat, check?: AnyCheck): CheckExample[] =>
  CHECK_EXAMPLES.filter((e) => e.example.format === format && (!check || e.check === check));

/**
 * Writes every example as a file under `dir` (`<service>/<id>/<name>`; an HCL example as the
 * `main.tf` of a folder of its own, since every `.tf` of a folder makes one module), for tests
 * that scan files the way a user's repository holds them. Returns the files written.
 */
export function writeExamples(dir: string): string[] {
  return CHECK_EXAMPLES.map((e) => {
    const folder = join(dir, e.check.service, e.check.id);
    const file =
      e.example.format === 'terraform-hcl'
        ? join(folder, e.name.replace(/\.tf$/, ''), 'main.tf')
        : join(folder, e.name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, e.example.source);
    return file;
  });
}

/**
 * Check folders that still hold an `examples/` folder: examples are inline now, and a file there
 * would be read by nothing (`node dist/scripts/inline-examples.js` moves it into examples.ts).
 */
export function leftoverExampleFolders(): string[] {
  const root = join(REPO_ROOT, 'src', 'checks');
  return readdirSync(root, { withFileTypes: true })
    .filter((s) => s.isDirectory())
    .flatMap((s) =>
      readdirSync(join(root, s.name), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, s.name, d.name, 'examples')))
        .map((d) => `src/checks/${s.name}/${d.name}/examples`),
    );
}

await terraformHclReader.prepare();

/** Where HCL snippets are written to be read: the HCL reader reads a folder, as Terraform does. */
let scratch: string | undefined;
function scratchDir(): string {
  if (!scratch) {
    const dir = mkdtempSync(join(tmpdir(), 'demarc-examples-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratch = dir;
  }
  return scratch;
}
let written = 0;

/**
 * Reads a snippet through its format's reader, shown as `path`. A snippet the reader refuses
 * throws with the reader's one-line message.
 */
export function readSnippet(
  format: ExampleFormat,
  path: string,
  source: string,
  parameters: Record<string, string> = {},
): IacFileResult {
  if (format === 'cloudformation') return cloudFormationReader.read(path, source, { parameters });
  if (format === 'terraform-plan') return terraformPlanReader.read(path, source, { parameters });
  const dir = join(scratchDir(), String(++written));
  mkdirSync(dir);
  const file = join(dir, 'main.tf');
  writeFileSync(file, source);
  // The folder and its one file both show as the snippet, so ids and findings name no temporary path.
  const read = terraformHclReader.read(
    dir,
    (absolute) => (absolute === file || absolute === dir ? path : absolute),
    {
      parameters,
    },
  );
  if (read.errors.length > 0) throw new Error(read.errors.map((e) => e.message).join('; '));
  return read;
}

/** Reads one check example through its format's reader. */
export const readExample = (e: CheckExample, parameters: Record<string, string> = {}): IacFileResult =>
  readSnippet(e.example.format, e.path, e.example.source, parameters);
