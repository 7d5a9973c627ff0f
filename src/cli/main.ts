import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Severity } from '../checks/check.js';
import { SEVERITIES } from '../checks/check.js';
import { CHECKS } from '../checks/registry.js';
import { buildMatrix, type RowKey } from '../engine/matrix.js';
import type { ScanResult, ScanSourceKind } from '../engine/result.js';
import { scan } from '../engine/run.js';
import { InputError } from '../errors.js';
import type { Inventory } from '../inventory/inventory.js';
import { isServiceId, SERVICE_IDS, TENANCIES, type Tenancy } from '../model/responsibility.js';
import { parsePolicy } from '../policy/parse.js';
import { DEFAULT_POLICY, type Policy } from '../policy/policy.js';
import { FORMATS, formatNames, type ReportFormat } from '../report/formats.js';
import { renderMatrix, summaryLine } from '../report/terminal.js';
import { inventoryOf, parseSnapshot } from '../sources/snapshot/load.js';
import { renderChecks } from './checks-command.js';
import { IAC_FLAGS, iacInputs } from './iac.js';
import { runInit } from './init.js';
import { collectSnapshot, LIVE_FLAGS, type LiveFlags, liveOptions } from './live.js';
import { DEMO_POLICY, DEMO_SNAPSHOT, packageVersion } from './paths.js';
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from './schemas.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, findings: 1, usage: 2, gaps: 3 } as const;

const USAGE = `demarc — the AWS Shared Responsibility Model: where is your line, and are you holding your side?

usage:
  demarc scan --demo                    scan the bundled demo estate (no AWS account needed)
  demarc scan --snapshot FILE           scan a demarc snapshot file
  demarc scan [--region R]... [--profile P]   scan the AWS account of the default credential chain
  demarc scan PATH... [--parameter K=V]...    scan CloudFormation templates and Terraform plans (JSON) before deploy
  demarc collect --out FILE [--region R]...   read the account into a snapshot file (read-only)
  demarc matrix --services ec2,rds,lambda [--tenancy shared|dedicated-instance|dedicated-host]
  demarc checks                         list every check with its metadata
  demarc schema snapshot|policy|result  print the JSON Schema of an input format or of --format json
  demarc init [--live [--region R]... | --snapshot FILE | --demo] [--output FILE] [--force]
                                        write a commented demarc.yaml starter (fitted to the estate given)

options:
  --config FILE          policy file (default: ./demarc.yaml if present; --demo uses the demo's)
  --format FORMAT[,…]    terminal (default); several with --output-dir; one of:
                         ${formatNames().join(', ')}
  --output FILE          write the report to FILE instead of standard output
  --output-dir DIR       write one file per format (demarc.<ext>) into DIR
  --fail-on SEVERITY     exit 1 when a failed check is at least low|medium|high|critical
  --allow-gaps           do not exit 3 when some of the estate could not be read
  --region R             live: a region to read (repeatable or comma-separated; default: all enabled)
  --profile P            live: a profile from the shared AWS config files
  --quiet                live: no progress output
  --parameter K=V        CloudFormation: a parameter value (repeatable), also AWS::Region, AWS::AccountId
  --max-file-mb N        IaC: refuse files larger than N MiB (default 32)
  --version, --help

exit codes: 0 ok, 1 failed checks at or above --fail-on, 2 bad input or usage (also: an IaC file could
not be read; the others are still reported), 3 coverage gaps`;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  isStderrTty: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const defaultIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
  isStderrTty: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

