import type { DomainId } from './domains.js';
import type { Citation } from './duties.js';
import type { ServiceId } from './responsibility.js';

/**
 * AWS defaults that changed on a date and moved a cell's line: new resources made since `since`
 * get them; older ones keep what they had. Kept as data, so the next change is one entry here,
 * the cells' wording, and a test.
 */
interface DefaultChange {
  id: string;
  service: ServiceId;
  /** The cells whose reason or split the change affects. */
  domains: readonly DomainId[];
  /** What new resources get by default, as a phrase. */
  what: string;
  /** First day (or month, YYYY-MM) the default applies to new resources. */
  since: string;
  citation: Citation;
}

export const DEFAULT_CHANGES: readonly DefaultChange[] = [
  {
    id: 's3-block-public-access-and-acls-disabled',
    service: 's3',
    domains: ['identity-access'],
    what: 'Block Public Access on and ACLs disabled (bucket owner enforced) for every new bucket',
    since: '2023-04',
    citation: {
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
      read: '2026-12-05',
    },
  },
  {
    id: 's3-sse-c-blocked',
    service: 's3',
    domains: ['key-management'],
    what: 'SSE-C blocked for new general purpose buckets (and for existing ones in accounts with no SSE-C objects)',
    since: '2026-04',
    citation: {
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html',
      read: '2026-12-05',
    },
  },
  {
    id: 'aurora-encryption-by-default',
    service: 'aurora',
    domains: ['encryption-at-rest', 'key-management'],
    what: 'Encryption at rest of every new cluster with an AWS owned key unless the customer names a KMS key',
    since: '2026-02-18',
    citation: {
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
      read: '2026-12-05',
    },
  },
  {
    id: 'redshift-secure-defaults',
    service: 'redshift',
    domains: ['encryption-at-rest', 'network-firewall'],
    what: 'New provisioned clusters encrypted and not publicly accessible by default',
    since: '2025-01',
    citation: {
      url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/security-server-side-encryption.html',
      read: '2026-12-05',
    },
  },
];

/** The default changes in force for new resources of a service's cell on a day. */
export function defaultsInForce(service: ServiceId, domain: DomainId, on: Date): DefaultChange[] {
  const day = on.toISOString().slice(0, 10);
  return DEFAULT_CHANGES.filter((c) => c.service === service && c.domains.includes(domain) && c.since <= day);
}
