import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** DynamoDB is abstracted: no servers, engine versions or maintenance windows are visible to the customer. */
export const dynamodb: ServiceModel = {
  id: 'dynamodb',
  name: 'Amazon DynamoDB',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities and storage nodes that hold DynamoDB partitions.'),
    'hardware-virtualization': aws(
      'AWS operates the request routers and storage nodes; customers see only tables and indexes.',
    ),
    'tenant-isolation': aws("AWS keeps each account's tables logically isolated in its multi-tenant fleet."),
    'guest-os-patching': aws(
      'No customer-visible OS or engine version: AWS patches the whole service without customer maintenance windows.',
    ),
    'network-firewall': shared(
      'AWS runs the public endpoints; the customer may restrict access to its VPCs with gateway or interface endpoints and aws:SourceVpce conditions.',
      {
        aws: 'Regional DynamoDB endpoints, run and shielded by AWS',
        customer:
          'Gateway or interface VPC endpoints and aws:SourceVpce conditions that keep access inside its networks',
      },
    ),
    application: aws(
      'AWS builds and runs the database software; customer code that calls DynamoDB is covered where that code runs.',
    ),
    'identity-access': customer(
      'IAM and resource-based policies, including fine-grained conditions on leading keys and attributes, decide who reads or writes items.',
    ),
    'account-root': root(
      "Root can delete tables and backups; securing root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer classifies the items it stores and keeps sensitive data out of table names, key names and tags.',
    ),
    jurisdiction: customer(
      'Tables stay in their region; global table replicas and exports exist only where the customer sets them up.',
    ),
    'encryption-at-rest': shared(
      'AWS encrypts every table at rest and this cannot be turned off; the customer picks an AWS owned, AWS managed or customer managed key.',
      {
        aws: 'Encryption at rest of every table, index, stream and backup, always on',
        customer:
          "The table key (AWS owned, AWS managed aws/dynamodb, or customer managed) chosen to match the data's classification",
      },
    ),
    'client-side-encryption': customer(
      "Attribute-level encryption and signing with the AWS Database Encryption SDK is done in the customer's application.",
    ),
    'encryption-in-transit': shared(
      'AWS offers HTTPS endpoints that the SDKs use by default; the customer keeps clients on TLS and can deny other calls with aws:SecureTransport.',
      {
        aws: 'HTTPS endpoints, which the AWS SDKs use by default',
        customer: 'Clients kept on TLS, and other requests denied with aws:SecureTransport in its policies',
      },
    ),
    'key-management': shared(
      'With the AWS owned default AWS handles keys entirely; with a customer managed key the customer controls its policy, rotation and the risk of locking the table.',
      {
        aws: 'End-to-end handling of the AWS owned key, the default',
        customer:
          "A customer managed key's policy, rotation and availability (a disabled key makes the table inaccessible)",
      },
      {
        duties: [
          duty(
            'dynamodb.keys.customer-key-where-required',
            'A customer managed key where the classification requires one',
          ),
        ],
        refs: ['kms.keys.custody-meets-classification'],
      },
    ),
    'backup-recovery': shared(
      'AWS replicates tables across three Availability Zones; point-in-time recovery and on-demand or AWS Backup copies stay off until the customer enables them.',
      {
        aws: 'Synchronous replication of every table across three Availability Zones',
        customer: 'Point-in-time recovery, on-demand or AWS Backup copies, and restore tests',
      },
      {
        duties: [
          duty('dynamodb.backup.point-in-time-recovery', 'Point-in-time recovery on tables'),
          duty('dynamodb.backup.restore-tested', 'Restores tested'),
        ],
      },
    ),
    'logging-monitoring': logging(
      "AWS logs table-level API calls in CloudTrail; item-level data events and alarms on throttling or access are the customer's to enable.",
      {
        aws: 'CloudTrail records of control-plane (table-level) API calls',
        customer:
          'CloudTrail data events for item-level access, their retention, and alarms on access or throttling',
      },
    ),
    'secure-connectivity': customer(
      "Reaching DynamoDB privately from VPCs or on-premises (gateway or interface endpoints) is the customer's design.",
    ),
    'awareness-training': TRAINING,
  },
};
