import { describeGapWhere } from '../engine/gap-reasons.js';
import type { Finding, MatrixRow, PolicyReport, ResponsibilityMatrix, ScanResult } from '../engine/result.js';
import { DOMAINS } from '../model/domains.js';
import type { Severity } from '../model/vocabulary.js';
import { checkDocUrl } from './check-docs.js';
import { citationText, dutyTotalsText } from './coverage.js';
import { renderDutyCoverage, renderMatrixGrid } from './matrix-text.js';
import { visibleStrings } from './sanitize.js';
import { type Styler, styler } from './style.js';

const SEVERITY_ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

function severityLabel(severity: Severity, style: Styler): string {
  // One column wider than the longest label (CRITICAL), so the mark never touches it.
  const text = severity.toUpperCase().padEnd(9);
  if (severity === 'critical') return style(['bold', 'red'], text);
  if (severity === 'high') return style('red', text);
  if (severity === 'medium') return style('yellow', text);
  return style('dim', text);
}

function location(f: Finding): string {
  const { source, region, type, name } = f.resource;
  const where = source.file ? `${source.file}${source.line ? `:${source.line}` : ''}` : region;
  return `${type} ${name} (${where})`;
}

function findingLine(f: Finding, style: Styler): string {
  const mark = f.suppressed
    ? style('dim', '~')
    : f.status === 'fail'
      ? style(['bold', 'red'], '✗')
      : style('yellow', '?');
  const accepted = f.suppressed ? style('dim', `\n              ${suppressionText(f.suppressed)}`) : '';
  return `  ${severityLabel(f.severity, style)}${mark} ${style('bold', f.checkId)}  ${location(f)}\n              ${f.reason}${accepted}`;
}

function suppressionText(s: NonNullable<Finding['suppressed']>): string {
  if (s.by === 'inline') return `suppressed (inline): ${s.reason}`;
  return `suppressed by exception ${s.exceptionId} (${s.owner}, until ${s.expires}): ${s.reason}`;
}

/** The policy's accepted risks and attestations: what is in force, lapsed, unused or missing. */
function renderPolicy(report: PolicyReport, style: Styler): string[] {
  const lines: string[] = [];
  const { active, expired, unused } = report.exceptions;
  if (active.length + expired.length + unused.length > 0) {
    lines.push('', style('bold', '── Accepted risks (policy exceptions)'));
    for (const e of active) {
      lines.push(
        `  ${style('dim', '~')} ${style('bold', e.id)} (${e.owner}, until ${e.expires}): ${e.matched} finding(s) of ${e.checks.join(', ')} suppressed`,
        style('dim', `      ${e.reason}`),
      );
    }
    for (const e of expired) {
      lines.push(
        `  ${style(['bold', 'red'], '!')} ${style('bold', e.id)} (${e.owner}) ${style(['bold', 'red'], `expired ${e.expires}`)}: ` +
          `${e.matched} finding(s) of ${e.checks.join(', ')} count again; renew it with a new date or fix the findings`,
      );
    }
    for (const e of unused) {
      lines.push(
        `  ${style('yellow', '?')} ${style('bold', e.id)} (${e.owner}, until ${e.expires}) is unused: ` +
          `no open finding of ${e.checks.join(', ')} matches it; remove it, or fix its resource selector`,
      );
    }
  }
  lines.push('', style('bold', '── Attestations (duties no API can show)'));
  for (const a of report.attestations) {
    const mark = a.state === 'attested' ? style('green', '◆') : style(['bold', 'red'], '!');
    const until =
      a.state === 'attested' ? `until ${a.expires}` : style(['bold', 'red'], `expired ${a.expires}`);
    lines.push(
      `  ${mark} ${style('bold', a.id)} [${a.duty ?? a.domain}${a.services ? `: ${a.services.join(', ')}` : ''}] by ${a.attestedBy} on ${a.date}, ${until}`,
      style('dim', `      evidence: ${a.evidence}`),
    );
  }
  const missing = report.duties.filter((d) => d.state === 'missing').map((d) => d.duty);
  if (missing.length > 0) lines.push(`  ${style('dim', '·')} not attested: ${missing.join(', ')}`);
  return lines;
}

/** Findings that need the customer's attention, grouped by responsibility domain, worst first. */
function renderFindings(findings: readonly Finding[], style: Styler): string[] {
  const lines: string[] = [];
  for (const domain of DOMAINS) {
    const open = findings.filter((f) => f.domain === domain.id && f.status !== 'pass');
    if (open.length === 0) continue;
    open.sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1) ||
        a.checkId.localeCompare(b.checkId) ||
        a.resource.name.localeCompare(b.resource.name),
    );
    const passed = findings.filter((f) => f.domain === domain.id && f.status === 'pass').length;
    lines.push('');
    lines.push(style('bold', `── ${domain.title} ── ${open.length} open, ${passed} passed`));
    for (const f of open) lines.push(findingLine(f, style));
  }
  return lines;
}

