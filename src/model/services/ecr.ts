import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, shared } from './cells.js';

/** ECR is abstracted: AWS runs the registry; what is inside the images is the customer's. */
export const ecr: ServiceModel = {
  id: 'ecr',
  name: 'Amazon ECR',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities behind ECR and the storage that holds image layers.'),
    'hardware-virtualization': aws(
      'AWS operates the registry fleet and its storage; customers see only repositories and images.',
    ),
    'tenant-isolation': aws(
      'AWS keeps each registry private to its account; sharing happens only through repository policies the customer writes.',
    ),
    'guest-os-patching': aws(
      'ECR has no customer-visible OS; patching the images it stores is a customer duty under the services that run them.',
    ),
    'network-firewall': shared(
      'AWS runs the registry endpoints; the customer can force pulls through its interface endpoints with policy conditions.',
      {
        aws: 'Registry API and image layer endpoints, run by AWS',
        customer:
          'Interface VPC endpoints (with the S3 gateway endpoint for layers) and policy conditions that force pulls through them',
      },
    ),
    application: customer(
      "Image contents (base layers, packages and the vulnerabilities scanning finds) are the customer's to build, fix and replace.",
    ),
    'identity-access': customer(
      "Repository policies, registry permissions for replication and pull-through cache, and IAM grants for push and pull are the customer's.",
    ),
    'account-root': root(
      "Root can delete repositories and images; securing root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer keeps secrets and sensitive data out of image layers and tags repositories by sensitivity.',
    ),
    jurisdiction: customer(
      "Images stay in the registry's region; cross-region and cross-account replication rules are set by the customer.",
    ),
    'encryption-at-rest': shared(
      'AWS encrypts images at rest with S3-managed keys by default; the customer may choose KMS, with its own key, when creating a repository.',
      {
        aws: 'AES-256 encryption of images at rest with S3-managed keys by default',
        customer:
          'KMS encryption, with its own key, chosen when a repository is created (it cannot be changed later)',
      },
    ),
    'client-side-encryption': customer(
      "Signing images (AWS Signer, Notation) and verifying signatures at deploy time to prove integrity is the customer's.",
    ),
    'encryption-in-transit': aws('Image push, pull and the ECR API are served only over HTTPS by AWS.'),
    'key-management': shared(
      'With KMS encryption the customer selects and governs the key; otherwise AWS manages the AES-256 keys.',
      {
        aws: 'The AES-256 keys of repositories that use default encryption',
        customer: "The KMS key's policy and rotation for repositories that use KMS encryption",
      },
      { refs: ['kms.keys.custody-meets-classification'] },
    ),
    'backup-recovery': customer(
      "Replication to other regions or accounts, and lifecycle rules that could delete needed tags, are the customer's; deleted images cannot be undeleted.",
    ),
    'logging-monitoring': logging(
      "AWS logs registry API calls, including image pulls, in CloudTrail and produces scan findings; reviewing them is the customer's.",
      {
        aws: 'CloudTrail records of registry API calls, including image pulls, and image scan findings',
        customer: 'Review of pushes and pulls, and action on scan findings',
      },
    ),
    'secure-connectivity': customer(
      'Private pulls from VPCs need interface endpoints for the ECR API and registry plus an S3 gateway endpoint, set up by the customer.',
    ),
    'awareness-training': TRAINING,
  },
};
