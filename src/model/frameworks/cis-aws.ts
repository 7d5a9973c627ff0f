import { type ComplianceFramework, control } from './types.js';

/**
 * CIS Amazon Web Services Foundations Benchmark. v5.0.0 is the current version AWS Security Hub
 * certifies against; v3.0.0 is kept because many audits still quote it. The two number the same
 * recommendations differently (v4 dropped "security questions", so section 1 moved up by one, and
 * EBS encryption moved to networking), hence two lists.
 */
export const CIS_AWS_5_0: ComplianceFramework = {
  id: 'cis-aws-5.0',
  title: 'CIS AWS Foundations Benchmark v5.0.0',
  source: 'https://www.cisecurity.org/benchmark/amazon_web_services',
  controls: [
    control('1.1', 'Maintain current contact details', []),
    control('1.2', 'Ensure security contact information is registered', []),
    control('1.3', "Ensure no 'root' user account access key exists", ['account.root.no-access-keys']),
    control('1.4', "Ensure MFA is enabled for the 'root' user account", ['account.root.mfa']),
    control('1.6', "Eliminate use of the 'root' user for administrative and daily tasks", [
      'account.root.not-used-day-to-day',
    ]),
    control('1.7', 'Ensure IAM password policy requires minimum length of 14 or greater', [
      'iam.identity.password-policy',
    ]),
    control('1.8', 'Ensure IAM password policy prevents password reuse', ['iam.identity.password-policy']),
    control('1.9', 'Ensure MFA is enabled for all IAM users that have a console password', [
      'iam.identity.console-mfa',
    ]),
    control('1.11', 'Ensure credentials unused for 45 days or more are disabled', [
      'iam.identity.unused-credentials-removed',
    ]),
    control('1.13', 'Ensure access keys are rotated every 90 days or less', [
      'iam.identity.access-key-rotation',
    ]),
    control('1.14', 'Ensure IAM users receive permissions only through groups', [
      'iam.identity.policies-via-groups',
    ]),
    control('1.15', 'Ensure IAM policies that allow full "*:*" administrative privileges are not attached', [
      'iam.identity.no-full-admin-policies',
      'iam.identity.no-full-admin-inline',
    ]),
    control('2.1.1', 'Ensure S3 Bucket Policy is set to deny HTTP requests', [
      's3.in-transit.deny-insecure-transport',
    ]),
    control(
      '2.1.3',
      'Ensure all data in Amazon S3 has been discovered, classified, and secured when necessary',
      ['account.data.classify-data-stores'],
    ),
    control('2.1.4', "Ensure that S3 is configured with 'Block Public Access' enabled", [
      's3.identity.block-public-access',
      's3.identity.account-block-public-access',
    ]),
    control('2.2.1', 'Ensure that encryption-at-rest is enabled for RDS instances', [
      'rds.at-rest.storage-encrypted',
    ]),
    control('2.2.2', 'Ensure the Auto Minor Version Upgrade feature is enabled for RDS instances', [
      'rds.patching.auto-minor-version-upgrade',
    ]),
    control('2.2.3', 'Ensure that RDS instances are not publicly accessible', [
      'rds.network.not-publicly-accessible',
    ]),
    control('2.3.1', 'Ensure that encryption is enabled for EFS file systems', [
      'efs.at-rest.file-systems-encrypted',
    ]),
    control('3.1', 'Ensure CloudTrail is enabled in all regions', ['account.logging.multi-region-trail']),
    control('3.2', 'Ensure CloudTrail log file validation is enabled', [
      'cloudtrail.integrity.log-file-validation',
    ]),
    control('3.3', 'Ensure AWS Config is enabled in all regions', []),
    control('3.5', 'Ensure CloudTrail logs are encrypted at rest using KMS CMKs', [
      'cloudtrail.keys.trail-encrypted-with-kms',
    ]),
    control('3.6', 'Ensure rotation for customer-created symmetric CMKs is enabled', ['kms.keys.rotation']),
    control('3.7', 'Ensure VPC flow logging is enabled in all VPCs', ['vpc.logging.flow-logs']),
    control('5.1.1', 'Ensure EBS volume encryption is enabled in all regions', [
      'ebs.at-rest.encryption-by-default',
    ]),
    control(
      '5.3',
      'Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports',
      ['vpc.network.no-public-admin-ports'],
    ),
    control(
      '5.4',
      'Ensure no security groups allow ingress from ::/0 to remote server administration ports',
      ['vpc.network.no-public-admin-ports'],
    ),
    control('5.5', 'Ensure the default security group of every VPC restricts all traffic', [
      'vpc.network.default-sg-closed',
    ]),
    control('5.7', 'Ensure that the EC2 Metadata Service only allows IMDSv2', [
      'ec2.identity.imdsv2-required',
    ]),
  ],
};

