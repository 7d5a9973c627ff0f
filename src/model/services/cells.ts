import type { Citation, Duty } from '../duties.js';
import type { Owner, Responsibility, SharedSplit } from '../responsibility.js';

/** What a customer or shared cell may carry beyond its reason: its duties, duties it borrows, its citation. */
interface CellExtra {
  duties?: readonly Duty[];
  refs?: readonly string[];
  citation?: Citation;
}

function cell(owner: Owner) {
  return (reason: string, extra: CellExtra = {}): Responsibility => ({ owner, reason, ...extra });
}

/** AWS carries the duty (CSA CCM: CSP-owned). Also used where a domain has nothing to own for the customer. */
export const aws = (reason: string, extra: { citation?: Citation } = {}): Responsibility => ({
  owner: 'aws',
  reason,
  ...extra,
});
/** The customer carries the duty (CSA CCM: CSC-owned). */
export const customer = cell('customer');
/** Both sides hold part of the duty; the split names what AWS provides and what the customer configures. */
export const shared = (reason: string, split: SharedSplit, extra: CellExtra = {}): Responsibility => ({
  owner: 'shared',
  reason,
  split,
  ...extra,
});

export const duty = (id: string, title: string): Duty => ({ id, title });
