import { join } from 'node:path';
import { CHECKS } from '../../checks/registry.js';
import type { ScanResult, ScanSourceKind } from '../../engine/result.js';
import { scan } from '../../engine/run.js';
import { InputError } from '../../errors.js';
import type { Inventory } from '../../inventory/inventory.js';
import { SEVERITIES, type Severity } from '../../model/vocabulary.js';
import { FORMATS, formatNames, type ReportFormat } from '../../report/formats.js';
import { summaryLine } from '../../report/terminal.js';
import { inventoryOf, parseSnapshot } from '../../sources/snapshot/load.js';
import { parseFlags } from '../args.js';
import { loadContext } from '../context.js';
import { IAC_FLAGS, iacInputs } from '../iac.js';
import {
  type Command,
  EXIT,
  emit,
  type Io,
  loadPolicy,
  parseFormats,
  parseSeverity,
  policyPath,
  readText,
  useColor,
} from '../io.js';
import { collectSnapshot, LIVE_FLAGS, type LiveFlags, liveOptions } from '../live.js';
import { DEMO_POLICY, DEMO_SNAPSHOT, packageVersion } from '../paths.js';
import { checkStore, STORE_FLAG, STORE_USAGE, saveToStore, storeLocation, storeSettingOf } from '../store.js';
import { checkOutputFile, prepareOutputDir } from '../write-file.js';

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

