import type { Owner, Responsibility } from '../responsibility.js';

function cell(owner: Owner) {
  return (reason: string): Responsibility => ({ owner, reason });
}

/** AWS carries the duty (CSA CCM: CSP-owned). Also used where a domain has nothing to own for the customer. */
export const aws = cell('aws');
/** The customer carries the duty (CSA CCM: CSC-owned). */
export const customer = cell('customer');
/** Both sides hold part of the duty; the reason says which part is whose. */
export const shared = cell('shared');
