import type { CellEvidence, MatrixCell, ResponsibilityMatrix } from '../engine/result.js';
import { DOMAINS, type DomainId } from '../model/domains.js';
import type { Owner } from '../model/responsibility.js';
import { coverageText } from './coverage.js';
import type { Styler } from './style.js';

/** Short column heads so 18 domains fit a terminal; the legend spells them out. */
const DOMAIN_CODES: Record<DomainId, string> = {
  physical: 'PHY',
  'hardware-virtualization': 'HW',
  'tenant-isolation': 'TEN',
  'guest-os-patching': 'OS',
  'network-firewall': 'NET',
  application: 'APP',
  'identity-access': 'IAM',
  'account-root': 'ROOT',
  'data-classification': 'DATA',
  jurisdiction: 'JUR',
  'encryption-at-rest': 'REST',
  'client-side-encryption': 'CSE',
  'encryption-in-transit': 'TLS',
  'key-management': 'KEY',
  'backup-recovery': 'BAK',
  'logging-monitoring': 'LOG',
  'secure-connectivity': 'VPN',
  'awareness-training': 'TRN',
};

const DOMAIN_TITLES = new Map<string, string>(DOMAINS.map((d) => [d.id, d.title]));

const OWNER_LETTER: Record<Owner, string> = { aws: 'A', customer: 'C', shared: 'S' };
const EVIDENCE_MARK: Record<CellEvidence, string> = {
  aws: ' ',
  pass: '✓',
  fail: '✗',
  not_assessed: '?',
  attested: '◆',
  expired: '!',
  partial: '◐',
  no_evidence: '·',
};

function cellText(cell: MatrixCell, withEvidence: boolean, style: Styler): string {
  const letter = OWNER_LETTER[cell.owner];
  const mark = withEvidence ? EVIDENCE_MARK[cell.evidence] : ' ';
  const ownerStyled =
    cell.owner === 'aws'
      ? style('dim', letter)
      : cell.owner === 'customer'
        ? style(['bold', 'magenta'], letter)
        : style(['bold', 'cyan'], letter);
  const markStyled =
    cell.evidence === 'pass' || cell.evidence === 'attested'
      ? style('green', mark)
      : cell.evidence === 'fail' || cell.evidence === 'expired'
        ? style(['bold', 'red'], mark)
        : cell.evidence === 'not_assessed' || cell.evidence === 'partial'
          ? style('yellow', mark)
          : mark;
  return `${ownerStyled}${markStyled}`;
}

/** The services × domains grid, one line per service. */
export function renderMatrixGrid(
  matrix: ResponsibilityMatrix,
  withEvidence: boolean,
  style: Styler,
): string[] {
  const nameWidth = Math.max(8, ...matrix.rows.map((r) => r.name.length));
  const codes = matrix.domains.map((d) => DOMAIN_CODES[d.id]);
  const widths = codes.map((c) => Math.max(c.length, 2));
  const head = `${'service'.padEnd(nameWidth)}  ${codes.map((c, i) => c.padEnd(widths[i] as number)).join(' ')}`;
  const lines = [style('bold', head)];
  for (const row of matrix.rows) {
    const cells = row.cells.map(
      (cell, i) => cellText(cell, withEvidence, style) + ' '.repeat((widths[i] as number) - 2),
    );
    lines.push(`${row.name.padEnd(nameWidth)}  ${cells.join(' ')}`);
  }
  const accounts = matrix.accounts ?? [];
  const accountDomains = accounts[0]?.cells.map((c) => c.domain) ?? [];
  if (accountDomains.length > 0) {
    // Duties held once per account, not repeated on every service row.
    const accountWidth = Math.max(nameWidth, ...accounts.map((a) => a.name.length));
    const accountCodes = accountDomains.map((d) => DOMAIN_CODES[d]);
    lines.push('');
    lines.push(
      style(
        'bold',
        `${'once per account'.padEnd(accountWidth)}  ${accountCodes.map((c) => c.padEnd(Math.max(c.length, 2))).join(' ')}`,
      ),
    );
    for (const account of accounts) {
      const cells = account.cells.map(
        (cell, i) =>
          cellText(cell, withEvidence, style) +
          ' '.repeat(Math.max((accountCodes[i] as string).length, 2) - 2),
      );
      lines.push(`${account.name.padEnd(accountWidth)}  ${cells.join(' ')}`);
    }
  }
  const codeLegend = [
    ...matrix.domains.map((d) => d.id),
    ...accountDomains.filter((d) => !matrix.domains.some((m) => m.id === d)),
  ];
  lines.push('');
  lines.push(
    `owner: ${style('dim', 'A')} AWS  ${style(['bold', 'magenta'], 'C')} customer  ${style(['bold', 'cyan'], 'S')} shared` +
      (withEvidence
        ? `    evidence: ${style('green', '✓')} pass  ${style(['bold', 'red'], '✗')} fail  ${style('yellow', '?')} not assessed  ${style('yellow', '◐')} partly evidenced (a duty has no evidence)  ${style('green', '◆')} attested  ${style(['bold', 'red'], '!')} attestation expired  · no evidence`
        : ''),
  );
  lines.push(
    style('dim', codeLegend.map((d) => `${DOMAIN_CODES[d]}=${DOMAIN_TITLES.get(d) ?? d}`).join(', ')),
  );
  if (matrix.modelDate) lines.push(style('dim', `responsibility model of ${matrix.modelDate}`));
  return lines;
}

/** Each customer or shared cell (service and account rows) that has any evidence, with how many of its duties are evidenced and how. */
export function renderDutyCoverage(matrix: ResponsibilityMatrix, style: Styler): string[] {
  const lines: string[] = [];
  for (const row of [...matrix.rows, ...(matrix.accounts ?? [])]) {
    for (const cell of row.cells) {
      if (cell.owner === 'aws' || (cell.coverage?.evidenced ?? 0) === 0) continue;
      const mark = EVIDENCE_MARK[cell.evidence];
      const text = `  ${mark} ${row.name} × ${DOMAIN_TITLES.get(cell.domain) ?? cell.domain}: ${coverageText(cell)}`;
      lines.push(cell.evidence === 'fail' ? style('red', text) : text);
    }
  }
  return lines.length > 0 ? ['', style('bold', 'Your cells, duty by duty'), ...lines] : [];
}
