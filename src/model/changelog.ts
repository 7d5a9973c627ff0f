/**
 * The responsibility model's date and the changes to its cells, newest first. A cell whose owner,
 * reason or duties change gets a line here, so a reader can tell which model a report was judged
 * against and what moved since. (The model's version number lives beside the result schema's.)
 */
interface ModelChange {
  date: string;
  /** `service/domain` cells (or `*` for every service) the change touched. */
  cells: readonly string[];
  change: string;
  /** The AWS page that decided it. */
  source?: string;
}

export const MODEL_CHANGES: readonly ModelChange[] = [
  {
    date: '2026-12-05',
    cells: ['*/jurisdiction'],
    change:
      'Jurisdiction by zone: a Local or Wavelength Zone is judged by its own country; an Outpost or an unknown zone is not assessed; the China regions name their local operators.',
    source: 'https://docs.aws.amazon.com/local-zones/latest/ug/available-local-zones.html',
  },
  {
    date: '2026-12-05',
    cells: [
      '*/account-root',
      '*/awareness-training',
      '*/logging-monitoring',
      '*/identity-access',
      'kms/key-management',
    ],
    change:
      'Account rows: root credentials, awareness and training, the multi-region trail, incident response, the access, vendor and regulatory reviews and the key ceremony are held once per account, not repeated on every service row.',
    source: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
  },
  {
    date: '2026-12-05',
    cells: ['*/logging-monitoring', '*/awareness-training', '*/account-root'],
    change:
      'Duties: every customer or shared cell lists the duties that make up its side; logging and monitoring shared in every service (one rule); awareness and training one shared cell for the account, not a customer duty per service.',
    source: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
  },
  {
    date: '2026-12-05',
    cells: ['ec2/tenant-isolation', 'ec2(dedicated-instance)/tenant-isolation'],
    change: 'Shared, not AWS alone: AWS isolates tenants, the customer chooses the tenancy the data needs.',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-instance.html',
  },
  {
    date: '2026-12-05',
    cells: ['aurora/encryption-at-rest', 'aurora/key-management'],
    change: 'Clusters created since 18 February 2026 are encrypted by default with an AWS owned key.',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
  },
  {
    date: '2026-12-05',
    cells: [
      's3/identity-access',
      's3/key-management',
      'redshift/encryption-at-rest',
      'redshift/network-firewall',
    ],
    change:
      'Defaults with their start dates: S3 Block Public Access and ACLs disabled (April 2023), SSE-C blocked (April 2026), Redshift secure defaults (January 2025).',
  },
  {
    date: '2026-12-05',
    cells: ['cloudfront/jurisdiction', 'ssm/encryption-in-transit', 'lambda/tenant-isolation'],
    change:
      'CloudFront jurisdiction and Systems Manager encryption in transit shared; Lambda microVMs are never shared across accounts but can host several functions of one.',
  },
];

/** The date of the model: its latest change. */
export const MODEL_DATE: string =
  MODEL_CHANGES.map((c) => c.date)
    .sort()
    .at(-1) ?? '';
