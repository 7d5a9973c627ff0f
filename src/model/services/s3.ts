import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** S3's pages on the defaults that changed: ACLs disabled with BPA (April 2023), SSE-C blocked (April 2026). */
const OBJECT_OWNERSHIP_PAGE = {
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
  read: '2026-12-05',
};
const SSE_C_PAGE = {
  url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html',
  read: '2026-12-05',
};

/** S3 is abstracted: AWS runs everything below buckets and objects; the customer owns access, data and key choices. */
export const s3: ServiceModel = {
  id: 's3',
  name: 'Amazon S3',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws(
      'AWS secures the facilities and storage hardware that hold S3 objects and sanitizes decommissioned media.',
    ),
    'hardware-virtualization': aws(
      'AWS operates the storage servers and the S3 service fleet; customers see only buckets and objects.',
    ),
    'tenant-isolation': aws(
      "AWS keeps each account's buckets and objects logically separate in its multi-tenant storage fleet.",
    ),
    'guest-os-patching': aws(
      'No customer-visible OS: AWS patches the servers and software that run the S3 storage fleet.',
    ),
    'network-firewall': shared(
      'AWS runs and shields the S3 endpoints; the customer can confine access to its networks with VPC endpoints and aws:SourceVpce or aws:SourceIp conditions.',
      {
        aws: 'S3 endpoints, run and shielded by AWS',
        customer:
          'VPC endpoints and aws:SourceVpce or aws:SourceIp conditions that confine access to its networks',
      },
    ),
    application: aws(
      'AWS builds and runs the S3 service software; customer code that calls S3 is covered where that code runs.',
    ),
    'identity-access': customer(
      'Bucket policies, IAM policies, access points, Block Public Access and Object Ownership (ACLs) decide who reads or writes objects; all are customer settings, though new buckets since April 2023 start with Block Public Access on and ACLs disabled.',
      {
        duties: [
          duty('s3.identity.block-public-access', 'Block Public Access on every bucket'),
          duty('s3.identity.account-block-public-access', 'Block Public Access for the whole account'),
          duty('s3.identity.no-public-policy', 'No bucket policy that grants public access'),
          duty('s3.identity.no-public-acls', 'No ACL that grants public access'),
          duty(
            's3.identity.least-privilege',
            'Bucket and IAM policies that grant only the access each principal needs',
          ),
        ],
        citation: OBJECT_OWNERSHIP_PAGE,
      },
    ),
    'account-root': root(
      "The root user can rewrite any bucket policy and delete buckets; protecting its credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides which objects to store, tags or prefixes them by sensitivity, and may use Macie to find sensitive data.',
    ),
    jurisdiction: customer(
      "Objects stay in the bucket's region; replication or copies elsewhere happen only through rules and requests the customer makes.",
    ),
    'encryption-at-rest': shared(
      'AWS encrypts every new object with SSE-S3 by default; the customer picks SSE-KMS or DSSE-KMS with its own key when its policy needs more custody.',
      {
        aws: 'SSE-S3 encryption of every new object, by default',
        customer: "SSE-KMS or DSSE-KMS with its own key where the data's classification needs more custody",
      },
      {
        duties: [
          duty('s3.at-rest.default-encryption', 'Default encryption with the key custody the data needs'),
        ],
      },
    ),
    'client-side-encryption': customer(
      "Encrypting objects before upload (e.g. with the S3 Encryption Client) and checking end-to-end checksums is the customer's choice.",
    ),
    'encryption-in-transit': shared(
      "S3 offers TLS endpoints but still answers plain HTTP unless the customer's bucket policy denies requests where aws:SecureTransport is false.",
      {
        aws: 'TLS on every S3 endpoint',
        customer: 'A bucket policy that denies requests where aws:SecureTransport is false',
      },
      {
        duties: [
          duty('s3.in-transit.deny-insecure-transport', 'A bucket policy that denies requests without TLS'),
        ],
      },
    ),
    'key-management': shared(
      "SSE-S3 keys are wholly AWS-managed; with SSE-KMS the customer governs the KMS key's policy and rotation, and with SSE-C (blocked by default on new buckets since April 2026) it holds the keys itself.",
      {
        aws: 'The SSE-S3 keys, managed entirely by AWS',
        customer:
          "The KMS key's policy and rotation under SSE-KMS, or the keys themselves under SSE-C where it turns SSE-C back on",
      },
      { refs: ['kms.keys.custody-meets-classification'], citation: SSE_C_PAGE },
    ),
    'backup-recovery': shared(
      "AWS stores objects redundantly (across Availability Zones for most storage classes); versioning, Object Lock, replication and AWS Backup are the customer's.",
      {
        aws: 'Redundant storage, across Availability Zones for most storage classes',
        customer: 'Versioning, Object Lock, replication and AWS Backup',
      },
      {
        duties: [
          duty('s3.backup.versioning', 'Versioning on buckets that hold data'),
          duty(
            's3.backup.replication-or-backup',
            'Replication, Object Lock or AWS Backup where the data needs them',
          ),
        ],
      },
    ),
    'logging-monitoring': logging(
      'Server access logs and CloudTrail data events for object reads and writes stay off until the customer enables and reviews them.',
      'Server access logs and CloudTrail data events for object reads and writes, and their review',
      {
        duties: [
          duty(
            's3.logging.server-access-logs',
            'Server access logs (or CloudTrail data events) for buckets that hold data',
          ),
        ],
      },
    ),
    'secure-connectivity': customer(
      'Private access to S3 from VPCs or on-premises (gateway or interface endpoints, over Direct Connect or VPN) is a design the customer builds.',
    ),
    'awareness-training': TRAINING,
  },
};