function useColor(io: Io, toFile: boolean): boolean {
  if (toFile || !io.isTty) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.env.TERM !== 'dumb';
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read ${what}${code ? ` (${code})` : ''}`);
  }
}

function loadPolicy(configFlag: string | undefined, fallback: string | undefined, cwd: string): Policy {
  const file = configFlag ?? (existsSync(`${cwd}/demarc.yaml`) ? `${cwd}/demarc.yaml` : fallback);
  if (!file) return DEFAULT_POLICY;
  return parsePolicy(readText(file, 'policy file'), file === configFlag ? file : displayPath(file), {
    checkIds: CHECKS.map((c) => c.id),
  });
}

function displayPath(file: string): string {
  return file.replace(/^.*\/(examples\/[^/]+)$/, '$1');
}

function emit(io: Io, text: string, output: string | undefined): void {
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

function parseSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(value) || value === 'info') {
    throw new InputError(`--fail-on: expected low, medium, high or critical, got '${value}'`);
  }
  return value as Severity;
}

function parseFormats(value: string | undefined): string[] {
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

function parseFormat(value: string | undefined, allowed: readonly string[]): string {
  const format = value ?? 'terminal';
  if (!allowed.includes(format))
    throw new InputError(`--format: expected ${allowed.join(' or ')}, got '${format}'`);
  return format;
}

function exitCodeFor(result: ScanResult, failOn: Severity | undefined, allowGaps: boolean): number {
  if (failOn) {
    const threshold = SEVERITIES.indexOf(failOn);
    const failing = result.findings.some(
      // An accepted risk (inline suppression or policy exception) stays visible but does not fail the run.
      (f) => f.status === 'fail' && !f.suppressed && SEVERITIES.indexOf(f.severity) >= threshold,
    );
    if (failing) return EXIT.findings;
  }
  if (!result.coverage.complete && !allowGaps) return EXIT.gaps;
  return EXIT.ok;
}

interface ScanInputs {
  inventory: Inventory;
  source: { kind: ScanSourceKind; inputs: string[] };
  /** The moment the estate is judged at. */
  now: Date;
}

function snapshotInputs(file: string, shown: string): ScanInputs {
  const snapshot = parseSnapshot(readText(file, 'snapshot'), shown);
  return {
    inventory: inventoryOf(snapshot),
    source: { kind: 'snapshot', inputs: [shown] },
    // A snapshot is judged as of when it was collected: key ages and last use are facts of that moment.
    now: snapshot.collectedAt ? new Date(snapshot.collectedAt) : new Date(),
  };
}

async function liveInputs(values: LiveFlags, io: Io): Promise<ScanInputs> {
  const { snapshot } = await collectSnapshot(liveOptions(values, io));
  return {
    inventory: inventoryOf(snapshot),
    source: { kind: 'aws', inputs: [snapshot.description ?? 'live account'] },
    now: new Date(snapshot.collectedAt as string),
  };
}

async function runScan(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      demo: { type: 'boolean' },
      snapshot: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'output-dir': { type: 'string' },
      'fail-on': { type: 'string' },
      'allow-gaps': { type: 'boolean' },
      ...LIVE_FLAGS,
      ...IAC_FLAGS,
    },
    allowPositionals: true,
  });
  const formats = parseFormats(values.format);
  const failOn = parseSeverity(values['fail-on']);
  if (formats.length > 1 && !values['output-dir']) {
    throw new InputError('--format with several formats needs --output-dir DIR');
  }
  const sources = [values.demo, values.snapshot, positionals.length > 0].filter(Boolean).length;
  if (sources > 1) throw new InputError('scan: use one of --demo, --snapshot FILE or PATH..., not several');
  const startedAt = new Date();
  const iac = positionals.length > 0 ? iacInputs(positionals, values, io.cwd, io.stderr) : undefined;
  const inputs = iac
    ? iac
    : values.demo
      ? snapshotInputs(DEMO_SNAPSHOT, 'examples/demo-account.json')
      : values.snapshot
        ? snapshotInputs(values.snapshot, values.snapshot)
        : await liveInputs(values, io);
  const root = iac?.root ?? io.cwd;
  const policy = loadPolicy(values.config, values.demo ? DEMO_POLICY : undefined, io.cwd);
  const result = scan({
    ...inputs,
    policy,
    checks: CHECKS,
    version: packageVersion(),
    startedAt,
    finishedAt: new Date(),
  });
  const outputDir = values['output-dir'];
  if (outputDir) {
    mkdirSync(outputDir, { recursive: true });
    for (const name of formats) {
      const format = FORMATS[name] as ReportFormat;
      const file = join(outputDir, `demarc.${format.extension}`);
      emit(io, format.render(result, { color: false, root }), file);
      io.stderr(`report written to ${file}\n`);
    }
    io.stderr(`${summaryLine(result)}\n`);
  } else {
    const format = FORMATS[formats[0] as string] as ReportFormat;
    emit(io, format.render(result, { color: useColor(io, Boolean(values.output)), root }), values.output);
    if (values.output) io.stderr(`${summaryLine(result)}\nreport written to ${values.output}\n`);
  }
  // Files that could not be read are bad input: the rest was reported, but the run did not see it all.
  if (iac && iac.unreadable > 0) return EXIT.usage;
  return exitCodeFor(result, failOn, Boolean(values['allow-gaps']));
}

/** `demarc collect --out FILE`: a live read of the account into a snapshot, for later or offline scans. */
async function runCollect(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, ...LIVE_FLAGS } });
  if (!values.out) throw new InputError('collect: --out FILE is required');
  const { snapshot, calls } = await collectSnapshot(liveOptions(values, io));
  emit(io, `${JSON.stringify(snapshot, null, 2)}\n`, values.out);
  io.stderr(
    `demarc: ${snapshot.resources.length} resources, ${snapshot.gaps.length} coverage gap(s), ${calls} API calls; written to ${values.out}\n`,
  );
  return snapshot.gaps.length > 0 ? EXIT.gaps : EXIT.ok;
}

function parseTenancy(value: string | undefined): Tenancy | undefined {
  if (value === undefined) return undefined;
  if (!(TENANCIES as readonly string[]).includes(value)) {
    throw new InputError(`--tenancy: expected ${TENANCIES.join(', ')}, got '${value}'`);
  }
  return value as Tenancy;
}

function runMatrix(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    options: {
      services: { type: 'string' },
      tenancy: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      config: { type: 'string' },
    },
  });
  const format = parseFormat(values.format, ['terminal', 'json']);
  const tenancy = parseTenancy(values.tenancy);
  const requested = (values.services ?? SERVICE_IDS.join(','))
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const s of requested) {
    if (!isServiceId(s))
      throw new InputError(`--services: unknown service '${s}' (known: ${SERVICE_IDS.join(', ')})`);
  }
  if (tenancy && !requested.includes('ec2'))
    throw new InputError('--tenancy applies to ec2; add ec2 to --services');
  const rows: RowKey[] = requested.map((service) =>
    service === 'ec2' ? { service, tenancy: tenancy ?? 'shared' } : { service: service as RowKey['service'] },
  );
  const policy = loadPolicy(values.config, undefined, io.cwd);
  const matrix = buildMatrix(rows, CHECKS, policy.attestations, new Date());
  const text =
    format === 'json'
      ? `${JSON.stringify(matrix, null, 2)}\n`
      : renderMatrix(matrix, { color: useColor(io, Boolean(values.output)) });
  emit(io, text, values.output);
  return EXIT.ok;
}

function runChecks(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, output: { type: 'string' } } });
  const format = parseFormat(values.format, ['terminal', 'json']);
  emit(io, renderChecks(CHECKS, format === 'json', useColor(io, Boolean(values.output))), values.output);
  return EXIT.ok;
}

function runSchema(args: string[], io: Io): number {
  const [name] = args;
  if (!name || !(SCHEMA_NAMES as string[]).includes(name)) {
    throw new InputError(`schema: expected one of ${SCHEMA_NAMES.join(', ')}`);
  }
  io.stdout(jsonSchema(name as SchemaName));
  return EXIT.ok;
}

/** Runs the CLI; returns the exit code. Input errors become one line on stderr, never a stack trace. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await runScan(rest, io);
      case 'collect':
        return await runCollect(rest, io);
      case 'matrix':
        return runMatrix(rest, io);
      case 'checks':
        return runChecks(rest, io);
      case 'schema':
        return runSchema(rest, io);
      case 'init':
        return await runInit(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${packageVersion()}\n`);
        return EXIT.ok;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new InputError(`unknown command '${command}' (try: demarc --help)`);
    }
  } catch (error) {
    if (error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`demarc: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    io.stderr(`demarc: internal error: ${(error as Error).message}\n`);
    return 70;
  }
}
