import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** AWS's Aurora encryption page: encryption by default for clusters created since 18 February 2026. */
const AURORA_ENCRYPTION = {
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
  read: '2026-12-05',
};

/**
 * RDS and Aurora are AWS's "container" category: AWS runs the host, OS and engine, the customer
 * owns the database's configuration, users, data and network placement. Patching is shared because
 * the customer controls maintenance windows, minor-version auto-upgrade and major upgrades.
 */
export const rds: ServiceModel = {
  id: 'rds',
  name: 'Amazon RDS',
  category: 'container',
  reference: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities and hardware on which RDS database instances run.'),
    'hardware-virtualization': aws(
      'AWS provisions and replaces the hosts and storage under each DB instance; customers never reach the host.',
    ),
    'tenant-isolation': aws(
      'Each DB instance runs on AWS-managed compute and storage that AWS isolates from other customers.',
    ),
    'guest-os-patching': shared(
      'AWS builds and applies OS and engine patches; the customer sets the maintenance window, chooses auto minor version upgrade and schedules major upgrades before end of support.',
      {
        aws: 'OS and engine patches, built and applied by AWS',
        customer:
          'The maintenance window, auto minor version upgrade, and major upgrades before end of standard support',
      },
      {
        duties: [
          duty(
            'rds.patching.auto-minor-version-upgrade',
            'Automatic minor version upgrades, or a maintenance window the customer keeps',
          ),
        ],
      },
    ),
    'network-firewall': customer(
      'The customer places instances in DB subnet groups, writes their security group rules and decides whether an instance is publicly accessible.',
      {
        duties: [
          duty('rds.network.not-publicly-accessible', 'Instances not publicly accessible'),
          duty('rds.network.security-groups', 'Security groups that admit only the application'),
        ],
      },
    ),
    application: shared(
      "AWS runs the database engine; schemas, stored procedures, parameter group settings and the SQL that applications send are the customer's.",
      {
        aws: 'The managed database engine',
        customer: 'Schemas, stored procedures, parameter group settings and the SQL applications send',
      },
    ),
    'identity-access': customer(
      'The customer controls RDS API access via IAM and database access via the master user, DB users, IAM database authentication or Kerberos, and their grants.',
      {
        duties: [
          duty('rds.identity.snapshots-not-public', 'Snapshots not shared publicly'),
          duty('rds.identity.database-users', 'Database users and IAM database authentication managed'),
        ],
      },
    ),
    'account-root': root(
      "The root user can delete databases or share their snapshots; securing root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides which databases hold which data classes and tags instances and snapshots to match.',
    ),
    jurisdiction: customer(
      'Databases stay in the chosen region; cross-region read replicas, snapshot copies and backup replication exist only when the customer sets them up.',
    ),
    'encryption-at-rest': customer(
      'Storage encryption must be chosen when the instance is created and cannot be switched on in place later; AWS performs it once chosen.',
      { duties: [duty('rds.at-rest.storage-encrypted', 'Storage encrypted at creation')] },
    ),
    'client-side-encryption': customer(
      "Column- or field-level encryption before data reaches the database is done in the customer's application.",
    ),
    'encryption-in-transit': shared(
      'AWS installs TLS certificates on every instance; the customer forces TLS (e.g. rds.force_ssl), makes clients verify it and moves to new CA certificates before expiry.',
      {
        aws: 'TLS certificates installed on every DB instance',
        customer:
          'TLS forced (rds.force_ssl or require_secure_transport), clients that verify it, and new CA certificates adopted before expiry',
      },
    ),
    'key-management': shared(
      'Storage is encrypted under the aws/rds key or a customer managed KMS key the customer governs; RDS can also manage the master password in Secrets Manager.',
      {
        aws: 'The AWS managed aws/rds key, and optional master password management in Secrets Manager',
        customer: 'A customer managed KMS key where the data needs it, with its policy and rotation',
      },
      { refs: ['kms.keys.custody-meets-classification'] },
    ),
    'backup-recovery': shared(
      'AWS takes automated backups and offers point-in-time restore; the customer sets retention, copies backups to other regions or accounts and tests restores.',
      {
        aws: 'Automated backups and point-in-time restore',
        customer: 'Backup retention, copies to other regions or accounts, and restore tests',
      },
      {
        duties: [
          duty('rds.backup.retention', 'Backup retention long enough for the data'),
          duty('rds.backup.restore-tested', 'Restores tested'),
        ],
      },
    ),
    'logging-monitoring': logging(
      'AWS publishes events and metrics; exporting engine logs (error, audit, slow query), Enhanced Monitoring and Database Activity Streams are customer choices.',
      {
        aws: 'RDS events and CloudWatch metrics',
        customer:
          'Export of engine logs (error, audit, slow query), Enhanced Monitoring and Database Activity Streams',
      },
    ),
    'secure-connectivity': customer(
      "Reaching private databases from on-premises or admin machines (VPN, Direct Connect, Session Manager port forwarding) is the customer's design.",
    ),
    'awareness-training': TRAINING,
  },
};

