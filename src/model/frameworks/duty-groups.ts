/** Duties that recur across frameworks, named once so each framework file reads as a mapping. */
export const PUBLIC_ACCESS = [
  's3.identity.block-public-access',
  's3.identity.account-block-public-access',
  's3.identity.no-public-policy',
  's3.identity.no-public-acls',
  'ebs.identity.snapshots-not-public',
  'rds.identity.snapshots-not-public',
  'ec2.identity.amis-not-public',
  'lambda.identity.policy-not-public',
  'lambda.identity.function-url-auth',
  'efs.identity.file-system-policy',
  'kms.keys.policy-no-external-access',
] as const;

export const LEAST_PRIVILEGE = [
  'iam.identity.no-full-admin-policies',
  'iam.identity.no-full-admin-inline',
  's3.identity.least-privilege',
  'ebs.identity.least-privilege',
] as const;

export const NETWORK_BOUNDARY = [
  'vpc.network.default-sg-closed',
  'vpc.network.no-public-admin-ports',
  'vpc.network.no-public-all-ports',
  'ec2.network.public-ip-assignment',
  'rds.network.not-publicly-accessible',
  'rds.network.security-groups',
  'redshift.network.not-publicly-accessible',
  'lambda.network.in-vpc-where-required',
] as const;

export const AT_REST = [
  'ebs.at-rest.encryption-by-default',
  'ebs.at-rest.volumes-encrypted',
  's3.at-rest.default-encryption',
  'rds.at-rest.storage-encrypted',
  'redshift.at-rest.cluster-encrypted',
  'efs.at-rest.file-systems-encrypted',
  'lambda.at-rest.no-plain-secrets',
] as const;

export const IN_TRANSIT = [
  's3.in-transit.deny-insecure-transport',
  'redshift.in-transit.require-ssl',
  'elb.in-transit.listeners-use-tls',
  'elb.in-transit.modern-tls-policy',
  'efs.in-transit.deny-non-tls',
] as const;

export const KEY_CUSTODY = [
  'kms.keys.custody-meets-classification',
  'dynamodb.keys.customer-key-where-required',
  'lambda.keys.customer-key-where-required',
] as const;

export const PATCHING = [
  'ec2.patching.guest-os',
  'ssm.patching.patch-compliance',
  'rds.patching.auto-minor-version-upgrade',
  'lambda.patching.supported-runtime',
  'lambda.patching.runtime-updates-automatic',
] as const;

export const BACKUP = [
  's3.backup.versioning',
  's3.backup.replication-or-backup',
  'rds.backup.retention',
  'redshift.backup.snapshot-retention',
  'dynamodb.backup.point-in-time-recovery',
  'efs.backup.automatic-backups',
] as const;

export const RESTORE_TESTED = ['rds.backup.restore-tested', 'dynamodb.backup.restore-tested'] as const;

export const SERVICE_LOGS = [
  'account.logging.multi-region-trail',
  's3.logging.server-access-logs',
  'vpc.logging.flow-logs',
] as const;

export const TRAIL_PROTECTION = [
  'cloudtrail.keys.trail-encrypted-with-kms',
  'cloudtrail.integrity.log-file-validation',
] as const;
