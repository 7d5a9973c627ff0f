import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, shared } from './cells.js';

/** Organizations is abstracted: AWS enforces the policies; the account structure and guardrails are the customer's. */
export const organizations: ServiceModel = {
  id: 'organizations',
  name: 'AWS Organizations',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/organizations/latest/userguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities hosting the Organizations service.'),
    'hardware-virtualization': aws('AWS runs the servers behind Organizations and its policy enforcement.'),
    'tenant-isolation': aws(
      "AWS keeps each organization and its accounts separate from other customers' organizations.",
    ),
    'guest-os-patching': aws('Organizations has no customer-visible OS; AWS patches the service.'),
    'network-firewall': aws(
      'Organizations exposes only AWS-operated API endpoints; there is no network for the customer to configure.',
    ),
    application: aws(
      'AWS runs the engine that enforces service and resource control policies; customers supply only policies and structure.',
    ),
    'identity-access': customer(
      "Service control and resource control policies, delegated administrators and who may use the management account are the customer's.",
    ),
    'account-root': root(
      "Root credentials of the management and member accounts are the customer's to lock down; centralized root access can remove member-account root credentials.",
    ),
    'data-classification': customer(
      'The customer maps OUs and accounts to data sensitivity and enforces tagging through tag policies.',
    ),
    jurisdiction: shared(
      "AWS keeps organization metadata in the partition's home region (us-east-1 for the commercial partition); the customer limits the regions accounts may use with SCPs.",
      {
        aws: "Storage of organization metadata in the partition's home region (us-east-1 in the commercial partition)",
        customer: 'SCPs that limit the regions member accounts may use',
      },
    ),
    'encryption-at-rest': aws(
      'AWS encrypts organization data such as policies and account details; there is no customer setting.',
    ),
    'client-side-encryption': aws('Organizations stores no customer content to encrypt client-side.'),
    'encryption-in-transit': aws('Organizations APIs are served only over TLS by AWS.'),
    'key-management': aws(
      'Organizations uses no customer-selectable keys; AWS manages the keys protecting its data.',
    ),
    'backup-recovery': customer(
      'OU structure and policies have no restore feature; the customer keeps them as code to recover from mistakes.',
    ),
    'logging-monitoring': logging(
      "An organization trail, delegated administrators for security services and alerts on policy changes are the customer's to set up.",
      'An organization trail, delegated administrators for security services, and alerts on policy changes',
    ),
    'secure-connectivity': aws(
      "Organizations involves no customer tunnels or circuits; it is managed over AWS's TLS endpoints.",
    ),
    'awareness-training': TRAINING,
  },
};
