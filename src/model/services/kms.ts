import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** KMS is abstracted: AWS runs the HSMs, the customer governs every customer managed key. */
export const kms: ServiceModel = {
  id: 'kms',
  name: 'AWS Key Management Service (KMS)',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities and the hardware security modules that hold KMS key material.'),
    'hardware-virtualization': aws(
      'AWS runs the KMS HSM fleet, validated under FIPS 140-3 Security Level 3, and the hosts in front of it.',
    ),
    'tenant-isolation': aws(
      "AWS keeps each account's keys cryptographically separate; plaintext key material never leaves the HSMs.",
    ),
    'guest-os-patching': aws(
      'KMS has no customer-visible OS; AWS patches the HSM firmware and service hosts.',
    ),
    'network-firewall': shared(
      'AWS runs the KMS endpoints; the customer may require calls to arrive through its VPC endpoints with aws:SourceVpce conditions in key policies.',
      {
        aws: 'KMS endpoints, run and shielded by AWS',
        customer: 'Interface VPC endpoints, and aws:SourceVpce conditions in key policies',
      },
    ),
    application: aws(
      'AWS builds and runs the KMS service software; code that calls Encrypt or Decrypt is covered where it runs.',
    ),
    'identity-access': customer(
      "Key policies, grants and IAM policies decide who may use or administer each customer managed key; writing and reviewing them is the customer's.",
    ),
    'account-root': root(
      "A default key policy trusts the account, so the root user can regain control of any key; securing root is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides which data classes each key protects and keeps sensitive text out of aliases, descriptions and tags.',
    ),
    jurisdiction: customer(
      'Keys stay in the region where they are created; multi-Region replica keys exist only where the customer replicates them.',
    ),
    'encryption-at-rest': aws(
      'AWS stores key material encrypted under HSM-protected domain keys; there is nothing for the customer to switch on.',
    ),
    'client-side-encryption': customer(
      'Envelope encryption with data keys (GenerateDataKey, the AWS Encryption SDK) runs in customer code, so KMS never sees the data itself.',
    ),
    'encryption-in-transit': aws('KMS accepts requests only over TLS endpoints operated by AWS.'),
    'key-management': shared(
      'AWS generates, stores and uses key material inside FIPS 140-3 validated HSMs; the customer owns key policies, rotation, deletion and custody (imported material, external key stores).',
      {
        aws: 'Generation, storage and use of key material inside FIPS 140-3 validated HSMs',
        customer:
          'Key policies and grants, rotation, deletion, and custody choices (imported material, CloudHSM or external key stores)',
      },
      {
        duties: [
          duty(
            'kms.keys.custody-meets-classification',
            'Keys whose custody meets the classification of the data they protect',
          ),
          duty(
            'kms.keys.policy-no-external-access',
            'Key policies that grant no access outside the organization',
          ),
          duty('kms.keys.rotation', 'Rotation of customer managed keys'),
        ],
        refs: ['account.keys.key-ceremony'],
      },
    ),
    'backup-recovery': shared(
      'AWS keeps key material durable within the region and enforces a 7 to 30 day wait before deletion; imported key material must also be kept by the customer.',
      {
        aws: 'Durable key material within the region, and a 7 to 30 day waiting period before deletion',
        customer:
          'A safe copy of any imported key material, and alarms that catch scheduled deletions in time',
      },
    ),
    'logging-monitoring': logging(
      'Every use of a KMS key is recorded in CloudTrail automatically; the customer keeps those logs and alerts on events such as scheduled key deletion.',
      {
        aws: 'CloudTrail records of every use and change of a KMS key',
        customer: 'Retention of those logs, and alerts on events such as ScheduleKeyDeletion or DisableKey',
      },
    ),
    'secure-connectivity': customer(
      'The customer sets up interface VPC endpoints for private KMS calls and, for an external key store, runs the proxy and its connectivity.',
    ),
    'awareness-training': TRAINING,
  },
};
