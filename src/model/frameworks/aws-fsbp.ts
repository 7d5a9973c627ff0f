import { type ComplianceFramework, control } from './types.js';

/** AWS Foundational Security Best Practices: the controls demarc's duties meet (Security Hub control ids). */
export const AWS_FSBP: ComplianceFramework = {
  id: 'aws-fsbp',
  title: 'AWS Foundational Security Best Practices',
  source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/fsbp-standard.html',
  controls: [
    control(
      'CloudTrail.1',
      'CloudTrail should be enabled and configured with at least one multi-Region trail',
      ['account.logging.multi-region-trail'],
    ),
    control('CloudTrail.2', 'CloudTrail should have encryption at-rest enabled', [
      'cloudtrail.keys.trail-encrypted-with-kms',
    ]),
    control('CloudTrail.4', 'CloudTrail log file validation should be enabled', [
      'cloudtrail.integrity.log-file-validation',
    ]),
    control('DynamoDB.2', 'DynamoDB tables should have point-in-time recovery enabled', [
      'dynamodb.backup.point-in-time-recovery',
    ]),
    control('EC2.1', 'Amazon EBS snapshots should not be publicly restorable', [
      'ebs.identity.snapshots-not-public',
    ]),
    control('EC2.2', 'VPC default security groups should not allow inbound or outbound traffic', [
      'vpc.network.default-sg-closed',
    ]),
    control('EC2.3', 'Attached Amazon EBS volumes should be encrypted at-rest', [
      'ebs.at-rest.volumes-encrypted',
    ]),
    control('EC2.6', 'VPC flow logging should be enabled in all VPCs', ['vpc.logging.flow-logs']),
    control('EC2.7', 'EBS default encryption should be enabled', ['ebs.at-rest.encryption-by-default']),
    control('EC2.8', 'EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)', [
      'ec2.identity.imdsv2-required',
    ]),
    control('EC2.13', 'Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22', [
      'vpc.network.no-public-admin-ports',
    ]),
    control('EC2.14', 'Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 3389', [
      'vpc.network.no-public-admin-ports',
    ]),
    control(
      'EC2.53',
      'EC2 security groups should not allow ingress from 0.0.0.0/0 to remote server administration ports',
      ['vpc.network.no-public-admin-ports'],
    ),
    control(
      'EC2.54',
      'EC2 security groups should not allow ingress from ::/0 to remote server administration ports',
      ['vpc.network.no-public-admin-ports'],
    ),
    control('EFS.1', 'Elastic File System should be configured to encrypt file data at-rest using AWS KMS', [
      'efs.at-rest.file-systems-encrypted',
    ]),
    control('EFS.2', 'Amazon EFS volumes should be in backup plans', ['efs.backup.automatic-backups']),
    control(
      'ELB.1',
      'Application Load Balancer should be configured to redirect all HTTP requests to HTTPS',
      ['elb.in-transit.listeners-use-tls'],
    ),
    control('ELB.3', 'Classic Load Balancer listeners should be configured with HTTPS or TLS termination', [
      'elb.in-transit.listeners-use-tls',
    ]),
    control('ELB.8', 'Classic Load Balancers with SSL listeners should use a predefined security policy', [
      'elb.in-transit.modern-tls-policy',
    ]),
    control('IAM.1', 'IAM policies should not allow full "*" administrative privileges', [
      'iam.identity.no-full-admin-policies',
    ]),
    control('IAM.2', 'IAM users should not have IAM policies attached', ['iam.identity.policies-via-groups']),
    control('IAM.3', "IAM users' access keys should be rotated every 90 days or less", [
      'iam.identity.access-key-rotation',
    ]),
    control('IAM.4', 'IAM root user access key should not exist', ['account.root.no-access-keys']),
    control('IAM.5', 'MFA should be enabled for all IAM users that have a console password', [
      'iam.identity.console-mfa',
    ]),
    control('IAM.7', 'Password policies for IAM users should have strong configurations', [
      'iam.identity.password-policy',
    ]),
    control('IAM.8', 'Unused IAM user credentials should be removed', [
      'iam.identity.unused-credentials-removed',
    ]),
    control('Lambda.1', 'Lambda function policies should prohibit public access', [
      'lambda.identity.policy-not-public',
    ]),
    control('Lambda.2', 'Lambda functions should use supported runtimes', [
      'lambda.patching.supported-runtime',
    ]),
    control('Lambda.3', 'Lambda functions should be in a VPC', ['lambda.network.in-vpc-where-required']),
    control('RDS.1', 'RDS snapshot should be private', ['rds.identity.snapshots-not-public']),
    control('RDS.2', 'RDS DB Instances should prohibit public access', [
      'rds.network.not-publicly-accessible',
    ]),
    control('RDS.3', 'RDS DB instances should have encryption at-rest enabled', [
      'rds.at-rest.storage-encrypted',
    ]),
    control('RDS.11', 'RDS instances should have automatic backups enabled', ['rds.backup.retention']),
    control('RDS.13', 'RDS automatic minor version upgrades should be enabled', [
      'rds.patching.auto-minor-version-upgrade',
    ]),
    control('RDS.27', 'RDS DB clusters should be encrypted at rest', ['rds.at-rest.storage-encrypted']),
    control('RDS.35', 'RDS DB clusters should have automatic minor version upgrade enabled', [
      'rds.patching.auto-minor-version-upgrade',
    ]),
    control('Redshift.1', 'Amazon Redshift clusters should prohibit public access', [
      'redshift.network.not-publicly-accessible',
    ]),
    control('Redshift.2', 'Connections to Amazon Redshift clusters should be encrypted in transit', [
      'redshift.in-transit.require-ssl',
    ]),
    control('Redshift.3', 'Amazon Redshift clusters should have automatic snapshots enabled', [
      'redshift.backup.snapshot-retention',
    ]),
    control('S3.1', 'S3 general purpose buckets should have block public access settings enabled', [
      's3.identity.account-block-public-access',
    ]),
    control('S3.2', 'S3 general purpose buckets should block public read access', [
      's3.identity.no-public-policy',
      's3.identity.no-public-acls',
    ]),
    control('S3.3', 'S3 general purpose buckets should block public write access', [
      's3.identity.no-public-policy',
      's3.identity.no-public-acls',
    ]),
    control('S3.4', 'S3 general purpose buckets should have server-side encryption enabled', [
      's3.at-rest.default-encryption',
    ]),
    control('S3.5', 'S3 general purpose buckets should require requests to use SSL', [
      's3.in-transit.deny-insecure-transport',
    ]),
    control('S3.8', 'S3 general purpose buckets should block public access', [
      's3.identity.block-public-access',
    ]),
    control('S3.9', 'S3 general purpose buckets should have server access logging enabled', [
      's3.logging.server-access-logs',
    ]),
    control('SSM.1', 'Amazon EC2 instances should be managed by AWS Systems Manager', [
      'ssm.patching.instances-managed',
    ]),
    control(
      'SSM.2',
      'Amazon EC2 instances managed by Systems Manager should have a patch compliance status of COMPLIANT',
      ['ssm.patching.patch-compliance'],
    ),
  ],
};
