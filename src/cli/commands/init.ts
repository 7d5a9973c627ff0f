import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import type { Inventory } from '../../inventory/inventory.js';
import { type EstateFacts, looksLikeClassificationKey, starterPolicy } from '../../policy/starter.js';
import { inventoryOf, parseSnapshot } from '../../sources/snapshot/load.js';
import { parseFlags } from '../args.js';
import { type Command, readText } from '../io.js';
import { collectSnapshot, LIVE_FLAGS, type LiveFlags, liveOptions } from '../live.js';
import { DEMO_SNAPSHOT } from '../paths.js';
import { checkOutputFile, writeFileAtomic } from '../write-file.js';

interface InitIo {
  stderr: (text: string) => void;
  isStderrTty: boolean;
  cwd: string;
}

/** What a starter policy needs to know of an estate: accounts, regions, classification tags. */
export function estateFacts(inventory: Inventory, source: string): EstateFacts {
  const accounts = new Set<string>();
  const regions = new Set<string>();
  // Tag values are the estate's strings ('constructor', '__proto__' included): counted in Maps, never as object keys.
  const tags = new Map<string, { resources: number; values: Map<string, number> }>();
  for (const r of inventory.resources) {
    if (r.account) accounts.add(r.account);
    if (r.region && r.region !== 'global') regions.add(r.region);
    for (const [key, value] of Object.entries(r.tags)) {
      if (!looksLikeClassificationKey(key)) continue;
      const entry = tags.get(key) ?? { resources: 0, values: new Map<string, number>() };
      entry.resources++;
      entry.values.set(value, (entry.values.get(value) ?? 0) + 1);
      tags.set(key, entry);
    }
  }
  return {
    source,
    accounts: [...accounts].sort(),
    regions: [...regions].sort(),
    resources: inventory.resources.length,
    classificationTags: [...tags]
      .map(([key, t]) => ({ key, resources: t.resources, values: Object.fromEntries(t.values) }))
      .sort((a, b) => b.resources - a.resources || a.key.localeCompare(b.key)),
  };
}

/** The estate of the account the default credentials reach, read as `demarc collect` reads it. */
async function liveFacts(values: LiveFlags, io: InitIo): Promise<EstateFacts> {
  const { snapshot } = await collectSnapshot(liveOptions(values, io));
  return estateFacts(inventoryOf(snapshot), snapshot.description ?? 'the live account');
}

function readSnapshotFacts(file: string, shown: string, cwd: string): EstateFacts {
  return estateFacts(inventoryOf(parseSnapshot(readText(file, 'snapshot', cwd, shown), shown)), shown);
}

const FLAGS = {
  output: { type: 'string' },
  force: { type: 'boolean' },
  snapshot: { type: 'string' },
  demo: { type: 'boolean' },
  live: { type: 'boolean' },
  ...LIVE_FLAGS,
} as const;

/**
 * `demarc init`: writes a commented demarc.yaml starter. With --live, --snapshot or --demo it is
 * fitted to that estate (its classification tag, its regions' jurisdictions).
 */
async function runInit(args: string[], io: InitIo): Promise<number> {
  const { values, positionals } = parseFlags({
    args,
    options: FLAGS,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new InputError(`init: unexpected argument '${positionals[0]}'`);
  if ([values.demo, values.snapshot, values.live].filter(Boolean).length > 1) {
    throw new InputError('init: use one of --live, --snapshot FILE or --demo');
  }
  const target = resolve(io.cwd, values.output ?? join(io.cwd, 'demarc.yaml'));
  const shownTarget = values.output ?? 'demarc.yaml';
  if (existsSync(target) && !values.force) {
    throw new InputError(`${shownTarget}: already exists; use --force to overwrite it`);
  }
  checkOutputFile(target, shownTarget, 'policy');
  const facts = values.live
    ? await liveFacts(values, io)
    : values.demo
      ? readSnapshotFacts(DEMO_SNAPSHOT, 'examples/demo-account.json', io.cwd)
      : values.snapshot
        ? readSnapshotFacts(values.snapshot, values.snapshot, io.cwd)
        : undefined;
  await writeFileAtomic(target, starterPolicy(facts), { shown: shownTarget, what: 'policy' });
  io.stderr(
    `demarc: wrote ${shownTarget}${facts ? ` for ${facts.source}` : ''}; review it, then run demarc scan\n` +
      (facts
        ? ''
        : 'demarc: to fit it to an account, run `demarc init --live --force` (read-only) or `demarc init --snapshot estate.json --force`\n'),
  );
  return 0;
}

export const initCommand: Command = {
  usage: `usage: demarc init [--live [--region R]... [--profile P] | --snapshot FILE | --demo] [--output FILE] [--force]
  write a commented demarc.yaml starter, fitted to the estate given (its classification tag, its regions)`,
  flags: FLAGS,
  values: { output: 'files', snapshot: 'files' },
  examples: [
    'demarc init                               # a commented starter in ./demarc.yaml',
    'demarc init --live --force                # fitted to the account of the default credentials (read-only)',
    'demarc init --snapshot estate.json --output policy/demarc.yaml',
  ],
  run: runInit,
};
