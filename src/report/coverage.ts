import type {
  DutyCoverage,
  DutyEvidence,
  MatrixCell,
  MatrixRow,
  ResponsibilityMatrix,
} from '../engine/result.js';
import { type DomainId, domainTitle } from '../model/domains.js';

const PARTS: [keyof DutyCoverage, string][] = [
  ['pass', 'pass'],
  ['fail', 'fail'],
  ['not_assessed', 'not assessed'],
  ['attested', 'attested'],
  ['expired', 'attestation expired'],
];

/**
 * A cell's duty coverage in one line, the same in every format:
 * "3 of 5 duties evidenced: 2 pass, 1 fail; 2 no evidence". Empty for AWS's cells.
 */
export function coverageText(cell: Pick<MatrixCell, 'owner' | 'coverage'>): string {
  const c = cell.coverage;
  if (cell.owner === 'aws' || c === undefined || c.duties === 0) return '';
  const head = `${c.evidenced} of ${c.duties} ${c.duties === 1 ? 'duty' : 'duties'} evidenced`;
  const how = PARTS.filter(([key]) => c[key] > 0)
    .map(([key, word]) => `${c[key]} ${word}`)
    .join(', ');
  const none = c.no_evidence > 0 ? `; ${c.no_evidence} no evidence` : '';
  return `${head}${how ? `: ${how}` : ''}${none}`;
}

const WORST_FIRST: DutyEvidence[] = ['fail', 'not_assessed', 'expired', 'no_evidence', 'attested', 'pass'];

/**
 * The duties of the matrix, service and account rows, each counted once however many rows hold it
 * (a per-data-store rule sits in every row, an account duty in every account's row), at its worst
 * evidence across those rows: what a summary says is held.
 */
function dutyTotals(matrix: ResponsibilityMatrix): DutyCoverage {
  const worst = new Map<string, DutyEvidence>();
  for (const row of [...matrix.rows, ...(matrix.accounts ?? [])]) {
    for (const cell of row.cells) {
      for (const duty of cell.duties ?? []) {
        const seen = worst.get(duty.id);
        if (seen === undefined || WORST_FIRST.indexOf(duty.evidence) < WORST_FIRST.indexOf(seen)) {
          worst.set(duty.id, duty.evidence);
        }
      }
    }
  }
  const totals: DutyCoverage = {
    duties: worst.size,
    evidenced: 0,
    pass: 0,
    fail: 0,
    not_assessed: 0,
    attested: 0,
    expired: 0,
    no_evidence: 0,
  };
  for (const evidence of worst.values()) {
    totals[evidence]++;
    if (evidence !== 'no_evidence') totals.evidenced++;
  }
  return totals;
}

/** "41 of 118 duties evidenced: 9 pass, 30 fail, 2 attested; 77 no evidence" for a whole scan. */
export function dutyTotalsText(matrix: ResponsibilityMatrix): string {
  return coverageText({ owner: 'customer', coverage: dutyTotals(matrix) });
}

/** The page that decides a cell, and when it was read: its own citation, else its row's security chapter. */
export function citationText(
  row: Pick<MatrixRow, 'name'> & Partial<Pick<MatrixRow, 'reference' | 'referenceRead'>>,
  cell: Pick<MatrixCell, 'citation'>,
): string {
  const url = cell.citation?.url ?? row.reference ?? '';
  const read = cell.citation?.read ?? row.referenceRead;
  return read ? `${url} (read ${read})` : url;
}

/** A domain's title, for views (the server's pages) that may not read the model themselves. */
export function domainName(id: DomainId): string {
  return domainTitle(id);
}
