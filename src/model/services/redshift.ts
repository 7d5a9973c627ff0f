import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** Redshift's secure defaults for new provisioned clusters (January 2025): encrypted, not public. */
const SECURE_DEFAULTS = {
  url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/security-server-side-encryption.html',
  read: '2026-12-05',
};

/** Redshift is a managed data warehouse ("container" category): AWS runs nodes and engine, the customer owns data and access. */
export const redshift: ServiceModel = {
  id: 'redshift',
  name: 'Amazon Redshift',
  category: 'container',
  reference: 'https://docs.aws.amazon.com/redshift/latest/mgmt/iam-redshift-user-mgmt.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws(
      'AWS secures the facilities and hardware of Redshift clusters and Redshift Serverless capacity.',
    ),
    'hardware-virtualization': aws(
      'AWS provisions, monitors and replaces the leader and compute nodes and the managed storage beneath them.',
    ),
    'tenant-isolation': aws(
      "AWS isolates each cluster and serverless workgroup from other customers' warehouses.",
    ),
    'guest-os-patching': aws(
      'AWS patches node operating systems and the Redshift engine itself; the customer only picks the maintenance window and track, or defers for a limited time.',
    ),
    'network-firewall': customer(
      'The customer chooses subnets, security groups, public accessibility (off by default for clusters created since January 2025) and enhanced VPC routing for each cluster or workgroup.',
      {
        duties: [duty('redshift.network.not-publicly-accessible', 'Clusters not publicly accessible')],
        citation: SECURE_DEFAULTS,
      },
    ),
    application: shared(
      "AWS runs the query engine; schemas, SQL, user-defined functions, parameter groups and workload management settings are the customer's.",
      {
        aws: 'The query engine, run and patched by AWS',
        customer: 'Schemas, SQL, user-defined functions, parameter groups and workload management',
      },
    ),
    'identity-access': customer(
      'IAM covers cluster management; database users, roles, row- and column-level security and federated sign-in are defined by the customer.',
    ),
    'account-root': root(
      'Root can delete clusters and snapshots; the customer protects root credentials and MFA.',
    ),
    'data-classification': customer(
      'The customer decides which datasets enter the warehouse, classifies them and can apply dynamic data masking.',
    ),
    jurisdiction: customer(
      'A warehouse stays in its region; cross-region snapshot copy and cross-region data sharing happen only when the customer configures them.',
    ),
    'encryption-at-rest': shared(
      'Serverless and provisioned clusters created since January 2025 are encrypted by default; the customer chooses the key and must migrate older unencrypted clusters.',
      {
        aws: 'Encryption by default for Serverless and for provisioned clusters created since January 2025',
        customer: 'The choice of key, and migration of older unencrypted clusters',
      },
      {
        duties: [duty('redshift.at-rest.cluster-encrypted', 'Clusters encrypted')],
        citation: SECURE_DEFAULTS,
      },
    ),
    'client-side-encryption': customer(
      "Data can be encrypted client-side before loading (COPY reads client-side encrypted S3 files); doing so is the customer's choice.",
    ),
    'encryption-in-transit': shared(
      'Redshift installs ACM-issued certificates; the customer requires SSL (require_ssl) and configures JDBC/ODBC clients to verify the server.',
      {
        aws: 'ACM-issued server certificates on every cluster',
        customer: 'require_ssl in the parameter group, and JDBC/ODBC clients that verify the server',
      },
      { duties: [duty('redshift.in-transit.require-ssl', 'SSL required for every connection')] },
    ),
    'key-management': shared(
      "The cluster's key hierarchy is rooted in a KMS key the customer selects, AWS owned or its own, which it can rotate on demand.",
      {
        aws: "The cluster's key hierarchy, and an AWS owned root key when none is chosen",
        customer: 'A customer managed KMS key where required, its policy, and on-demand rotation',
      },
      { refs: ['kms.keys.custody-meets-classification'] },
    ),
    'backup-recovery': shared(
      "AWS takes automated snapshots with a retention the customer sets; manual snapshots, cross-region copies and restore tests are the customer's.",
      {
        aws: 'Automated snapshots within the retention period',
        customer: 'Snapshot retention, manual snapshots, cross-region copies and restore tests',
      },
      {
        duties: [
          duty('redshift.backup.snapshot-retention', 'Automated snapshot retention long enough for the data'),
        ],
      },
    ),
    'logging-monitoring': logging(
      'AWS keeps system tables for a short period; audit logging of connections, users and activity to S3 or CloudWatch must be enabled by the customer.',
      {
        aws: 'System tables with recent activity, kept for a short period',
        customer: 'Audit logging of connections, users and activity to S3 or CloudWatch',
      },
    ),
    'secure-connectivity': customer(
      "Private SQL access for analysts and tools (Redshift-managed VPC endpoints, VPN, Direct Connect) is the customer's design.",
    ),
    'awareness-training': TRAINING,
  },
};
