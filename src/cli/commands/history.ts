import type { StoredScan } from '../../store/store.js';
import { parseFlags } from '../args.js';
import { type Command, EXIT, type Io, parseFormat } from '../io.js';
import { historyLocation, STORE_CONFIG_FLAGS, STORE_CONFIG_USAGE, withStore } from '../store.js';

const FAILED = ['critical', 'high', 'medium', 'low'] as const;

function line(scan: StoredScan): string {
  const failed = FAILED.filter((s) => scan.failedBySeverity[s] > 0)
    .map((s) => `${scan.failedBySeverity[s]} ${s}`)
    .join(', ');
  const where = `${scan.source.kind} ${scan.source.inputs.join(', ')}`.trim();
  const accounts = scan.accounts.join(', ') || '-';
  return (
    `${String(scan.id).padStart(5)}  ${scan.startedAt}  ${where}  accounts ${accounts}: ` +
    `${scan.findings} results, ${scan.byStatus.pass} pass, ${scan.byStatus.fail} fail` +
    `${failed ? ` (${failed})` : ''}, ${scan.byStatus.not_assessed} not assessed, ${scan.suppressed} suppressed`
  );
}

const HISTORY_FLAGS = { format: { type: 'string' }, ...STORE_CONFIG_FLAGS } as const;

async function runHistory(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags({ args, options: HISTORY_FLAGS });
  const format = parseFormat(values.format, ['terminal', 'json']);
  const scans = await withStore(historyLocation(values, io), (store) => store.list());
  if (format === 'json') {
    io.stdout(`${JSON.stringify(scans, null, 2)}\n`);
    return EXIT.ok;
  }
  if (scans.length === 0) {
    io.stdout('no scans stored yet (save one with: demarc scan … --save)\n');
    return EXIT.ok;
  }
  io.stdout(`   id  started                   source  accounts: counts\n${scans.map(line).join('\n')}\n`);
  return EXIT.ok;
}

export const historyCommand: Command = {
  usage: `usage:
  demarc history [--format terminal|json]   the stored scans, oldest first, with their counts

options:
${STORE_CONFIG_USAGE}
  --format F             terminal (default) or json`,
  flags: HISTORY_FLAGS,
  values: { format: ['terminal', 'json'], store: 'files', config: 'files' },
  examples: [
    'demarc history                             # the stored scans with their counts',
    'demarc history --format json --store scans.db',
  ],
  run: runHistory,
};
