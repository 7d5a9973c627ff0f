import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** Session Manager preferences: KMS encryption of session data is off until the customer turns it on. */
const SESSION_ENCRYPTION_PAGE = {
  url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-preferences-enable-encryption.html',
  read: '2026-12-05',
};

/** Systems Manager is abstracted: AWS runs the service; the agent on nodes and what operators run through it are the customer's. */
export const ssm: ServiceModel = {
  id: 'ssm',
  name: 'AWS Systems Manager',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities hosting the Systems Manager service.'),
    'hardware-virtualization': aws(
      'AWS runs the servers behind the Systems Manager APIs and message channels.',
    ),
    'tenant-isolation': aws(
      "AWS keeps each account's managed nodes, documents and parameters separate from other customers'.",
    ),
    'guest-os-patching': shared(
      "AWS runs the service, but the SSM Agent on managed nodes is the customer's to keep current, and Patch Manager patches only on baselines and schedules the customer defines.",
      {
        aws: 'The Systems Manager service and Patch Manager',
        customer:
          'A current SSM Agent on every node, and the patch baselines, schedules and maintenance windows',
      },
      {
        duties: [
          duty('ssm.patching.instances-managed', 'Every instance registered with Systems Manager'),
          duty('ssm.patching.patch-compliance', 'Managed instances compliant with their patch baseline'),
        ],
      },
    ),
    'network-firewall': customer(
      'Managed nodes need outbound HTTPS to Systems Manager endpoints (or interface VPC endpoints), provided by the customer; no inbound ports are needed.',
    ),
    application: shared(
      "AWS maintains its own documents and runbooks; custom documents, Run Command scripts and automations are the customer's to review.",
      {
        aws: 'AWS-owned documents and runbooks, maintained by AWS',
        customer: 'Review of its custom documents, Run Command scripts and automations',
      },
    ),
    'identity-access': customer(
      'The customer limits who may run commands or start sessions on which nodes, and scopes the instance profiles nodes use.',
    ),
    'account-root': root(
      "Root can run commands on every managed node; securing root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides what goes into parameters, command output and session transcripts and classifies it.',
    ),
    jurisdiction: customer(
      'Parameters and node data stay in the region in use; session and command logs go to buckets and log groups the customer picks.',
    ),
    'encryption-at-rest': shared(
      'SecureString parameters are encrypted with a KMS key the customer selects; keeping secrets out of plain String parameters and encrypting log destinations is up to the customer.',
      {
        aws: 'KMS encryption of SecureString parameters',
        customer:
          'Secrets stored as SecureString rather than String, and encrypted destinations for session and command logs',
      },
    ),
    'client-side-encryption': customer(
      'Values that must stay opaque to Systems Manager have to be encrypted by the customer before they are stored.',
    ),
    'encryption-in-transit': shared(
      'The agent talks to Systems Manager over TLS; encrypting session data with a KMS key on top of it is a Session Manager preference the customer must turn on.',
      {
        aws: 'TLS between the agent and the Systems Manager endpoints',
        customer: 'KMS encryption of Session Manager session data, turned on in its preferences',
      },
      { citation: SESSION_ENCRYPTION_PAGE },
    ),
    'key-management': shared(
      'The customer selects and governs the KMS keys for SecureString parameters and Session Manager; an AWS managed key is the parameter default.',
      {
        aws: 'The AWS managed aws/ssm key for SecureString parameters, by default',
        customer:
          'Customer managed keys for parameters and Session Manager where required, and who may use them',
      },
    ),
    'backup-recovery': customer(
      "Parameter history keeps recent versions, but deleted parameters and documents come back only from the customer's own copies.",
    ),
    'logging-monitoring': logging(
      'Session logging to S3 or CloudWatch and Run Command output capture stay off until the customer configures them.',
      'Session logging to S3 or CloudWatch, and capture of Run Command output',
    ),
    'secure-connectivity': shared(
      'Session Manager provides an AWS-run channel to nodes without bastions or open SSH; the customer decides who may use it and to which nodes.',
      {
        aws: 'A Session Manager channel to nodes that needs no bastion or open inbound port',
        customer: 'IAM policies on who may start sessions to which nodes, and session logging',
      },
    ),
    'awareness-training': TRAINING,
  },
};
