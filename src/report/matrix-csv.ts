import type { MatrixCell, ResponsibilityMatrix } from '../engine/result.js';
import { DOMAINS } from '../model/domains.js';
import { citationText, coverageText } from './coverage.js';
import { csvCell } from './csv.js';

const HEADER = ['Row', 'Kind', 'Domain', 'Owner', 'Evidence', 'Duties', 'Reason', 'Source'];

/**
 * The matrix as CSV (RFC 4180, CRLF): one line per cell, service rows first, then the account
 * rows with the duties held once per account.
 */
export function renderMatrixCsv(matrix: ResponsibilityMatrix): string {
  const title = new Map<string, string>(DOMAINS.map((d) => [d.id, d.title]));
  const line = (
    row: { name: string; reference?: string; referenceRead?: string },
    kind: string,
    c: MatrixCell,
  ) => [
    row.name,
    kind,
    title.get(c.domain) ?? c.domain,
    c.owner,
    c.evidence,
    coverageText(c),
    c.reason,
    citationText(row, c),
  ];
  const lines = [
    HEADER,
    ...matrix.rows.flatMap((row) => row.cells.map((c) => line(row, 'service', c))),
    ...(matrix.accounts ?? []).flatMap((row) => row.cells.map((c) => line(row, 'account', c))),
  ];
  return lines.map((r) => `${r.map((v) => csvCell(v)).join(',')}\r\n`).join('');
}
