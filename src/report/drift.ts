import type { DriftEntry, DriftReport, UnmatchedResource } from '../engine/drift.js';
import { LISTED } from './diff.js';
import { mdText } from './markdown.js';
import { visibleStrings } from './sanitize.js';
import { styler } from './style.js';

/**
 * `demarc diff` of a template scan against a scan of the running estate, in the three views of
 * the scan diff: terminal, JSON (everything) and Markdown. Terminal and Markdown list at most
 * LISTED entries per group.
 */

interface DriftSide {
  id: number;
  startedAt: string;
  source: string;
}

export interface DriftSides {
  template: DriftSide;
  live: DriftSide;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one-line verdict, the first line of every view. */
export function driftHeadline(report: DriftReport): string {
  const missing = report.unmatched.length;
  const tail = missing > 0 ? `; ${plural(missing, 'template resource')} not matched live` : '';
  if (report.drift.length === 0)
    return `templates and live agree on every verdict of ${plural(report.matched, 'matched resource')}${tail}`;
  return `templates and live disagree on ${plural(report.drift.length, 'verdict')} (${report.drifted} of ${plural(report.matched, 'matched resource')})${tail}`;
}

const stateText = (v: Pick<DriftEntry['template'], 'status' | 'accepted'>) =>
  `${v.status === 'not_assessed' ? 'not assessed' : v.status}${v.accepted ? ' (accepted)' : ''}`;

/** file:line (logical id) of a template resource, or its id. */
const writtenAt = (r: DriftEntry['template']['resource']) => {
  const { file, line, logicalId } = r.source;
  if (!file) return r.id;
  return `${file}${line ? `:${line}` : ''}${logicalId ? ` (${logicalId})` : ''}`;
};

const liveName = (r: DriftEntry['live']['resource']) => `${r.name || r.id} (${r.account} ${r.region})`;

const whyText = (u: UnmatchedResource) =>
  u.why === 'ambiguous' ? `${u.candidates} live resources of that type and name` : 'no live resource';

export function renderDriftJson(report: DriftReport, sides: DriftSides): string {
  const totals = {
    matched: report.matched,
    drifted: report.drifted,
    verdicts: report.drift.length,
    unmatched: report.unmatched.length,
  };
  return `${JSON.stringify({ kind: 'drift', ...sides, totals, drift: report.drift, unmatched: report.unmatched }, null, 2)}\n`;
}

export function renderDriftTerminal(
  unsafe: DriftReport,
  sides: DriftSides,
  options: { color: boolean },
): string {
  const style = styler(options.color);
  // Names, files and reasons come from the inputs: made visible before our colour codes go in.
  const report = visibleStrings(unsafe);
  const s = visibleStrings(sides);
  const lines = [
    style('bold', driftHeadline(report)),
    `template scan ${s.template.id} (${s.template.startedAt}, ${s.template.source})`,
    `    live scan ${s.live.id} (${s.live.startedAt}, ${s.live.source})`,
  ];
  if (report.drift.length > 0) {
    lines.push('', style('red', `Verdicts that differ: ${report.drift.length}`));
    for (const d of report.drift.slice(0, LISTED)) {
      lines.push(
        `  ${style('bold', d.severity.padEnd(8))} ${d.checkId}  ${writtenAt(d.template.resource)} → ${liveName(d.live.resource)}  ${style('dim', `template ${stateText(d.template)}, live ${stateText(d.live)}`)}`,
        `           live: ${d.live.reason}`,
      );
    }
    if (report.drift.length > LISTED)
      lines.push(`  … and ${report.drift.length - LISTED} more (--format json lists all)`);
  }
  if (report.unmatched.length > 0) {
    lines.push('', style('yellow', `Template resources not matched live: ${report.unmatched.length}`));
    for (const u of report.unmatched.slice(0, LISTED))
      lines.push(`  ${u.resource.type} ${u.resource.name}  ${writtenAt(u.resource)}: ${whyText(u)}`);
    if (report.unmatched.length > LISTED)
      lines.push(`  … and ${report.unmatched.length - LISTED} more (--format json lists all)`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderDriftMarkdown(report: DriftReport, sides: DriftSides): string {
  const lines = [
    `## demarc: ${driftHeadline(report)}`,
    '',
    `Compared template scan ${sides.template.id} (${mdText(sides.template.source)}) with live scan ${sides.live.id} (${mdText(sides.live.source)}, ${mdText(sides.live.startedAt)}).`,
  ];
  if (report.drift.length > 0) {
    lines.push(
      '',
      `### Verdicts that differ (${report.drift.length})`,
      '',
      '| Severity | Check | Template | Live resource | Template says | Live says |',
      '|---|---|---|---|---|---|',
    );
    for (const d of report.drift.slice(0, LISTED)) {
      lines.push(
        `| ${d.severity} | \`${d.checkId}\` | ${mdText(writtenAt(d.template.resource))} | ${mdText(liveName(d.live.resource))} | ${stateText(d.template)} | ${stateText(d.live)}: ${mdText(d.live.reason)} |`,
      );
    }
    if (report.drift.length > LISTED)
      lines.push('', `… and ${report.drift.length - LISTED} more (\`demarc diff --format json\` lists all).`);
  }
  if (report.unmatched.length > 0) {
    lines.push(
      '',
      `### Template resources not matched live (${report.unmatched.length})`,
      '',
      '| Type | Name | Template | Why |',
      '|---|---|---|---|',
    );
    for (const u of report.unmatched.slice(0, LISTED)) {
      lines.push(
        `| ${mdText(u.resource.type)} | ${mdText(u.resource.name)} | ${mdText(writtenAt(u.resource))} | ${whyText(u)} |`,
      );
    }
    if (report.unmatched.length > LISTED)
      lines.push(
        '',
        `… and ${report.unmatched.length - LISTED} more (\`demarc diff --format json\` lists all).`,
      );
  }
  return `${lines.join('\n')}\n`;
}
