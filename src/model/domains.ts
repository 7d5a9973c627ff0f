/** Responsibility domains of the Shared Responsibility Model, in the order the matrix shows them. */
export const DOMAINS = [
  { id: 'physical', title: 'Physical and facilities', scope: 'service' },
  { id: 'hardware-virtualization', title: 'Hardware and host virtualization', scope: 'service' },
  { id: 'tenant-isolation', title: 'Tenant isolation', scope: 'service' },
  { id: 'guest-os-patching', title: 'Guest OS and patching', scope: 'service' },
  { id: 'network-firewall', title: 'Network and firewall configuration', scope: 'service' },
  { id: 'application', title: 'Application', scope: 'service' },
  { id: 'identity-access', title: 'Identity and access', scope: 'service' },
  { id: 'account-root', title: 'Account and root credentials', scope: 'account' },
  { id: 'data-classification', title: 'Data and classification', scope: 'service' },
  { id: 'jurisdiction', title: 'Jurisdiction', scope: 'service' },
  { id: 'encryption-at-rest', title: 'Encryption at rest (server-side)', scope: 'service' },
  { id: 'client-side-encryption', title: 'Client-side encryption and integrity', scope: 'service' },
  { id: 'encryption-in-transit', title: 'Encryption in transit', scope: 'service' },
  { id: 'key-management', title: 'Key management', scope: 'service' },
  { id: 'backup-recovery', title: 'Backup and recovery', scope: 'service' },
  { id: 'logging-monitoring', title: 'Logging and monitoring', scope: 'service' },
  { id: 'secure-connectivity', title: 'Secure connectivity (VPN)', scope: 'service' },
  { id: 'awareness-training', title: 'Awareness and training', scope: 'account' },
] as const;

export type DomainId = (typeof DOMAINS)[number]['id'];
export type DomainScope = 'service' | 'account';

export const DOMAIN_IDS: readonly DomainId[] = DOMAINS.map((d) => d.id);

export function isDomainId(value: string): value is DomainId {
  return (DOMAIN_IDS as readonly string[]).includes(value);
}

export function domainTitle(id: DomainId): string {
  return DOMAINS.find((d) => d.id === id)?.title ?? id;
}
