import { diffScans } from '../../engine/diff.js';
import { driftBetween, scanSide } from '../../engine/drift.js';
import type { ScanResult } from '../../engine/result.js';
import { InputError } from '../../errors.js';
import { type DiffSides, renderDiffJson, renderDiffMarkdown, renderDiffTerminal } from '../../report/diff.js';
import {
  type DriftSides,
  renderDriftJson,
  renderDriftMarkdown,
  renderDriftTerminal,
} from '../../report/drift.js';
import type { ScanStore, StoredScan } from '../../store/store.js';
import { parseFlags } from '../args.js';
import { type Command, EXIT, emit, type Io, parseFormat, useColor } from '../io.js';
import { historyLocation, STORE_CONFIG_FLAGS, STORE_CONFIG_USAGE, withStore } from '../store.js';
import { checkOutputFile } from '../write-file.js';

function scanId(text: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(text))
    throw new InputError(`diff: '${text}' is not a scan id (see demarc history)`);
  return Number(text);
}

/**
 * The two scans to compare. None given: the latest scan and the one before it of the same scope.
 * One: that scan and the latest of its scope saved after it. Two: those two, in that order.
 */
function pickPair(scans: StoredScan[], ids: number[], where: string): [StoredScan, StoredScan] {
  const byId = (id: number) => {
    const found = scans.find((s) => s.id === id);
    if (!found) throw new InputError(`diff: no scan ${id} in ${where} (see demarc history)`);
    return found;
  };
  if (ids.length === 2) return [byId(ids[0] as number), byId(ids[1] as number)];
  if (ids.length === 1) {
    const first = byId(ids[0] as number);
    const later = scans.filter((s) => s.scope === first.scope && s.id > first.id).at(-1);
    if (!later) throw new InputError(`diff: no scan of the same scope was saved after scan ${first.id}`);
    return [first, later];
  }
  const latest = scans.at(-1);
  if (!latest)
    throw new InputError(`diff: ${where} holds no scans yet (save two with: demarc scan … --save)`);
  const previous = scans.filter((s) => s.scope === latest.scope && s.id < latest.id).at(-1);
  if (!previous) {
    throw new InputError(
      `diff: scan ${latest.id} is the only scan of its scope in ${where}: nothing to compare it with (give two ids)`,
    );
  }
  return [previous, latest];
}

/**
 * `--drift`: a template scan and a scan of the running estate. No ids: the latest of each kind;
 * two ids: those (in either order). Returned template first.
 */
function pickDriftPair(scans: StoredScan[], ids: number[], where: string): [StoredScan, StoredScan] {
  if (ids.length === 1)
    throw new InputError('diff --drift: give two scan ids, or none for the latest of each');
  if (ids.length === 2) {
    const pair = pickPair(scans, ids, where);
    const [a, b] = pair.map((s) => scanSide(s.source.kind));
    if (a === b) {
      throw new InputError(
        `diff --drift: scans ${ids[0]} and ${ids[1]} are both ${a === 'template' ? 'template' : 'live or snapshot'} scans: give one of each`,
      );
    }
    return a === 'template' ? pair : [pair[1], pair[0]];
  }
  const template = scans.filter((s) => scanSide(s.source.kind) === 'template').at(-1);
  const live = scans.filter((s) => scanSide(s.source.kind) === 'estate').at(-1);
  if (!template || !live) {
    throw new InputError(
      `diff --drift: ${where} holds no ${template ? 'live or snapshot' : 'template'} scan (save one with: demarc scan … --save)`,
    );
  }
  return [template, live];
}

async function loadBoth(store: ScanStore, pair: [StoredScan, StoredScan]): Promise<[ScanResult, ScanResult]> {
  const [a, b] = await Promise.all(pair.map((s) => store.load(s.id)));
  if (!a || !b) throw new InputError(`diff: a scan vanished from ${store.location} while reading it`);
  return [a, b];
}

