import { CHECKS } from '../../checks/registry.js';
import { buildMatrix, type RowKey } from '../../engine/matrix.js';
import { InputError } from '../../errors.js';
import { isServiceId, SERVICE_IDS, TENANCIES, type Tenancy } from '../../model/responsibility.js';
import { renderMatrix } from '../../report/terminal.js';
import { parseFlags } from '../args.js';
import { type Command, EXIT, emit, type Io, loadPolicy, parseFormat, useColor } from '../io.js';

function parseTenancy(value: string | undefined): Tenancy | undefined {
  if (value === undefined) return undefined;
  if (!(TENANCIES as readonly string[]).includes(value)) {
    throw new InputError(`--tenancy: expected ${TENANCIES.join(', ')}, got '${value}'`);
  }
  return value as Tenancy;
}

const FLAGS = {
  services: { type: 'string' },
  tenancy: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  config: { type: 'string' },
} as const;

async function runMatrix(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags({
    args,
    options: FLAGS,
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
  await emit(io, text, values.output);
  return EXIT.ok;
}

export const matrixCommand: Command = {
  usage: `usage: demarc matrix [--services ec2,rds,lambda] [--tenancy shared|dedicated-instance|dedicated-host]
                     [--format terminal|json] [--output FILE] [--config FILE]
  the responsibility matrix (who owns each security domain) for the services named (default: all)`,
  flags: FLAGS,
  values: {
    services: SERVICE_IDS,
    tenancy: TENANCIES,
    format: ['terminal', 'json'],
    output: 'files',
    config: 'files',
  },
  examples: [
    'demarc matrix                                        # every service demarc models',
    'demarc matrix --services ec2,rds,lambda --tenancy dedicated-host',
    'demarc matrix --services s3,dynamodb --format json --output matrix.json',
  ],
  run: runMatrix,
};
