import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { CHECK_DOCS_BASE } from '../report/check-docs.js';
import { defaultIo, EXIT, type Io } from './io.js';
import { main } from './main.js';

/**
 * The GitHub Action (action.yml): the inputs a workflow gives, as the runner passes them
 * (environment variables INPUT_<NAME>), turned into one `demarc scan`. It writes SARIF for
 * code scanning, a Markdown job summary, and the terminal report to the log.
 */
interface ActionInputs {
  /** Templates, plans and Terraform folders to scan; empty with `live`. */
  paths: string[];
  live: boolean;
  regions: string[];
  /** Formats written besides SARIF, Markdown and the terminal text. */
  formats: string[];
  failOn?: string;
  config?: string;
  context?: string;
  outputDir: string;
}

/** An input as the runner names it: INPUT_FAIL-ON for `fail-on` (a composite step may pass INPUT_FAIL_ON). */
function input(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const key = `INPUT_${name.toUpperCase()}`;
  const value = env[key] ?? env[key.replaceAll('-', '_')];
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A list input: one item a line, or separated by commas or spaces. */
const list = (value: string | undefined): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean);

function bool(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = input(env, name)?.toLowerCase();
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new InputError(`input ${name}: expected true or false, got '${value}'`);
}

/** The workflow's inputs, with the action's defaults. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const live = bool(env, 'live');
  const paths = list(input(env, 'path'));
  if (live && paths.length > 0) throw new InputError('input path: give a path or live: true, not both');
  const failOn = input(env, 'fail-on');
  const config = input(env, 'config');
  const context = input(env, 'context');
  return {
    paths: live ? [] : paths.length > 0 ? paths : ['.'],
    live,
    regions: list(input(env, 'regions')),
    formats: list(input(env, 'format')),
    ...(failOn && failOn !== 'none' && { failOn }),
    ...(config && { config }),
    ...(context && { context }),
    outputDir: input(env, 'output-dir') ?? 'demarc-results',
  };
}

/** The `demarc scan` command line the inputs ask for. */
export function scanArgs(inputs: ActionInputs): string[] {
  const formats = [...new Set(['sarif', 'markdown', 'terminal', ...inputs.formats])];
  return [
    'scan',
    ...inputs.paths,
    ...inputs.regions.flatMap((r) => ['--region', r]),
    ...(inputs.live ? ['--quiet'] : []),
    '--format',
    formats.join(','),
    '--output-dir',
    inputs.outputDir,
    ...(inputs.failOn ? ['--fail-on', inputs.failOn] : []),
    ...(inputs.config ? ['--config', inputs.config] : []),
    ...(inputs.context ? ['--context', inputs.context] : []),
  ];
}

/**
 * The check pages' links are repository paths; a job summary is read on the run's page, where a
 * relative link goes nowhere. When the runner says which repository and ref the action came from,
 * they point at that repository's pages instead.
 */
export function summaryText(markdown: string, env: NodeJS.ProcessEnv): string {
  const repository = env.DEMARC_ACTION_REPOSITORY?.trim();
  const ref = env.DEMARC_ACTION_REF?.trim();
  if (!repository || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return markdown;
  const server = env.GITHUB_SERVER_URL?.trim() || 'https://github.com';
  return markdown.replaceAll(
    `](${CHECK_DOCS_BASE}`,
    `](${server}/${repository}/blob/${encodeURIComponent(ref)}/${CHECK_DOCS_BASE}`,
  );
}

/** Runs the action; returns the exit code of the scan (the step fails on a non-zero one). */
export async function runAction(env: NodeJS.ProcessEnv, io: Io = defaultIo()): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`demarc: ${error.message}\n`);
    return EXIT.usage;
  }
  const code = await main(scanArgs(inputs), io);
  const dir = resolve(io.cwd, inputs.outputDir);
  const report = (ext: string) => join(dir, `demarc.${ext}`);
  if (existsSync(report('txt'))) io.stdout(readFileSync(report('txt'), 'utf8'));
  if (env.GITHUB_STEP_SUMMARY && existsSync(report('md'))) {
    appendFileSync(env.GITHUB_STEP_SUMMARY, `${summaryText(readFileSync(report('md'), 'utf8'), env)}\n`);
  }
  if (env.GITHUB_OUTPUT) {
    const sarif = existsSync(report('sarif')) ? join(inputs.outputDir, 'demarc.sarif') : '';
    appendFileSync(env.GITHUB_OUTPUT, `sarif=${sarif}\nexit-code=${code}\n`);
  }
  return code;
}
