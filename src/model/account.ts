import type { DomainId } from './domains.js';
import type { Citation, Duty } from './duties.js';
import type { Responsibility, SharedSplit } from './responsibility.js';

/**
 * Duties held once per AWS account or organization, whatever services it runs: root credentials,
 * a trail of every API call, training, incident response, the classification and residency rules.
 * They are defined here once.
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

const ROOT_PAGE: Citation = {
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
  read: '2026-12-05',
};

const INCIDENT_PAGE: Citation = {
  url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-security-incident-response-guide/shared-responsibility.html',
  read: '2026-12-05',
};

const ROOT_REFS = ['account.root.mfa', 'account.root.no-access-keys', 'account.root.not-used-day-to-day'];

/**
 * Awareness and training: AWS's overview lists it as a shared control (AWS trains its staff, the
 * customer trains its own), held once for the account or organization.
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
 * The account row: cells of duties that exist only once per account or organization, shown once
 * per account instead of on every service row. The two account columns (root credentials,
 * awareness and training) live only here; the other cells hold the account's part of a column
 * whose service cells hold the rest.
 */
export const ACCOUNT_ROW: Partial<Record<DomainId, Responsibility>> = {
  'identity-access': {
    owner: 'customer',
    reason:
      'Who may reach the estate at all is decided once per organization; reviewing that access on a schedule is the customer’s.',
    refs: ['account.identity.access-review'],
    citation: SHARED_RESPONSIBILITY_PAGE,
  },
  'account-root': {
    owner: 'customer',
    reason:
      'Every account has one root user with unrestricted access; AWS cannot secure it for the customer, who locks it with MFA, keeps keys off it and keeps it out of daily use.',
    refs: ROOT_REFS,
    citation: ROOT_PAGE,
  },
  'data-classification': {
    owner: 'customer',
    reason:
      'AWS does not know what the data is; deciding which third parties may receive it is an organization-wide review.',
    refs: ['account.data.vendor-review'],
    citation: SHARED_RESPONSIBILITY_PAGE,
  },
  jurisdiction: {
    owner: 'customer',
    reason:
      'AWS stores content only in the regions the customer chooses; which regions the law allows is a review the customer makes once.',
    refs: ['account.jurisdiction.regulatory-review'],
    citation: SHARED_RESPONSIBILITY_PAGE,
  },
  'key-management': {
    owner: 'customer',
    reason:
      'Material the customer generates outside AWS (imported key material, external key stores) is made and guarded by the customer’s own ceremony.',
    refs: ['account.keys.key-ceremony'],
    citation: {
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html',
      read: '2026-12-05',
    },
  },
  'logging-monitoring': {
    owner: 'shared',
    reason:
      'AWS keeps 90 days of management events and responds to incidents in its own infrastructure; a trail of every region and a plan for incidents in the customer’s resources are the customer’s.',
    split: {
      aws: 'CloudTrail event history (90 days) and incident response for the infrastructure AWS runs',
      customer:
        'A multi-region trail kept beyond 90 days, and an incident response plan for its own resources',
    },
    refs: ['account.logging.multi-region-trail', 'account.logging.incident-response'],
    citation: INCIDENT_PAGE,
  },
  'awareness-training': TRAINING,
};

/**
 * Duties no API shows, which only a person can attest in demarc.yaml (training, incident response,
 * the reviews, the key ceremony): evidenceable, though no check can judge them.
 */
export const PERSON_ATTESTED_DUTIES: readonly string[] = [
  'account.training.security-awareness',
  'account.logging.incident-response',
  'account.identity.access-review',
  'account.keys.key-ceremony',
  'account.data.vendor-review',
  'account.jurisdiction.regulatory-review',
];

/** Ids of the duties the account row holds; service cells do not repeat them. */
export const ACCOUNT_ROW_DUTY_IDS: ReadonlySet<string> = new Set(
  Object.values(ACCOUNT_ROW).flatMap((cell) => cell?.refs ?? []),
);

/**
 * Account duties that are rules applied to each data store (a label on every store, every store
 * in an allowed region): defined once, but evidenced per resource, so each service cell of their
 * column holds them.
 */
export const PER_SERVICE_ACCOUNT_REFS: Partial<Record<DomainId, readonly string[]>> = {
  'data-classification': ['account.data.classify-data-stores'],
  jurisdiction: ['account.jurisdiction.allowed-regions'],
};

/**
 * The account-root cell of a service. Kept so service files that still spell the column out
 * compile; the matrix shows the column once, in the account row ({@link ACCOUNT_ROW}).
 */
export function root(reason: string): Responsibility {
  return { owner: 'customer', reason, refs: ROOT_REFS };
}

/**
 * Logging and monitoring, one rule for every service: AWS records each service's management API
 * calls in CloudTrail event history (90 days) and publishes its metrics, so the cell is shared; the
 * customer turns on the service's own logs and watches them. The trail and incident response are
 * the account row's.
 */
const LOGGING_AWS_SIDE =
  "CloudTrail event history of the service's management API calls (90 days) and its metrics";

export function logging(
  reason: string,
  side: string | SharedSplit,
  extra: { duties?: readonly Duty[] } = {},
): Responsibility {
  const split = typeof side === 'string' ? { aws: LOGGING_AWS_SIDE, customer: side } : side;
  return { owner: 'shared', reason, split, ...extra };
}
