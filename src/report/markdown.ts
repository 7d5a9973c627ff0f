import type { CellEvidence, Finding, ScanResult } from '../engine/result.js';
import { type DomainId, domainTitle } from '../model/domains.js';
import { SEVERITIES } from '../model/vocabulary.js';
import { checkDocUrl } from './check-docs.js';
import { coverageText, dutyTotalsText } from './coverage.js';
import { checkOf } from './finding-facts.js';
import { visible } from './sanitize.js';

/**
 * A short Markdown summary for a pull request comment (GitHub-flavoured): counts, the customer and
 * shared duties that fail, and the worst failing findings. Cloud strings are escaped so a resource
 * name can neither format the comment, inject HTML, mention a user nor link an issue.
 */
export const TOP_FINDINGS = 20;
const MAX_CELL = 160;

const MD_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': '&#64;',
  '#': '&#35;',
  '|': '&#124;',
};

/** Text for a table cell or a line of prose: no Markdown, HTML, mentions, issue links or autolinks. */
export function mdText(value: unknown, max = MAX_CELL): string {
  let text = visible(String(value).replace(/\s+/g, ' ').trim());
  if ([...text].length > max) text = `${[...text].slice(0, max - 1).join('')}…`;
  return text
    .replace(/[&<>@#|]/g, (c) => MD_ESCAPES[c] as string)
    .replace(/[\\`*_{}[\]()+\-.!~=:]/g, (c) => `\\${c}`);
}

const SEVERITY_ORDER = [...SEVERITIES].reverse();

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function headline(result: ScanResult): string {
  const { failedBySeverity } = result.summary;
  const failed = SEVERITY_ORDER.reduce((n, s) => n + failedBySeverity[s], 0);
  if (failed === 0) return '## demarc: no failed findings';
  const parts = SEVERITY_ORDER.filter((s) => failedBySeverity[s] > 0).map(
    (s) => `${failedBySeverity[s]} ${s}`,
  );
  return `## demarc: ${plural(failed, 'failed finding')} (${parts.join(', ')})`;
}

function scope(result: ScanResult): string {
  const { meta, summary, coverage } = result;
  const accounts = meta.accounts.length > 0 ? meta.accounts.map((a) => mdText(a)).join(', ') : 'no account';
  const lines = [
    `Scanned ${plural(summary.resources, 'resource')} in ${accounts} (${mdText(meta.source.inputs.join(', ') || meta.source.kind)}).`,
    `**${summary.byStatus.pass}** passed · **${summary.byStatus.fail}** failed · **${summary.byStatus.not_assessed}** not assessed · **${summary.suppressed}** covered by accepted risks.`,
  ];
  if (!coverage.complete) {
    lines.push(
      `> **Incomplete:** ${plural(coverage.gaps.length, 'part')} of the estate could not be read; see the full report.`,
    );
  }
  return lines.join('\n');
}

const EVIDENCE_ORDER: CellEvidence[] = [
  'fail',
  'not_assessed',
  'expired',
  'no_evidence',
  'partial',
  'attested',
  'pass',
];
const EVIDENCE_WORDS: Record<CellEvidence, string> = {
  fail: 'failing',
  not_assessed: 'not assessed',
  expired: 'attestation expired',
  no_evidence: 'no evidence',
  partial: 'partly evidenced',
  attested: 'attested',
  pass: 'passing',
  aws: 'AWS',
};

function matrixSummary(result: ScanResult): string {
  const counts = new Map<CellEvidence, number>();
  // Failing duties by domain, so an account-wide duty (root credentials) is one line, not one per service.
  const failing = new Map<DomainId, { owners: Set<string>; services: string[] }>();
  const allRows = [...result.matrix.rows, ...(result.matrix.accounts ?? [])];
  for (const row of allRows) {
    for (const cell of row.cells) {
      if (cell.owner === 'aws') continue;
      counts.set(cell.evidence, (counts.get(cell.evidence) ?? 0) + 1);
      if (cell.evidence !== 'fail') continue;
      const entry = failing.get(cell.domain) ?? { owners: new Set<string>(), services: [] };
      entry.owners.add(cell.owner);
      entry.services.push(row.name);
      failing.set(cell.domain, entry);
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const accountCount = result.matrix.accounts?.length ?? 0;
  const tally = EVIDENCE_ORDER.filter((e) => counts.get(e))
    .map((e) => `${counts.get(e)} ${EVIDENCE_WORDS[e]}`)
    .join(' · ');
  const lines = [
    '### Your side of the line',
    '',
    `${total} customer or shared ${total === 1 ? 'cell' : 'cells'} across ${plural(result.matrix.rows.length, 'service')}${accountCount > 0 ? ` and ${plural(accountCount, 'account')}` : ''}: ${tally || 'none'}.`,
  ];
  const held = dutyTotalsText(result.matrix);
  if (held) lines.push('', `Duties held: ${mdText(held)}.`);
  if (result.matrix.modelDate) lines.push('', `Responsibility model of ${mdText(result.matrix.modelDate)}.`);
  const evidenced = allRows.flatMap((row) =>
    row.cells.filter((c) => c.owner !== 'aws' && (c.coverage?.evidenced ?? 0) > 0).map((c) => ({ row, c })),
  );
  if (evidenced.length > 0) {
    lines.push('', '| Service | Domain | Evidence | Duties |', '| --- | --- | --- | --- |');
    for (const { row, c } of evidenced) {
      lines.push(
        `| ${mdText(row.name)} | ${mdText(domainTitle(c.domain))} | ${EVIDENCE_WORDS[c.evidence]} | ${mdText(coverageText(c))} |`,
      );
    }
  }
  if (failing.size > 0) {
    const rowCount = result.matrix.rows.length;
    lines.push('', '| Failing duty | Owner | Where |', '| --- | --- | --- |');
    for (const [domain, { owners, services }] of failing) {
      const where =
        services.length === rowCount && rowCount > 1 ? `every service (${rowCount})` : services.join(', ');
      lines.push(`| ${mdText(domainTitle(domain))} | ${[...owners].join(', ')} | ${mdText(where, 400)} |`);
    }
  }
  return lines.join('\n');
}

function topFindings(result: ScanResult): string {
  const failing = result.findings
    .filter((f) => f.status === 'fail' && !f.suppressed)
    .sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
  if (failing.length === 0) return '';
  const shown = failing.slice(0, TOP_FINDINGS);
  const rows = shown.map((f: Finding) => {
    const check = checkOf(result, f);
    const where = f.resource.account ? `${f.resource.account} / ${f.resource.region}` : f.resource.region;
    return `| ${f.severity} | [${mdText(check.title)}](${checkDocUrl(check.id)}) | ${mdText(f.resource.name, 80)}<br>${mdText(where, 60)} | ${mdText(f.reason)} |`;
  });
  const more = failing.length - shown.length;
  return [
    `### Top failing findings`,
    '',
    '| Severity | Check | Resource | Why |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(more > 0 ? ['', `…and ${more} more in the full report.`] : []),
  ].join('\n');
}

export function renderMarkdown(result: ScanResult): string {
  const sections = [headline(result), scope(result), matrixSummary(result), topFindings(result)].filter(
    Boolean,
  );
  return `${sections.join('\n\n')}\n\n<sub>demarc ${mdText(result.meta.version)} · model ${mdText(result.meta.modelVersion)} · ${mdText(result.meta.finishedAt)}</sub>\n`;
}
