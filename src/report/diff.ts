import { diffTotals, type FindingChange, type ScanDiff } from '../engine/diff.js';
import { type DomainId, domainTitle } from '../model/domains.js';
import { mdText } from './markdown.js';
import { visibleStrings } from './sanitize.js';
import { styler } from './style.js';

/**
 * `demarc diff` in three views of one ScanDiff: a terminal listing, JSON (everything), and a
 * Markdown pull-request comment ("this change opens 2 findings, fixes 1"). The terminal and
 * Markdown views list at most LISTED findings per group, the JSON view all of them.
 */
export const LISTED = 25;

/** Which stored scans were compared, as the views name them. */
interface DiffSide {
  id: number;
  startedAt: string;
  source: string;
}

export interface DiffSides {
  before: DiffSide;
  after: DiffSide;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one-line verdict, the first line of every view. */
export function diffHeadline(diff: ScanDiff): string {
  const { opens, fixes } = diffTotals(diff);
  if (opens === 0 && fixes === 0) return 'this change opens no findings and fixes none';
  return `this change opens ${opens === 0 ? 'no findings' : plural(opens, 'finding')}, fixes ${fixes}`;
}

const GROUPS = [
  ['new', 'New'],
  ['regressed', 'Regressed'],
  ['fixed', 'Fixed'],
  ['unconfirmed', 'No longer failing, not shown fixed (now accepted or not assessed)'],
] as const;

const stateText: Record<string, string> = {
  fail: 'fail',
  pass: 'pass',
  not_assessed: 'not assessed',
  accepted: 'accepted risk',
  absent: 'gone',
};

const transition = (c: { before: string; after: string }) =>
  `${stateText[c.before] ?? c.before} → ${stateText[c.after] ?? c.after}`;

const sideText = (side: DiffSide) => `scan ${side.id} (${side.startedAt}, ${side.source})`;

export function renderDiffJson(diff: ScanDiff, sides: DiffSides): string {
  return `${JSON.stringify({ ...sides, totals: diffTotals(diff), ...diff }, null, 2)}\n`;
}

export function renderDiffTerminal(unsafe: ScanDiff, sides: DiffSides, options: { color: boolean }): string {
  const style = styler(options.color);
  // Names, ids and reasons come from the estate: made visible before our colour codes go in.
  const diff = visibleStrings(unsafe);
  const safeSides = visibleStrings(sides);
  const lines = [
    style('bold', diffHeadline(diff)),
    `from ${sideText(safeSides.before)}`,
    `  to ${sideText(safeSides.after)}`,
  ];
  const finding = (c: FindingChange) =>
    `  ${style('bold', c.severity.padEnd(8))} ${c.checkId}  ${c.resource.name || c.resource.id} (${c.resource.account} ${c.resource.region})  ${style('dim', transition(c))}`;
  for (const [group, title] of GROUPS) {
    const list = diff[group];
    if (list.length === 0) continue;
    lines.push(
      '',
      style(
        group === 'fixed' ? 'green' : group === 'unconfirmed' ? 'yellow' : 'red',
        `${title}: ${list.length}`,
      ),
    );
    for (const c of list.slice(0, LISTED)) lines.push(finding(c));
    if (list.length > LISTED) lines.push(`  … and ${list.length - LISTED} more (--format json lists all)`);
  }
  lines.push('', `Still failing: ${diff.unchanged.length}`);
  if (diff.cells.length > 0) {
    lines.push('', style('bold', `Matrix cells whose evidence changed: ${diff.cells.length}`));
    for (const cell of diff.cells) {
      const row = cell.tenancy ? `${cell.name} (${cell.tenancy})` : cell.name;
      lines.push(`  ${row} · ${domainTitle(cell.domain as DomainId)}: ${cell.before} → ${cell.after}`);
    }
  }
  if (diff.exceptions.length > 0) {
    lines.push(
      '',
      style(
        'bold',
        `Exceptions expired or expiring within ${diff.windowDays} days: ${diff.exceptions.length}`,
      ),
    );
    for (const e of diff.exceptions) {
      const when =
        e.state === 'expired'
          ? `expired ${e.expires} (${-e.days} days ago)`
          : `expires ${e.expires} (in ${e.days} days)`;
      lines.push(`  ${e.id}: ${when}, owner ${e.owner}, covers ${plural(e.matched, 'finding')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function renderDiffMarkdown(diff: ScanDiff, sides: DiffSides): string {
  const lines = [
    `## demarc: ${diffHeadline(diff)}`,
    '',
    `Compared scan ${sides.before.id} (${mdText(sides.before.startedAt)}) with scan ${sides.after.id} (${mdText(sides.after.startedAt)}) of ${mdText(sides.after.source)}.`,
    `**${diff.new.length}** new · **${diff.regressed.length}** regressed · **${diff.fixed.length}** fixed · **${diff.unconfirmed.length}** no longer failing but not shown fixed · **${diff.unchanged.length}** still failing.`,
  ];
  for (const [group, title] of GROUPS) {
    const list = diff[group];
    if (list.length === 0) continue;
    lines.push(
      '',
      `### ${title} (${list.length})`,
      '',
      '| Severity | Check | Resource | Account | Region | Change |',
      '|---|---|---|---|---|---|',
    );
    for (const c of list.slice(0, LISTED)) {
      lines.push(
        `| ${c.severity} | \`${c.checkId}\` | ${mdText(c.resource.name || c.resource.id)} | ${mdText(c.resource.account)} | ${mdText(c.resource.region)} | ${transition(c)} |`,
      );
    }
    if (list.length > LISTED)
      lines.push('', `… and ${list.length - LISTED} more (\`demarc diff --format json\` lists all).`);
  }
  if (diff.cells.length > 0) {
    lines.push(
      '',
      `### Matrix cells whose evidence changed (${diff.cells.length})`,
      '',
      '| Service | Domain | Before | After |',
      '|---|---|---|---|',
    );
    for (const cell of diff.cells) {
      const row = cell.tenancy ? `${cell.name} (${cell.tenancy})` : cell.name;
      lines.push(
        `| ${mdText(row)} | ${mdText(domainTitle(cell.domain as DomainId))} | ${cell.before} | ${cell.after} |`,
      );
    }
  }
  if (diff.exceptions.length > 0) {
    lines.push(
      '',
      `### Exceptions expired or expiring within ${diff.windowDays} days (${diff.exceptions.length})`,
      '',
      '| Exception | Owner | Expires | State | Covers |',
      '|---|---|---|---|---|',
    );
    for (const e of diff.exceptions) {
      const state = e.state === 'expired' ? `expired ${-e.days} days ago` : `expires in ${e.days} days`;
      lines.push(
        `| ${mdText(e.id)} | ${mdText(e.owner)} | ${mdText(e.expires)} | ${state} | ${plural(e.matched, 'finding')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
