import type { Citation, Duty } from './duties.js';
import type { Responsibility, SharedSplit } from './responsibility.js';

/**
 * Duties held once per AWS account or organization, whatever services it runs: root credentials,
 * a trail of every API call, training, incident response, the classification and residency rules.
 * They are defined here once; each service's cell of the same domain refers to them.
 */
export const ACCOUNT_DUTIES: readonly Duty[] = [
  { id: 'account.root.mfa', title: 'MFA on the root user' },
  { id: 'account.root.no-access-keys', title: 'No access keys for the root user' },
  { id: 'account.root.not-used-day-to-day', title: 'The root user kept out of day-to-day use' },
  {
    id: 'account.logging.multi-region-trail',
    title: 'A multi-region CloudTrail trail that keeps every API call',
  },
  { id: 'account.logging.incident-response', title: 'An incident response plan, exercised' },
  { id: 'account.training.security-awareness', title: 'Security awareness training for the staff' },
  { id: 'account.identity.access-review', title: 'A periodic review of who has access' },
  {
    id: 'account.data.classify-data-stores',
    title: 'Every data store labelled with the classification of its data',
  },
  { id: 'account.data.vendor-review', title: 'A review of vendors and third parties that receive the data' },
  {
    id: 'account.jurisdiction.allowed-regions',
    title: 'Data kept in the regions the residency policy allows',
  },
  { id: 'account.jurisdiction.regulatory-review', title: 'A regulatory review of where data may reside' },
  { id: 'account.keys.key-ceremony', title: 'A key ceremony for imported or external key material' },
];

/** AWS's shared responsibility overview: inherited, shared and customer-specific controls. */
const SHARED_RESPONSIBILITY_PAGE: Citation = {
  url: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
  read: '2026-12-05',
};

const ROOT_REFS = ['account.root.mfa', 'account.root.no-access-keys', 'account.root.not-used-day-to-day'];
const LOGGING_REFS = ['account.logging.multi-region-trail', 'account.logging.incident-response'];

/** The account-root cell of a service: the customer's, and its duties are the account's root duties. */
export function root(reason: string): Responsibility {
  return { owner: 'customer', reason, refs: ROOT_REFS };
}

/**
 * Awareness and training, the same in every row: AWS's overview lists it as a shared control
 * (AWS trains its staff, the customer trains its own), held once for the account.
 */
export const TRAINING: Responsibility = {
  owner: 'shared',
  reason:
    'AWS trains its own staff; the customer trains the people who use and administer its AWS estate, once for the whole organization rather than per service.',
  split: {
    aws: 'Security training of AWS employees',
    customer: 'Security awareness training of its own staff, held once for the organization',
  },
  refs: ['account.training.security-awareness'],
  citation: SHARED_RESPONSIBILITY_PAGE,
};

/**
 * Logging and monitoring, one rule for every service: AWS records each service's management API
 * calls in CloudTrail event history (90 days) and publishes its metrics, so the cell is shared; the
 * customer keeps a trail, turns on the service's own logs and watches them.
 */
const LOGGING_AWS_SIDE =
  "CloudTrail event history of the service's management API calls (90 days) and its metrics";

export function logging(
  reason: string,
  side: string | SharedSplit,
  extra: { duties?: readonly Duty[] } = {},
): Responsibility {
  const split = typeof side === 'string' ? { aws: LOGGING_AWS_SIDE, customer: side } : side;
  return { owner: 'shared', reason, split, refs: LOGGING_REFS, ...extra };
}
