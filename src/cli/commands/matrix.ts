import { CHECKS } from '../../checks/registry.js';
import { buildMatrix, type RowKey } from '../../engine/matrix.js';
import type { ResponsibilityMatrix } from '../../engine/result.js';
import { InputError } from '../../errors.js';
import { COMPLIANCE_FRAMEWORK_IDS } from '../../model/frameworks/index.js';
import { isServiceId, SERVICE_IDS, TENANCIES, type Tenancy } from '../../model/responsibility.js';
import {
  frameworkComponentDefinition,
  renderFrameworkCsv,
  renderFrameworkText,
} from '../../report/framework-formats.js';
import { controlsView } from '../../report/framework-view.js';
import { renderMatrixCsv } from '../../report/matrix-csv.js';
import { styler } from '../../report/style.js';
import { renderMatrix } from '../../report/terminal.js';
import { parseFlags } from '../args.js';
import { type Command, EXIT, emit, type Io, loadPolicy, parseFormat, readText, useColor } from '../io.js';

function parseTenancy(value: string | undefined): Tenancy | undefined {
  if (value === undefined) return undefined;
  if (!(TENANCIES as readonly string[]).includes(value)) {
    throw new InputError(`--tenancy: expected ${TENANCIES.join(', ')}, got '${value}'`);
  }
  return value as Tenancy;
}

function parseFramework(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!COMPLIANCE_FRAMEWORK_IDS.includes(value)) {
    throw new InputError(
      `--framework: unknown framework '${value}' (known: ${COMPLIANCE_FRAMEWORK_IDS.join(', ')})`,
    );
  }
  return value;
}

/** The matrix of a saved scan (`demarc scan --format json`), so a framework view carries its evidence. */
function readResultMatrix(file: string, cwd: string): ResponsibilityMatrix {
  const text = readText(file, 'scan result', cwd);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not JSON (${(error as Error).message})`);
  }
  const matrix = (parsed as { matrix?: { rows?: unknown } } | null)?.matrix;
  if (!matrix || !Array.isArray(matrix.rows)) {
    throw new InputError(
      `${file}: not a demarc scan result (no matrix); write one with demarc scan --format json`,
    );
  }
  return matrix as ResponsibilityMatrix;
}

const FLAGS = {
  services: { type: 'string' },
  tenancy: { type: 'string' },
  framework: { type: 'string' },
  result: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  config: { type: 'string' },
} as const;

const FORMATS = ['terminal', 'json', 'csv', 'oscal'];

async function runMatrix(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags({
    args,
    options: FLAGS,
  });
  const format = parseFormat(values.format, FORMATS);
  const framework = parseFramework(values.framework);
  if (format === 'oscal' && !framework) {
    throw new InputError(
      '--format oscal needs --framework (the SSP of a scan comes from demarc scan --format oscal)',
    );
  }
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
  if (values.result && (values.services || values.tenancy)) {
    throw new InputError('--result takes its rows from the scan; leave out --services and --tenancy');
  }
  const rows: RowKey[] = requested.map((service) =>
    service === 'ec2' ? { service, tenancy: tenancy ?? 'shared' } : { service: service as RowKey['service'] },
  );
  const matrix = values.result
    ? readResultMatrix(values.result, io.cwd)
    : buildMatrix(rows, CHECKS, loadPolicy(values.config, undefined, io.cwd).attestations, new Date());
  const color = useColor(io, Boolean(values.output));
  let text: string;
  if (framework) {
    const view = controlsView(matrix, framework);
    text =
      format === 'json'
        ? `${JSON.stringify(view, null, 2)}\n`
        : format === 'csv'
          ? renderFrameworkCsv(view)
          : format === 'oscal'
            ? `${JSON.stringify(frameworkComponentDefinition(view, new Date()), null, 2)}\n`
            : renderFrameworkText(view, styler(color));
  } else {
    text =
      format === 'json'
        ? `${JSON.stringify(matrix, null, 2)}\n`
        : format === 'csv'
          ? renderMatrixCsv(matrix)
          : renderMatrix(matrix, { color });
  }
  await emit(io, text, values.output);
  return EXIT.ok;
}

export const matrixCommand: Command = {
  usage: `usage: demarc matrix [--services ec2,rds,lambda] [--tenancy shared|dedicated-instance|dedicated-host]
                     [--framework ${COMPLIANCE_FRAMEWORK_IDS.join('|')}] [--result scan.json]
                     [--format terminal|json|csv|oscal] [--output FILE] [--config FILE]
  the responsibility matrix (who owns each security domain) for the services named (default: all),
  or with --framework, each control of the framework: inherited from AWS, shared or the customer's,
  with demarc's evidence (from --result, a saved demarc scan --format json)`,
  flags: FLAGS,
  values: {
    services: SERVICE_IDS,
    tenancy: TENANCIES,
    framework: COMPLIANCE_FRAMEWORK_IDS,
    result: 'files',
    format: FORMATS,
    output: 'files',
    config: 'files',
  },
  examples: [
    'demarc matrix                                        # every service demarc models',
    'demarc matrix --services ec2,rds,lambda --tenancy dedicated-host',
    'demarc matrix --services s3,dynamodb --format json --output matrix.json',
    'demarc matrix --framework nist-800-53-r5 --result scan.json',
    'demarc matrix --framework nist-800-53-r5 --result scan.json --format csv --output crm.csv',
  ],
  run: runMatrix,
};