function snapshotInputs(file: string, shown: string, cwd: string): ScanInputs {
  const snapshot = parseSnapshot(readText(file, 'snapshot', cwd, shown), shown);
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

const FLAGS = {
  demo: { type: 'boolean' },
  snapshot: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'output-dir': { type: 'string' },
  'fail-on': { type: 'string' },
  'allow-gaps': { type: 'boolean' },
  context: { type: 'string' },
  save: { type: 'boolean' },
  ...STORE_FLAG,
  ...LIVE_FLAGS,
  ...IAC_FLAGS,
} as const;

async function runScan(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags({
    args,
    options: FLAGS,
    allowPositionals: true,
  });
  const formats = parseFormats(values.format);
  const failOn = parseSeverity(values['fail-on']);
  if (formats.length > 1 && !values['output-dir']) {
    throw new InputError('--format with several formats needs --output-dir DIR');
  }
  // Where the report goes is checked before the scan, so a bad path costs no scan.
  if (values['output-dir']) prepareOutputDir(values['output-dir']);
  else if (values.output && values.output !== '/dev/stdout') checkOutputFile(values.output);
  const sources = [values.demo, values.snapshot, positionals.length > 0].filter(Boolean).length;
  if (sources > 1) throw new InputError('scan: use one of --demo, --snapshot FILE or PATH..., not several');
  if (values.context && positionals.length === 0) {
    throw new InputError('--context: account settings for templates and plans: give it with PATH...');
  }
  // The policy is read before the scan: it may say to keep the scan, and bad input costs no scan.
  const policyFallback = values.demo ? DEMO_POLICY : undefined;
  const basePolicy = loadPolicy(values.config, policyFallback, io.cwd);
  const storeSetting = storeSettingOf(basePolicy, policyPath(values.config, policyFallback, io.cwd), io.cwd);
  // --save, or the policy's store.save: the intent; --store, or the policy's store.location: where.
  const save = Boolean(values.save) || storeSetting?.save === true;
  if (values.store && !save)
    throw new InputError('scan: --store says where --save keeps the scan: add --save');
  const storeAt = save ? storeLocation(values.store, io, storeSetting) : undefined;
  // The history is opened (created, migrated) before the scan too, so a bad store costs no scan.
  if (storeAt) await checkStore(storeAt);
  const startedAt = new Date();
  const iac = positionals.length > 0 ? await iacInputs(positionals, values, io.cwd, io.stderr) : undefined;
  const inputs = iac
    ? iac
    : values.demo
      ? snapshotInputs(DEMO_SNAPSHOT, 'examples/demo-account.json', io.cwd)
      : values.snapshot
        ? snapshotInputs(values.snapshot, values.snapshot, io.cwd)
        : await liveInputs(values, io);
  const root = iac?.root ?? io.cwd;
  let policy = basePolicy;
  if (values.context) {
    const context = loadContext(values.context, io.cwd);
    if (context.entries.length === 0) {
      io.stderr(
        `demarc: warning: ${context.origin}: shows no account settings (EBS encryption by default, S3 Block Public Access); templates are judged as written\n`,
      );
    }
    // The snapshot's facts come last: observed settings win over stated ones for the same scope.
    policy = { ...policy, context: [...policy.context, ...context.entries] };
  }
  const result = scan({
    ...inputs,
    policy,
    checks: CHECKS,
    version: packageVersion(),
    startedAt,
    finishedAt: new Date(),
  });
  if (storeAt) await saveToStore(storeAt, io, result);
  const outputDir = values['output-dir'];
  if (outputDir) {
    for (const name of formats) {
      const format = FORMATS[name] as ReportFormat;
      const file = join(outputDir, `demarc.${format.extension}`);
      await emit(io, format.chunks(result, { color: false, root }), file);
      io.stderr(`report written to ${file}\n`);
    }
    io.stderr(`${summaryLine(result)}\n`);
  } else {
    const format = FORMATS[formats[0] as string] as ReportFormat;
    const color = useColor(io, Boolean(values.output));
    await emit(io, format.chunks(result, { color, root }), values.output);
    if (values.output) io.stderr(`${summaryLine(result)}\nreport written to ${values.output}\n`);
  }
  // Files that could not be read are bad input: the rest was reported, but the run did not see it all.
  if (iac && iac.unreadable > 0) return EXIT.usage;
  return exitCodeFor(result, failOn, Boolean(values['allow-gaps']));
}

export const scanCommand: Command = {
  usage: `usage:
  demarc scan --demo                    scan the bundled demo estate (no AWS account needed)
  demarc scan --snapshot FILE           scan a demarc snapshot file
  demarc scan [--region R]... [--profile P]   scan the AWS account of the default credential chain
  demarc scan PATH... [--parameter K=V]...    scan CloudFormation templates, Terraform plans (JSON) and
                                        Terraform configuration (.tf, .tf.json) before deploy

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
  --request-timeout S    live: seconds each AWS request may take before it is a coverage gap (default 10)
  --quiet                live: no progress output
  --parameter K=V        CloudFormation: a parameter value (repeatable), also AWS::Region, AWS::AccountId
  --var NAME=VALUE       Terraform .tf: a root module variable (repeatable; over every tfvars file)
  --var-file FILE        Terraform .tf: a variables file (repeatable; after terraform.tfvars, *.auto.tfvars)
  --max-file-mb N        IaC: refuse files larger than N MiB (default 32)
  --context FILE         IaC: a snapshot (demarc collect) whose account settings (EBS encryption by
                         default, S3 Block Public Access) decide what a template cannot show
  --save                 keep the scan in the history (see demarc history, demarc diff); the
                         policy's store.save: true keeps every scan without it
${STORE_USAGE}`,

  flags: FLAGS,
  values: {
    snapshot: 'files',
    config: 'files',
    format: formatNames(),
    output: 'files',
    'output-dir': 'dirs',
    'fail-on': SEVERITIES.filter((s) => s !== 'info'),
    'var-file': 'files',
    context: 'files',
  },
  positionals: 'files',
  examples: [
    'demarc scan --demo                                   # the bundled demo estate, no AWS account needed',
    'demarc scan infra/ --fail-on high                    # templates, plans and .tf before deploy; exit 1 on high',
    'demarc scan template.yaml --parameter Env=prod --format sarif --output demarc.sarif',
    'terraform show -json tfplan > plan.json && demarc scan plan.json',
    'demarc scan --region eu-west-1 --format html,json --output-dir reports/   # the live account',
    'demarc scan --snapshot estate.json --config demarc.yaml --format markdown',
  ],
  run: runScan,
};
