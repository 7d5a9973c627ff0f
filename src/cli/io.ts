import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CHECKS } from '../checks/registry.js';
import { InputError } from '../errors.js';
import { SEVERITIES, type Severity } from '../model/vocabulary.js';
import { parsePolicy } from '../policy/parse.js';
import { DEFAULT_POLICY, type Policy } from '../policy/policy.js';
import { FORMATS, formatNames } from '../report/formats.js';

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

export const defaultIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
  isStderrTty: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

/** One command of the CLI: its help text and what it runs. */
export interface Command {
  usage: string;
  run(args: string[], io: Io): number | Promise<number>;
}

export function useColor(io: Io, toFile: boolean): boolean {
  if (toFile || !io.isTty) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.env.TERM !== 'dumb';
}

export function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read ${what}${code ? ` (${code})` : ''}`);
  }
}

function displayPath(file: string): string {
  return file.replace(/^.*\/(examples\/[^/]+)$/, '$1');
}

/** The policy: --config, else ./demarc.yaml, else the fallback (the demo's), else the built-in one. */
export function loadPolicy(
  configFlag: string | undefined,
  fallback: string | undefined,
  cwd: string,
): Policy {
  const file = configFlag ?? (existsSync(`${cwd}/demarc.yaml`) ? `${cwd}/demarc.yaml` : fallback);
  if (!file) return DEFAULT_POLICY;
  return parsePolicy(readText(file, 'policy file'), file === configFlag ? file : displayPath(file), {
    checkIds: CHECKS.map((c) => c.id),
  });
}

export function emit(io: Io, text: string, output: string | undefined): void {
  if (!output) {
    io.stdout(text);
    return;
  }
  try {
    writeFileSync(output, text);
  } catch (error) {
    throw new InputError(
      `${output}: cannot write report (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
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
