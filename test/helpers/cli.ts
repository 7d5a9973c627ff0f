import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process with captured output, as a user at a terminal (or not) would. */
export async function runCli(
  args: string[],
  options: { tty?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTty: options.tty ?? false,
    isStderrTty: false,
    env: options.env ?? {},
    cwd: options.cwd ?? mkdtempSync(join(tmpdir(), 'demarc-cwd-')),
  });
  return { code, stdout, stderr };
}
