import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHECKS } from '../checks/registry.js';
import { InputError } from '../errors.js';
import { SEVERITIES, type Severity } from '../model/vocabulary.js';
import { parsePolicy } from '../policy/parse.js';
import { DEFAULT_POLICY, type Policy } from '../policy/policy.js';
import { FORMATS, formatNames } from '../report/formats.js';
import { visible } from '../report/sanitize.js';
import { POLICY_LIMIT_BYTES, readInputFile, SNAPSHOT_LIMIT_BYTES } from '../sources/shared/read-file.js';
import { type Chunks, writeChunks, writeFileAtomic } from './write-file.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, findings: 1, usage: 2, gaps: 3 } as const;

/** Everything a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  isStderrTty: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The progress line's redraw (carriage return, erase line): the one control sequence we write to stderr. */
const REDRAW = '\r\x1b[2K';

/**
 * Every stderr line may quote a name, a tag, a file name or an error from the estate: control
 * characters and bidi overrides are made visible here (main() wraps every Io with it), so no caller can forget. Only our own redraw
 * at the very start of a write (no estate value is ever first) stays a control sequence.
 */
export function safeStderrText(text: string): string {
  return text.startsWith(REDRAW) ? REDRAW + visible(text.slice(REDRAW.length)) : visible(text);
}

export const defaultIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
  isStderrTty: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

/** A flag as parseArgs reads it. */
interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
}

/** What a flag's value or a positional argument may be, for shell completion: a list, a file, a folder. */
export type Completion = readonly string[] | 'files' | 'dirs';

/**
 * One command of the CLI: its help text, the flags it parses (help and shell completion derive
 * from them, so neither lists a flag by hand), examples, and what it runs.
 */
export interface Command {
  usage: string;
  flags: Readonly<Record<string, FlagSpec>>;
  /** String flags whose values can be completed; others take free text. */
  values?: Readonly<Record<string, Completion>>;
  /** What the positional arguments are, when the command takes any. */
  positionals?: Completion;
  /** Command lines shown under `demarc <command> --help`, each with a `# what it does` comment. */
  examples: readonly string[];
  run(args: string[], io: Io): number | Promise<number>;
}

/** `demarc <command> --help`: the usage, then the examples. */
export function commandHelp(command: Command): string {
  return `${command.usage}\n\nexamples:\n${command.examples.map((e) => `  ${e}`).join('\n')}\n`;
}

export function useColor(io: Io, toFile: boolean): boolean {
  if (toFile || !io.isTty) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.env.TERM !== 'dumb';
}

/** Input files the CLI reads itself, each with the size limit of its kind. */
const LIMITS = {
  snapshot: SNAPSHOT_LIMIT_BYTES,
  'policy file': POLICY_LIMIT_BYTES,
  'scan result': SNAPSHOT_LIMIT_BYTES,
} as const;

/**
 * Reads a snapshot or policy file through the bounded reader: regular files only, within the
 * kind's size limit, byte-order mark dropped. `file` is relative to `cwd`; messages show `shown`.
 */
export function readText(file: string, what: keyof typeof LIMITS, cwd: string, shown = file): string {
  return readInputFile({ path: resolve(cwd, file), shown, what, limitBytes: LIMITS[what] });
}

function displayPath(file: string): string {
  return file.replace(/^.*\/(examples\/[^/]+)$/, '$1');
}

/** The policy file: --config, else ./demarc.yaml, else the fallback (the demo's); undefined for none. */
export function policyPath(
  configFlag: string | undefined,
  fallback: string | undefined,
  cwd: string,
): string | undefined {
  return configFlag ?? (existsSync(`${cwd}/demarc.yaml`) ? `${cwd}/demarc.yaml` : fallback);
}

/** The policy: --config, else ./demarc.yaml, else the fallback (the demo's), else the built-in one. */
export function loadPolicy(
  configFlag: string | undefined,
  fallback: string | undefined,
  cwd: string,
): Policy {
  const file = policyPath(configFlag, fallback, cwd);
  if (!file) return DEFAULT_POLICY;
  const shown = file === configFlag ? file : displayPath(file);
  return parsePolicy(readText(file, 'policy file', cwd, shown), shown, {
    checkIds: CHECKS.map((c) => c.id),
  });
}

/** A report to standard output, or atomically to the file `output` (see write-file.ts). */
export async function emit(io: Io, text: Chunks, output: string | undefined): Promise<void> {
  if (!output || output === '/dev/stdout') {
    writeChunks(io.stdout, text);
    return;
  }
  await writeFileAtomic(output, text);
}

export function parseSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(value) || value === 'info') {
    throw new InputError(`--fail-on: expected low, medium, high or critical, got '${value}'`);
  }
  return value as Severity;
}

export function parseFormats(value: string | undefined): string[] {
  const names = (value ?? 'terminal')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(name in FORMATS))
      throw new InputError(`--format: unknown format '${name}' (known: ${formatNames().join(', ')})`);
  }
  return names;
}

export function parseFormat(value: string | undefined, allowed: readonly string[]): string {
  const format = value ?? 'terminal';
  if (!allowed.includes(format))
    throw new InputError(`--format: expected ${allowed.join(' or ')}, got '${format}'`);
  return format;
}
