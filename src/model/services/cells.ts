import type { Owner, Responsibility, SharedSplit } from '../responsibility.js';

function cell(owner: Owner) {
  return (reason: string): Responsibility => ({ owner, reason });
}

/** AWS carries the duty (CSA CCM: CSP-owned). Also used where a domain has nothing to own for the customer. */
export const aws = cell('aws');
/** The customer carries the duty (CSA CCM: CSC-owned). */
export const customer = cell('customer');
/** Both sides hold part of the duty; the split names what AWS provides and what the customer configures. */
export const shared = (reason: string, split: SharedSplit): Responsibility => ({
  owner: 'shared',
  reason,
  split,
});
