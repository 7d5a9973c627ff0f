import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../../test/helpers/cli.js';
import { COMMANDS } from '../main.js';

const BIN = new URL('../../../../bin/demarc.js', import.meta.url).pathname;

describe('demarc <command> --help', () => {
  it('every command prints its usage and examples to stdout and exits 0', async () => {
    for (const name of Object.keys(COMMANDS)) {
      for (const flag of ['--help', '-h']) {
        const run = await runCli([name, flag]);
        assert.equal(run.code, 0, `${name} ${flag}`);
        assert.equal(run.stderr, '');
        assert.match(run.stdout, /^usage:/, name);
        const examples = run.stdout.slice(run.stdout.indexOf('\nexamples:\n'));
        assert.ok(examples.length > 12, `${name}: no examples`);
        for (const line of examples.trim().split('\n').slice(1))
          assert.match(line, /^ {2}\S/, `${name}: ${line}`);
        assert.ok(examples.includes(`demarc ${name}`), `${name}: an example runs the command itself`);
      }
    }
  });

  it('as a real process too, from the installed entry point', () => {
    const out = execFileSync(process.execPath, [BIN, 'scan', '--help'], { encoding: 'utf8' });
    assert.match(out, /examples:\n {2}demarc scan --demo/);
  });

  it('completion refuses an unknown shell in one line', async () => {
    const run = await runCli(['completion', 'fish']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'demarc: completion: expected one of bash, zsh\n');
  });
});

describe('demarc completion bash, run by bash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demarc-completion-'));
  const script = join(dir, 'demarc.bash');
  writeFileSync(join(dir, 'template.yaml'), 'Resources: {}\n');
  writeFileSync(join(dir, 'tfplan.json'), '{}\n');
  mkdirSync(join(dir, 'reports'));

  /** What bash offers for the command line `words`, the last being the word under the cursor. */
  const complete = (...words: string[]): string[] => {
    const array = words.map((w) => `'${w}'`).join(' ');
    const out = execFileSync(
      'bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        `source "$1" && complete -p demarc >/dev/null && COMP_WORDS=(${array}) && COMP_CWORD=${words.length - 1} && _demarc && printf '%s\\n' "\${COMPREPLY[@]}"`,
        'bash',
        script,
      ],
      { encoding: 'utf8', cwd: dir },
    );
    return out.split('\n').filter(Boolean).sort();
  };

  it('prints a script bash loads and registers for demarc', async () => {
    const run = await runCli(['completion', 'bash']);
    assert.equal(run.code, 0, run.stderr);
    writeFileSync(script, run.stdout);
    execFileSync('bash', ['-n', script]);
  });

  it('completes the commands', () => {
    assert.deepEqual(complete('demarc', 's'), ['scan', 'schema', 'serve']);
    assert.deepEqual(complete('demarc', 'co'), ['collect', 'completion']);
    assert.deepEqual(complete('demarc', ''), [...Object.keys(COMMANDS), '--help', '--version'].sort());
  });

  it("completes each command's flags, from its definition", () => {
    assert.deepEqual(complete('demarc', 'scan', '--fa'), ['--fail-on']);
    assert.deepEqual(complete('demarc', 'scan', '--out'), ['--output', '--output-dir']);
    for (const [name, command] of Object.entries(COMMANDS)) {
      const offered = complete('demarc', name, '--');
      assert.deepEqual(offered, [...Object.keys(command.flags).map((f) => `--${f}`), '--help'].sort(), name);
    }
  });

  it('completes flag values: word lists, files, folders, and nothing for free text', () => {
    assert.deepEqual(complete('demarc', 'scan', '--format', 'sa'), ['sarif']);
    assert.deepEqual(complete('demarc', 'scan', '--fail-on', ''), ['critical', 'high', 'low', 'medium']);
    assert.deepEqual(complete('demarc', 'matrix', '--tenancy', 'ded'), [
      'dedicated-host',
      'dedicated-instance',
    ]);
    assert.deepEqual(complete('demarc', 'scan', '--config', 'tem'), ['template.yaml']);
    assert.deepEqual(complete('demarc', 'scan', '--output-dir', ''), ['reports']);
    assert.deepEqual(complete('demarc', 'scan', '--region', ''), []);
  });

  it('completes positional arguments: paths for scan, names for schema and completion', () => {
    assert.deepEqual(complete('demarc', 'scan', '--demo', 't'), ['template.yaml', 'tfplan.json']);
    assert.deepEqual(complete('demarc', 'schema', ''), ['policy', 'result', 'snapshot']);
    assert.deepEqual(complete('demarc', 'completion', ''), ['bash', 'zsh']);
    assert.deepEqual(complete('demarc', 'checks', 'x'), []);
  });
});

describe('demarc completion zsh', () => {
  it('prints a compdef script naming every command and flag', async () => {
    const run = await runCli(['completion', 'zsh']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^#compdef demarc\n/);
    for (const [name, command] of Object.entries(COMMANDS)) {
      const line = run.stdout.split('\n').find((l) => l.startsWith(`    ${name}) _arguments `));
      assert.ok(line, name);
      for (const flag of Object.keys(command.flags))
        assert.ok(line.includes(`--${flag}`), `${name} --${flag}`);
    }
  });
});
