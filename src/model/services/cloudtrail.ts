import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** CloudTrail is abstracted: AWS captures and delivers events; the customer decides what is kept, where, and who reads it. */
export const cloudtrail: ServiceModel = {
  id: 'cloudtrail',
  name: 'AWS CloudTrail',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/WhatIsCloudTrail-Security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws("AWS secures the facilities that host CloudTrail's event capture and delivery systems."),
    'hardware-virtualization': aws(
      'AWS operates the servers that record API events and deliver them to trails and event data stores.',
    ),
    'tenant-isolation': aws(
      "AWS keeps each account's event stream separate; organization trails share events only within the customer's own organization.",
    ),
    'guest-os-patching': aws(
      'CloudTrail has no customer-visible OS; AWS patches the event capture and delivery fleet.',
    ),
    'network-firewall': aws(
      "Event delivery happens inside AWS's network; the customer configures no network controls for CloudTrail itself.",
    ),
    application: aws(
      'AWS builds and runs CloudTrail; the customer only configures trails, selectors and event data stores.',
    ),
    'identity-access': customer(
      'The customer restricts who may stop, delete or change trails and who can read the log bucket, including the bucket policy that lets CloudTrail write.',
    ),
    'account-root': root(
      "Root can stop any trail in the account; protecting root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'Logs carry resource names, IP addresses and request parameters; the customer classifies them and limits who may read them.',
    ),
    jurisdiction: customer(
      'The customer picks the region of the log bucket or event data store; events of global services such as IAM are recorded as us-east-1 events.',
    ),
    'encryption-at-rest': shared(
      "Delivered log files are encrypted (SSE-S3 by default) and Lake stores are encrypted by AWS; choosing SSE-KMS with its own key is the customer's call.",
      {
        aws: 'SSE-S3 encryption of delivered log files by default, and encryption of CloudTrail Lake event data stores',
        customer: 'SSE-KMS with a customer managed key for the trail where the logs need more custody',
      },
    ),
    'client-side-encryption': shared(
      "AWS signs hourly digest files so tampering can be detected; turning on log file validation and verifying the digests is the customer's.",
      {
        aws: 'Signed hourly digest files that chain every delivered log file',
        customer:
          'Log file validation turned on for each trail, and the digests verified (aws cloudtrail validate-logs)',
      },
      {
        duties: [
          duty(
            'cloudtrail.integrity.log-file-validation',
            'Log file validation turned on, and digests verified',
          ),
        ],
      },
    ),
    'encryption-in-transit': aws(
      'AWS delivers events to S3, CloudWatch Logs and CloudTrail Lake over encrypted connections inside its network.',
    ),
    'key-management': shared(
      'With SSE-KMS the customer owns the key, its rotation and a key policy letting CloudTrail encrypt and readers decrypt; otherwise AWS manages the keys.',
      {
        aws: 'The keys behind SSE-S3 when no KMS key is chosen',
        customer:
          "The trail's KMS key: its rotation, and a key policy that lets CloudTrail encrypt and only intended readers decrypt",
      },
      {
        duties: [
          duty(
            'cloudtrail.keys.trail-encrypted-with-kms',
            'Trail log files encrypted with a KMS key the customer controls',
          ),
        ],
      },
    ),
    'backup-recovery': shared(
      "AWS keeps 90 days of management events in Event history; longer retention, Object Lock on the log bucket and copies elsewhere are the customer's.",
      {
        aws: '90 days of management events in Event history',
        customer:
          'A trail for longer retention, versioning or Object Lock on the log bucket, and copies in a separate account',
      },
    ),
    'logging-monitoring': logging(
      'The customer must create a multi-region (ideally organization) trail, choose data events and alert on them; Event history alone is not enough.',
      'A multi-region (ideally organization) trail, the data events it keeps, and alerts on them',
    ),
    'secure-connectivity': aws(
      'CloudTrail captures and delivers events without any customer-run VPN or circuit.',
    ),
    'awareness-training': TRAINING,
  },
};
