import type { Finding, ScanResult } from '../engine/result.js';
import { checkOf, requirementsOf } from './finding-facts.js';
import { visible } from './sanitize.js';

/**
 * CSV (RFC 4180: CRLF rows, a header, fields quoted when they hold a comma, quote or line break),
 * one row per finding. Cloud strings are attacker-chosen (a bucket can be named "=HYPERLINK(…)"),
 * so a cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice).
 */

const COLUMNS = [
  'check_id',
  'title',
  'status',
  'severity',
  'suppressed',
  'suppression_reason',
  'domain',
  'service',
  'resource_type',
  'resource_id',
  'resource_name',
  'account',
  'region',
  'classification',
  'reason',
  'remediation',
  'requirements',
  'source_file',
  'source_line',
] as const;

/** A spreadsheet runs a cell starting with one of these as a formula (tab and CR included). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  // Control characters would reach a terminal that shows the file (cat, less -r): made visible.
  text = visible(text);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(result: ScanResult, finding: Finding): string[] {
  const check = checkOf(result, finding);
  const { resource } = finding;
  return [
    check.id,
    check.title,
    finding.status,
    finding.severity,
    finding.suppressed ? 'yes' : 'no',
    finding.suppressed?.reason,
    finding.domain,
    resource.service,
    resource.type,
    resource.id,
    resource.name,
    resource.account,
    resource.region,
    resource.classification,
    finding.reason,
    check.remediation.text,
    requirementsOf(check)
      .map((r) => `${r.framework} ${r.id}`)
      .join('; '),
    resource.source.file,
    resource.source.line,
  ].map(csvCell);
}

export function renderCsv(result: ScanResult): string {
  const lines = [COLUMNS.join(','), ...result.findings.map((f) => row(result, f).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
