import { InputError } from '../../errors.js';
import { jsonChunks } from '../../report/json-chunks.js';
import { parseFlags } from '../args.js';
import { type Command, EXIT, type Io } from '../io.js';
import { collectSnapshot, LIVE_FLAGS, liveOptions } from '../live.js';
import { checkOutputFile, writeFileAtomic } from '../write-file.js';

const FLAGS = { out: { type: 'string' }, ...LIVE_FLAGS } as const;

/** `demarc collect --out FILE`: a live read of the account into a snapshot, for later or offline scans. */
async function runCollect(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags({ args, options: FLAGS });
  if (!values.out) throw new InputError('collect: --out FILE is required');
  // Checked before the (long) read of the account, so a bad path fails at once.
  checkOutputFile(values.out, values.out, 'snapshot');
  const { snapshot, calls } = await collectSnapshot(liveOptions(values, io));
  await writeFileAtomic(values.out, jsonChunks(snapshot, 2), { what: 'snapshot' });
  io.stderr(
    `demarc: ${snapshot.resources.length} resources, ${snapshot.gaps.length} coverage gap(s), ${calls} API calls; written to ${values.out}\n`,
  );
  return snapshot.gaps.length > 0 ? EXIT.gaps : EXIT.ok;
}

export const collectCommand: Command = {
  usage: `usage: demarc collect --out FILE [--region R]... [--profile P] [--request-timeout S] [--quiet]
  read the account behind the default credential chain into a snapshot file (read-only);
  scan it later with: demarc scan --snapshot FILE`,
  flags: FLAGS,
  values: { out: 'files' },
  examples: [
    'demarc collect --out estate.json                       # every enabled region, default credentials',
    'demarc collect --out estate.json --region eu-west-1,eu-central-1 --profile audit',
    'demarc scan --snapshot estate.json --format html --output report.html   # judge it later, offline',
  ],
  run: runCollect,
};