const side = (s: StoredScan) => ({
  id: s.id,
  startedAt: s.startedAt,
  source: `${s.source.kind} ${s.source.inputs.join(', ')}`.trim(),
});

const DIFF_FLAGS = {
  format: { type: 'string' },
  output: { type: 'string' },
  drift: { type: 'boolean' },
  ...STORE_CONFIG_FLAGS,
} as const;

function render(
  format: string,
  io: Io,
  toFile: boolean,
  views: { json(): string; markdown(): string; terminal(color: boolean): string },
) {
  if (format === 'json') return views.json();
  if (format === 'markdown') return views.markdown();
  return views.terminal(useColor(io, toFile));
}

async function runDiff(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags({
    args,
    options: DIFF_FLAGS,
    allowPositionals: true,
  });
  const format = parseFormat(values.format, ['terminal', 'json', 'markdown']);
  if (positionals.length > 2) throw new InputError('diff: at most two scan ids (diff [A] [B])');
  const ids = positionals.map(scanId);
  if (values.output && values.output !== '/dev/stdout') checkOutputFile(values.output);
  const { pair, results } = await withStore(historyLocation(values, io), async (store) => {
    const scans = await store.list();
    const chosen = values.drift
      ? pickDriftPair(scans, ids, store.location)
      : pickPair(scans, ids, store.location);
    return { pair: chosen, results: await loadBoth(store, chosen) };
  });
  const toFile = Boolean(values.output);
  let text: string;
  const [firstSide, secondSide] = pair.map((s) => scanSide(s.source.kind));
  if (firstSide !== secondSide) {
    // A template against the running estate: finding keys cannot pair them, resources can (drift.ts).
    const [t, l] = firstSide === 'template' ? [0, 1] : [1, 0];
    const report = driftBetween(results[t] as ScanResult, results[l] as ScanResult);
    const sides: DriftSides = { template: side(pair[t] as StoredScan), live: side(pair[l] as StoredScan) };
    text = render(format, io, toFile, {
      json: () => renderDriftJson(report, sides),
      markdown: () => renderDriftMarkdown(report, sides),
      terminal: (color) => renderDriftTerminal(report, sides, { color }),
    });
  } else {
    const diff = diffScans(results[0], results[1], { now: new Date() });
    const sides: DiffSides = { before: side(pair[0]), after: side(pair[1]) };
    text = render(format, io, toFile, {
      json: () => renderDiffJson(diff, sides),
      markdown: () => renderDiffMarkdown(diff, sides),
      terminal: (color) => renderDiffTerminal(diff, sides, { color }),
    });
  }
  await emit(io, text, values.output);
  return EXIT.ok;
}

export const diffCommand: Command = {
  usage: `usage:
  demarc diff            the latest stored scan against the one before it of the same scope
  demarc diff A          scan A against the latest scan of its scope saved after it
  demarc diff A B        scan A against scan B (ids from demarc history)

  demarc diff --drift    the latest template scan against the latest live (or snapshot) scan

  Lists new, regressed, fixed and still-failing findings (by finding key), matrix cells whose
  evidence changed, and exceptions expired or expiring within 30 days. A template scan against a
  live or snapshot scan (two such ids, or --drift) lists drift instead: the same resource judged
  differently by the same check. A template resource is matched to a live one by ARN where the
  template yields one, else by type and name in the template's account and region.

options:
${STORE_CONFIG_USAGE}
  --format F             terminal (default), json (everything) or markdown (a pull-request comment)
  --output FILE          write the diff to FILE instead of standard output
  --drift                compare a template scan with a live or snapshot scan`,
  flags: DIFF_FLAGS,
  values: { format: ['terminal', 'json', 'markdown'], output: 'files', store: 'files', config: 'files' },
  examples: [
    'demarc diff                                # the latest scan against the one before it',
    'demarc diff 3 7 --format markdown          # scans 3 and 7 as a pull-request comment',
    'demarc diff --store postgres://demarc@db/demarc --format json',
    'demarc diff --drift --format markdown      # what the templates say against what runs',
  ],
  run: runDiff,
};
