import { logging, root, TRAINING } from '../account.js';
import type { Citation } from '../duties.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

const SECURITY_PAGE: Citation = {
  url: 'https://docs.aws.amazon.com/efs/latest/ug/security-considerations.html',
  read: '2026-12-05',
};
// Encryption at rest is chosen at creation and cannot be changed; the API default is unencrypted.
const AT_REST_PAGE: Citation = {
  url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
  read: '2026-12-05',
};

/**
 * EFS is abstracted: AWS runs the storage servers and the NFS service. The customer chooses
 * encryption at rest at creation, enforces TLS with a file system policy and owns mount-target
 * security groups and backup policy.
 */
export const efs: ServiceModel = {
  id: 'efs',
  name: 'Amazon EFS',
  category: 'abstracted',
  reference: SECURITY_PAGE.url,
  referenceRead: SECURITY_PAGE.read,
  responsibilities: {
    physical: aws(
      'AWS secures the facilities and the storage servers that hold EFS data across Availability Zones.',
    ),
    'hardware-virtualization': aws(
      'AWS runs the storage fleet and the NFS servers behind every mount target.',
    ),
    'tenant-isolation': aws(
      'AWS keeps file systems of different accounts apart on its shared storage fleet; the customer has no setting here.',
    ),
    'guest-os-patching': aws(
      'AWS patches the EFS service; the NFS client and mount helper on the instances are patched under the compute service that runs them.',
    ),
    'network-firewall': customer(
      'Mount targets sit in customer subnets; the security groups that allow NFS (port 2049) to them are the customer’s.',
      { citation: SECURITY_PAGE },
    ),
    application: customer(
      'Which applications mount the file system and what they write to it is the customer’s.',
    ),
    'identity-access': customer(
      'The customer writes the file system policy, IAM policies for NFS clients and access points that fix the POSIX user and root directory.',
      {
        duties: [duty('efs.identity.file-system-policy', 'A file system policy that limits who may mount')],
        citation: SECURITY_PAGE,
      },
    ),
    'account-root': root(
      'Root can delete any file system or replace its policy; protecting root credentials is the customer’s.',
    ),
    'data-classification': customer('The customer decides what data lives on each file system and tags it.'),
    jurisdiction: customer(
      'A file system stays in its region unless the customer turns on replication to another region.',
    ),
    'encryption-at-rest': shared(
      'AWS encrypts data and metadata with KMS when the file system is created encrypted; the API and CloudFormation create it unencrypted unless asked, and it cannot be changed afterwards.',
      {
        aws: 'Transparent encryption of data and metadata with KMS for encrypted file systems',
        customer: 'Creating every file system encrypted (the API default is unencrypted)',
      },
      {
        duties: [duty('efs.at-rest.file-systems-encrypted', 'File systems created encrypted at rest')],
        citation: AT_REST_PAGE,
      },
    ),
    'client-side-encryption': customer(
      'Encrypting files before they are written is the customer’s application, when it wants that layer.',
    ),
    'encryption-in-transit': shared(
      'EFS supports TLS through the mount helper, but clients may mount without it unless the file system policy denies non-TLS access.',
      {
        aws: 'TLS termination at the mount targets for clients that ask for it',
        customer: 'Mounting with TLS and a file system policy that denies aws:SecureTransport false',
      },
      {
        duties: [
          duty('efs.in-transit.deny-non-tls', 'A file system policy that denies connections without TLS'),
        ],
        citation: SECURITY_PAGE,
      },
    ),
    'key-management': shared(
      'EFS uses the AWS managed key aws/elasticfilesystem unless the customer names its own key, whose policy and rotation are then the customer’s.',
      {
        aws: 'The AWS managed key aws/elasticfilesystem, by default',
        customer: 'An optional customer managed key, with its policy and rotation',
      },
      { refs: ['kms.keys.custody-meets-classification'] },
    ),
    'backup-recovery': shared(
      'AWS Backup can protect file systems automatically, but the backup policy is the customer’s to enable and API-created file systems start without it.',
      {
        aws: 'AWS Backup integration and the redundancy of the storage classes',
        customer: 'Turning on the backup policy or its own backup plans, and testing restores',
      },
      { duties: [duty('efs.backup.automatic-backups', 'Automatic backups enabled')] },
    ),
    'logging-monitoring': logging(
      'EFS API calls go to CloudTrail and metrics to CloudWatch; NFS client access is not logged per file, so alarms and reviews are the customer’s.',
      {
        aws: 'CloudTrail records of EFS API calls and CloudWatch metrics',
        customer: 'Trails, metric alarms and review of who mounts',
      },
    ),
    'secure-connectivity': customer(
      'Mounting from on premises runs over VPN or Direct Connect that the customer designs.',
    ),
    'awareness-training': TRAINING,
  },
};