/** Each check with an open finding, and its page: what it means and how to fix or accept it. */
function renderCheckDocs(findings: readonly Finding[], style: Styler): string[] {
  const ids = [...new Set(findings.filter((f) => f.status !== 'pass').map((f) => f.checkId))].sort();
  if (ids.length === 0) return [];
  const width = Math.max(...ids.map((id) => id.length));
  return [
    '',
    style('bold', '── What each check means, how to fix it or accept it'),
    ...ids.map((id) => `  ${id.padEnd(width)}  ${style('dim', checkDocUrl(id))}`),
  ];
}

export function summaryLine(result: ScanResult): string {
  const { summary, coverage } = result;
  const failed = SEVERITY_ORDER.filter((s) => summary.failedBySeverity[s] > 0)
    .map((s) => `${summary.failedBySeverity[s]} ${s}`)
    .join(', ');
  const gaps = coverage.complete ? 'coverage complete' : `${coverage.gaps.length} coverage gap(s)`;
  const suppressed = summary.suppressed > 0 ? `, ${summary.suppressed} suppressed` : '';
  return (
    `${summary.resources} resources, ${summary.findings} results: ${summary.byStatus.pass} pass, ` +
    `${summary.byStatus.fail} fail${failed ? ` (${failed})` : ''}, ${summary.byStatus.not_assessed} not assessed${suppressed}; ${gaps}`
  );
}

interface TerminalOptions {
  color: boolean;
}

/** The terminal view: matrix for the services found, open findings by domain, one summary line. */
export function renderTerminal(unsafe: ScanResult, options: TerminalOptions): string {
  const style = styler(options.color);
  // Names, tags, ids and messages come from the estate: made visible before our colour codes go in.
  const result = visibleStrings(unsafe);
  const { meta } = result;
  const lines = [
    style(
      'bold',
      `demarc ${meta.version} (model ${meta.modelVersion}) — ${meta.source.kind} ${meta.source.inputs.join(', ')}`,
    ),
    `accounts: ${meta.accounts.join(', ') || '-'}   regions: ${meta.regions.join(', ') || '-'}   policy: ${meta.policy}`,
    '',
    style('bold', 'Where is your line? Responsibility matrix for the services found'),
    ...renderMatrixGrid(result.matrix, true, style),
    ...renderDutyCoverage(result.matrix, style),
    ...renderFindings(result.findings, style),
    ...renderCheckDocs(result.findings, style),
    ...(result.policy ? renderPolicy(result.policy, style) : []),
  ];
  if (!result.coverage.complete) {
    lines.push(
      '',
      style(['bold', 'yellow'], 'Coverage gaps (what could not be read; affected checks are not assessed)'),
    );
    for (const gap of result.coverage.gaps) lines.push(`  ${gap.service}: ${describeGapWhere(gap)}`);
  }
  const held = dutyTotalsText(result.matrix);
  if (held) lines.push('', `duties held: ${held}`);
  lines.push('', style('bold', summaryLine(result)));
  return `${lines.join('\n')}\n`;
}

/** The `demarc matrix` view: the grid, then each customer or shared cell with its reason and evidence. */
export function renderMatrix(unsafe: ResponsibilityMatrix, options: TerminalOptions): string {
  const style = styler(options.color);
  const matrix = visibleStrings(unsafe);
  const lines = [style('bold', 'Where is your line?'), ...renderMatrixGrid(matrix, false, style)];
  const rows: { row: Partial<MatrixRow> & Pick<MatrixRow, 'name' | 'cells'>; head: string }[] = [
    ...matrix.rows.map((row) => ({ row, head: `${row.name} — ${row.category} service` })),
    ...(matrix.accounts ?? []).map((row) => ({ row, head: `${row.name} — held once per account` })),
  ];
  for (const { row, head } of rows) {
    lines.push('', style('bold', head));
    if (row.tenancyNote) lines.push(`  tenancy: ${row.tenancyNote}`);
    for (const cell of row.cells) {
      const domain = DOMAINS.find((d) => d.id === cell.domain)?.title ?? cell.domain;
      const owner =
        cell.owner === 'aws'
          ? style('dim', 'AWS     ')
          : cell.owner === 'customer'
            ? style('magenta', 'customer')
            : style('cyan', 'shared  ');
      lines.push(`  ${owner} ${domain}: ${cell.reason}`);
      if (cell.split) {
        lines.push(`           AWS provides: ${cell.split.aws}`);
        lines.push(`           customer configures: ${cell.split.customer}`);
      }
      if (cell.owner !== 'aws') {
        const evidence = [...cell.checks, ...cell.attestations.map((a) => `attestation ${a}`)];
        lines.push(
          style(
            'dim',
            `           ${cell.owner === 'shared' ? "customer's part evidenced by" : 'evidence'}: ${evidence.length > 0 ? evidence.join(', ') : 'none (no check or attestation covers this yet)'}`,
          ),
        );
        for (const duty of cell.duties ?? []) {
          const by = duty.checks?.join(', ') || 'no check';
          lines.push(style('dim', `           duty ${duty.id}: ${duty.title} [${by}]`));
        }
      }
      lines.push(style('dim', `           source: ${citationText(row, cell)}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
