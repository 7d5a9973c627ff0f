import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { IAC_LIMIT_BYTES, readInputFile } from '../sources/shared/read-file.js';
import { scanCommand } from './commands/scan.js';
import { IAC_READERS } from './iac.js';
import { defaultIo, EXIT, type Io } from './io.js';
import { main } from './main.js';

/**
 * The pre-commit hook (.pre-commit-hooks.yaml): pre-commit runs it with the hook's `args`, then the
 * changed files. A changed template or plan is scanned; a changed `.tf` file brings its folder (the
 * module); other YAML and JSON (CI workflows, package.json) is not infrastructure and is left out,
 * where `demarc scan FILE` would call it bad input.
 */
export function hookScanArgs(argv: readonly string[], cwd: string): string[] | undefined {
  // Flags are read with scan's own definitions, so a flag's value (--config demarc.yaml) is never taken for a file.
  const { tokens } = parseArgs({
    args: [...argv],
    options: scanCommand.flags,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const flags: string[] = [];
  const targets = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (token.value === undefined) flags.push(token.rawName);
      else if (token.inlineValue) flags.push(`${token.rawName}=${token.value}`);
      else flags.push(token.rawName, token.value);
    } else if (token.kind === 'positional') {
      const target = changedTarget(token.value, cwd);
      if (target) targets.add(target);
    }
  }
  if (targets.size === 0) return undefined;
  const failOn = flags.some((f) => f === '--fail-on' || f.startsWith('--fail-on='))
    ? []
    : ['--fail-on', 'high'];
  return ['scan', ...targets, ...failOn, ...flags];
}

/** What to scan for one changed file: itself, its module's folder, or nothing. */
function changedTarget(file: string, cwd: string): string | undefined {
  const absolute = resolve(cwd, file);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) return undefined; // deleted in this commit
  if (/\.tf(\.json)?$/.test(file)) return dirname(file) || '.';
  try {
    const text = readInputFile({ path: absolute, shown: file, limitBytes: IAC_LIMIT_BYTES });
    return IAC_READERS.some((r) => r.recognizes(text)) ? file : undefined;
  } catch {
    return file; // too large or unreadable: the scan says so, naming the file
  }
}

/** Runs the hook; returns the exit code pre-commit judges the commit by. */
export async function runPreCommit(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let args: string[] | undefined;
  try {
    args = hookScanArgs(argv, io.cwd);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`demarc: ${error.message}\n`);
    return EXIT.usage;
  }
  if (!args) return EXIT.ok; // no template or plan among the changed files
  return main(args, io);
}
