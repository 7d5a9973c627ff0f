import { InputError } from '../errors.js';
import { checksCommand } from './commands/checks.js';
import { collectCommand } from './commands/collect.js';
import { completionCommand } from './commands/completion.js';
import { diffCommand } from './commands/diff.js';
import { historyCommand } from './commands/history.js';
import { initCommand } from './commands/init.js';
import { matrixCommand } from './commands/matrix.js';
import { scanCommand } from './commands/scan.js';
import { schemaCommand } from './commands/schema.js';
import { serveCommand } from './commands/serve.js';
import { type Command, commandHelp, defaultIo, EXIT, type Io, safeStderrText } from './io.js';
import { packageVersion } from './paths.js';

export const COMMANDS: Readonly<Record<string, Command>> = {
  scan: scanCommand,
  collect: collectCommand,
  matrix: matrixCommand,
  checks: checksCommand,
  schema: schemaCommand,
  init: initCommand,
  history: historyCommand,
  diff: diffCommand,
  serve: serveCommand,
  completion: completionCommand(() => COMMANDS),
};

const USAGE = `demarc — the AWS Shared Responsibility Model: where is your line, and are you holding your side?

commands:
  demarc scan          scan the demo (--demo), a snapshot, IaC files (PATH...) or the live account
  demarc collect       read the account into a snapshot file (read-only)
  demarc matrix        the responsibility matrix for the services you name
  demarc checks        list every check with its metadata
  demarc schema        print the JSON Schema of snapshot, policy or result
  demarc init          write a commented demarc.yaml starter
  demarc history       the scans kept with scan --save
  demarc diff          what changed between two kept scans (new, fixed, regressed)
  demarc serve         the dashboard over the kept scans (read-only, on 127.0.0.1)
  demarc completion    print a bash or zsh completion script (eval "$(demarc completion bash)")

  demarc COMMAND --help   the options of one command
  demarc --version

${scanCommand.usage}

exit codes: 0 ok, 1 failed checks at or above --fail-on, 2 bad input or usage (also: an IaC file could
not be read; the others are still reported), 3 coverage gaps`;

const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

/** Runs the CLI; returns the exit code. Input errors become one line on stderr, never a stack trace. */
export async function main(argv: string[], given: Io = defaultIo()): Promise<number> {
  const io: Io = { ...given, stderr: (text) => given.stderr(safeStderrText(text)) };
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(`${USAGE}\n`);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new InputError(`unknown command '${name}' (try: demarc --help)`);
    if (wantsHelp(rest)) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`demarc: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    io.stderr(`demarc: internal error: ${(error as Error).message}\n`);
    return 70;
  }
}