export const CIS_AWS_3_0: ComplianceFramework = {
  id: 'cis-aws-3.0',
  title: 'CIS AWS Foundations Benchmark v3.0.0',
  source: 'https://www.cisecurity.org/benchmark/amazon_web_services',
  controls: [
    control('1.1', 'Maintain current contact details', []),
    control('1.2', 'Ensure security contact information is registered', []),
    control('1.4', "Ensure no 'root' user account access key exists", ['account.root.no-access-keys']),
    control('1.5', "Ensure MFA is enabled for the 'root' user account", ['account.root.mfa']),
    control('1.7', "Eliminate use of the 'root' user for administrative and daily tasks", [
      'account.root.not-used-day-to-day',
    ]),
    control('1.8', 'Ensure IAM password policy requires minimum length of 14 or greater', [
      'iam.identity.password-policy',
    ]),
    control('1.9', 'Ensure IAM password policy prevents password reuse', ['iam.identity.password-policy']),
    control(
      '1.10',
      'Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password',
      ['iam.identity.console-mfa'],
    ),
    control('1.12', 'Ensure credentials unused for 45 days or greater are disabled', [
      'iam.identity.unused-credentials-removed',
    ]),
    control('1.14', 'Ensure access keys are rotated every 90 days or less', [
      'iam.identity.access-key-rotation',
    ]),
    control('1.15', 'Ensure IAM Users Receive Permissions Only Through Groups', [
      'iam.identity.policies-via-groups',
    ]),
    control('1.16', 'Ensure IAM policies that allow full "*:*" administrative privileges are not attached', [
      'iam.identity.no-full-admin-policies',
      'iam.identity.no-full-admin-inline',
    ]),
    control('2.1.1', 'Ensure S3 Bucket Policy is set to deny HTTP requests', [
      's3.in-transit.deny-insecure-transport',
    ]),
    control(
      '2.1.3',
      'Ensure all data in Amazon S3 has been discovered, classified and secured when required',
      ['account.data.classify-data-stores'],
    ),
    control('2.1.4', "Ensure that S3 Buckets are configured with 'Block public access (bucket settings)'", [
      's3.identity.block-public-access',
      's3.identity.account-block-public-access',
    ]),
    control('2.2.1', 'Ensure EBS Volume Encryption is Enabled in all Regions', [
      'ebs.at-rest.encryption-by-default',
    ]),
    control('2.3.1', 'Ensure that encryption-at-rest is enabled for RDS Instances', [
      'rds.at-rest.storage-encrypted',
    ]),
    control('2.3.2', 'Ensure Auto Minor Version Upgrade feature is Enabled for RDS Instances', [
      'rds.patching.auto-minor-version-upgrade',
    ]),
    control('2.3.3', 'Ensure that public access is not given to RDS Instance', [
      'rds.network.not-publicly-accessible',
    ]),
    control('2.4.1', 'Ensure that encryption is enabled for EFS file systems', [
      'efs.at-rest.file-systems-encrypted',
    ]),
    control('3.1', 'Ensure CloudTrail is enabled in all regions', ['account.logging.multi-region-trail']),
    control('3.2', 'Ensure CloudTrail log file validation is enabled', [
      'cloudtrail.integrity.log-file-validation',
    ]),
    control('3.3', 'Ensure AWS Config is enabled in all regions', []),
    control('3.5', 'Ensure CloudTrail logs are encrypted at rest using KMS CMKs', [
      'cloudtrail.keys.trail-encrypted-with-kms',
    ]),
    control('3.6', 'Ensure rotation for customer-created symmetric CMKs is enabled', ['kms.keys.rotation']),
    control('3.7', 'Ensure VPC flow logging is enabled in all VPCs', ['vpc.logging.flow-logs']),
    control(
      '5.2',
      'Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports',
      ['vpc.network.no-public-admin-ports'],
    ),
    control(
      '5.3',
      'Ensure no security groups allow ingress from ::/0 to remote server administration ports',
      ['vpc.network.no-public-admin-ports'],
    ),
    control('5.4', 'Ensure the default security group of every VPC restricts all traffic', [
      'vpc.network.default-sg-closed',
    ]),
    control('5.6', 'Ensure that EC2 Metadata Service only allows IMDSv2', ['ec2.identity.imdsv2-required']),
  ],
};