export const aurora: ServiceModel = {
  id: 'aurora',
  name: 'Amazon Aurora',
  category: 'container',
  reference: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws("AWS secures the facilities hosting Aurora's compute and its distributed storage."),
    'hardware-virtualization': aws(
      'AWS runs the hosts for Aurora DB instances and the cluster volume replicated across three Availability Zones.',
    ),
    'tenant-isolation': aws(
      "AWS isolates each cluster's instances and storage volume from other customers, Aurora Serverless capacity included.",
    ),
    'guest-os-patching': shared(
      'AWS patches the OS and engine; the customer picks maintenance windows and auto minor version upgrade, and plans major upgrades before end of standard support.',
      {
        aws: 'OS and engine patches, built and applied by AWS',
        customer:
          'Maintenance windows, auto minor version upgrade, and major upgrades before end of standard support',
      },
      { refs: ['rds.patching.auto-minor-version-upgrade'] },
    ),
    'network-firewall': customer(
      "DB subnet groups, the cluster's security groups and public accessibility of Aurora instances are set by the customer.",
    ),
    application: shared(
      "AWS runs the Aurora engine; schemas, cluster and instance parameter groups, stored code and application SQL are the customer's.",
      {
        aws: 'The Aurora engine and its distributed storage layer',
        customer: 'Schemas, cluster and instance parameter groups, stored code and application SQL',
      },
    ),
    'identity-access': customer(
      "IAM governs Aurora API actions; database users, IAM database authentication and grants inside the cluster are the customer's to manage.",
      { refs: ['rds.identity.snapshots-not-public'] },
    ),
    'account-root': root(
      'The root user can delete clusters or share snapshots; the customer secures root credentials and MFA.',
    ),
    'data-classification': customer(
      'The customer classifies the data each cluster holds and tags clusters and snapshots to match.',
    ),
    jurisdiction: customer(
      'A cluster stays in its region; Aurora Global Database secondaries and cross-region snapshot copies are added only by the customer.',
    ),
    'encryption-at-rest': shared(
      'Clusters created since 18 February 2026 are encrypted at rest by default with an AWS owned key; older unencrypted clusters stay so until the customer restores them from an encrypted snapshot copy.',
      {
        aws: 'Encryption at rest of every cluster created since 18 February 2026, by default',
        customer: 'Migrating older unencrypted clusters, and a customer managed key where the data needs one',
      },
      { refs: ['rds.at-rest.storage-encrypted'], citation: AURORA_ENCRYPTION },
    ),
    'client-side-encryption': customer(
      "Encrypting sensitive columns in the application before writing them to Aurora is the customer's design.",
    ),
    'encryption-in-transit': shared(
      'AWS provides TLS on every endpoint; the customer requires it through cluster parameters and keeps client trust current as CA certificates rotate.',
      {
        aws: 'TLS on every cluster endpoint',
        customer:
          'TLS required through cluster parameters, and client trust kept current as CA certificates rotate',
      },
    ),
    'key-management': shared(
      'New clusters default to an AWS owned key (since 18 February 2026; aws/rds before); with a customer managed KMS key the customer governs it, and losing access to it leaves the cluster unusable.',
      {
        aws: 'An AWS owned key for clusters created since 18 February 2026, the AWS managed aws/rds key before',
        customer: 'A customer managed KMS key for the cluster volume, kept enabled and governed',
      },
      { refs: ['kms.keys.custody-meets-classification'], citation: AURORA_ENCRYPTION },
    ),
    'backup-recovery': shared(
      "Aurora backs up continuously for the 1 to 35 day retention the customer sets; long-term snapshots and cross-region copies are the customer's.",
      {
        aws: 'Continuous backups with point-in-time restore within the retention period',
        customer: 'The 1 to 35 day retention, long-term snapshots and cross-region copies',
      },
      { refs: ['rds.backup.retention'] },
    ),
    'logging-monitoring': logging(
      'AWS emits metrics and events; advanced auditing, log export to CloudWatch and Database Activity Streams are for the customer to enable and review.',
      {
        aws: 'Cluster events and CloudWatch metrics',
        customer:
          'Advanced auditing, log export to CloudWatch Logs and Database Activity Streams, and their review',
      },
    ),
    'secure-connectivity': customer(
      'The customer designs how applications and admins reach Aurora endpoints privately (peering, VPN, Direct Connect, RDS Proxy).',
    ),
    'awareness-training': TRAINING,
  },
};
