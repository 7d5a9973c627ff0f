/**
 * Responsibility domains of the Shared Responsibility Model, in the order the matrix shows them.
 * `key` is the middle part of a duty id (`s3.identity.block-public-access`).
 */
export const DOMAINS = [
  { id: 'physical', key: 'physical', title: 'Physical and facilities', scope: 'service' },
  {
    id: 'hardware-virtualization',
    key: 'hardware',
    title: 'Hardware and host virtualization',
    scope: 'service',
  },
  { id: 'tenant-isolation', key: 'isolation', title: 'Tenant isolation', scope: 'service' },
  { id: 'guest-os-patching', key: 'patching', title: 'Guest OS and patching', scope: 'service' },
  { id: 'network-firewall', key: 'network', title: 'Network and firewall configuration', scope: 'service' },
  { id: 'application', key: 'application', title: 'Application', scope: 'service' },
  { id: 'identity-access', key: 'identity', title: 'Identity and access', scope: 'service' },
  { id: 'account-root', key: 'root', title: 'Account and root credentials', scope: 'account' },
  { id: 'data-classification', key: 'data', title: 'Data and classification', scope: 'service' },
  { id: 'jurisdiction', key: 'jurisdiction', title: 'Jurisdiction', scope: 'service' },
  { id: 'encryption-at-rest', key: 'at-rest', title: 'Encryption at rest (server-side)', scope: 'service' },
  {
    id: 'client-side-encryption',
    key: 'integrity',
    title: 'Client-side encryption and integrity',
    scope: 'service',
  },
  { id: 'encryption-in-transit', key: 'in-transit', title: 'Encryption in transit', scope: 'service' },
  { id: 'key-management', key: 'keys', title: 'Key management', scope: 'service' },
  { id: 'backup-recovery', key: 'backup', title: 'Backup and recovery', scope: 'service' },
  { id: 'logging-monitoring', key: 'logging', title: 'Logging and monitoring', scope: 'service' },
  { id: 'secure-connectivity', key: 'connectivity', title: 'Secure connectivity (VPN)', scope: 'service' },
  { id: 'awareness-training', key: 'training', title: 'Awareness and training', scope: 'account' },
] as const;

export type DomainId = (typeof DOMAINS)[number]['id'];

export const DOMAIN_IDS: readonly DomainId[] = DOMAINS.map((d) => d.id);

export function domainTitle(id: DomainId): string {
  return DOMAINS.find((d) => d.id === id)?.title ?? id;
}

export function domainKey(id: DomainId): string {
  return DOMAINS.find((d) => d.id === id)?.key ?? id;
}

/** The domain whose duty-id key is `key` (`identity` → identity-access). */
export function domainOfKey(key: string): DomainId | undefined {
  return DOMAINS.find((d) => d.key === key)?.id;
}
