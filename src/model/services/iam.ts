import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** IAM is abstracted: AWS evaluates every request; the customer writes every identity and policy. */
export const iam: ServiceModel = {
  id: 'iam',
  name: 'AWS Identity and Access Management (IAM)',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws("AWS secures the facilities that host IAM's authentication and authorization systems."),
    'hardware-virtualization': aws('AWS runs the servers behind IAM and STS; customers see only the API.'),
    'tenant-isolation': aws(
      "AWS enforces the account boundary: principals of one account act in another only when that account's policies allow it.",
    ),
    'guest-os-patching': aws(
      'IAM has no customer-visible OS; AWS patches the systems that evaluate every request.',
    ),
    'network-firewall': aws(
      'IAM is reached through AWS-operated endpoints; network limits on principals are written as policy conditions, under identity and access.',
    ),
    application: aws(
      'AWS builds and runs the policy evaluation engine; customers supply only identities and policies.',
    ),
    'identity-access': customer(
      'Users, roles, groups, policies, permission boundaries, MFA and federation are defined and reviewed by the customer; least privilege is its duty.',
      {
        duties: [
          duty(
            'iam.identity.no-full-admin-policies',
            'No customer managed policy grants full administrator access',
          ),
          duty('iam.identity.no-full-admin-inline', 'No inline policy grants full administrator access'),
          duty('iam.identity.password-policy', 'A strong password policy'),
          duty('iam.identity.access-key-rotation', 'Access keys rotated'),
          duty('iam.identity.console-mfa', 'MFA for every console user'),
          duty(
            'iam.identity.policies-via-groups',
            'Permissions granted through groups or roles, not to users',
          ),
          duty('iam.identity.unused-credentials-removed', 'Unused credentials removed'),
        ],
      },
    ),
    'account-root': root(
      "Protecting root credentials and MFA devices and deleting root access keys are the customer's, even where AWS now requires MFA at root sign-in.",
    ),
    'data-classification': customer(
      'The customer must keep personal or secret data out of IAM names, tags and descriptions, which AWS handles as account metadata, not content.',
    ),
    jurisdiction: shared(
      "IAM is global: AWS replicates identities and policies across the partition's regions, so the customer controls only the partition and what it stores in IAM.",
      {
        aws: 'Replication of identities and policies across the regions of the partition',
        customer:
          'The choice of partition, and keeping regulated data out of IAM names, tags and descriptions',
      },
    ),
    'encryption-at-rest': aws(
      "AWS encrypts IAM's stored identities, policies and credentials; there is no customer setting.",
    ),
    'client-side-encryption': aws(
      'IAM holds no customer content that could be encrypted client-side; credential secrecy is covered under key management.',
    ),
    'encryption-in-transit': aws(
      'IAM and STS are reachable only over TLS-protected API endpoints that AWS operates.',
    ),
    'key-management': customer(
      'Access keys, signing certificates and SSH public keys of IAM users are created, rotated and deleted by the customer; roles avoid long-lived keys.',
    ),
    'backup-recovery': customer(
      "IAM has no recycle bin: a deleted role or policy comes back only from the customer's own records or infrastructure-as-code.",
    ),
    'logging-monitoring': logging(
      "AWS records every IAM and STS call in CloudTrail and offers last-accessed data and Access Analyzer; keeping and reviewing them is the customer's.",
      {
        aws: 'CloudTrail records of every IAM and STS call, last-accessed data and IAM Access Analyzer',
        customer: 'Retention and review of those records, and action on Access Analyzer findings',
      },
    ),
    'secure-connectivity': aws(
      "IAM is managed over AWS's TLS endpoints; there is no customer VPN or circuit to run for it.",
    ),
    'awareness-training': TRAINING,
  },
};
