import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/**
 * Lambda is abstracted: AWS runs hosts, microVMs, OS and managed runtimes. Patching is shared
 * because function dependencies, deprecated runtimes and container-image functions stay with the customer.
 */
export const lambda: ServiceModel = {
  id: 'lambda',
  name: 'AWS Lambda',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities and hosts on which Lambda execution environments run.'),
    'hardware-virtualization': aws(
      'AWS runs the worker hosts and the Firecracker microVMs that hold each execution environment.',
    ),
    'tenant-isolation': aws(
      'Execution environments run in Firecracker microVMs that are never shared across AWS accounts, though one microVM can host several functions of the same account; AWS enforces that separation.',
    ),
    'guest-os-patching': shared(
      'AWS patches the OS and managed runtimes; the customer keeps dependencies current, moves off deprecated runtimes and patches container-image functions itself.',
      {
        aws: "Patching of the execution environment's OS and of managed runtimes",
        customer:
          'Current dependencies, moving off deprecated runtimes, and patched base images for container-image functions',
      },
      {
        duties: [
          duty('lambda.patching.supported-runtime', 'Functions on a runtime AWS still supports'),
          duty(
            'lambda.patching.runtime-updates-automatic',
            'Runtime updates left automatic (not pinned to one version)',
          ),
        ],
      },
    ),
    'network-firewall': shared(
      'Functions outside a VPC use AWS-managed networking; the customer decides on VPC attachment, security groups and egress paths.',
      {
        aws: 'AWS-managed networking for functions not attached to a VPC',
        customer: 'VPC attachment, security groups and egress paths for its functions',
      },
      {
        duties: [
          duty(
            'lambda.network.in-vpc-where-required',
            'Functions handling restricted data attached to a VPC',
          ),
        ],
      },
    ),
    application: customer(
      "Function code, layers, dependencies, configuration and validation of event input are the customer's.",
      {
        duties: [
          duty('lambda.application.code-signing-where-required', 'Signed code where the policy asks for it'),
        ],
      },
    ),
    'identity-access': customer(
      'The customer writes the execution role, the resource-based policy on who may invoke, and the function URL auth type (AWS_IAM or NONE).',
      {
        duties: [
          duty('lambda.identity.policy-not-public', 'A resource policy that does not let anyone invoke'),
          duty('lambda.identity.function-url-auth', 'Function URLs that require IAM auth'),
        ],
      },
    ),
    'account-root': root(
      "Root can replace any function's code; protecting root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides what data functions process, log and keep in /tmp or environment variables.',
    ),
    jurisdiction: customer(
      'Functions run in the region they are deployed to; Lambda@Edge copies run worldwide and are treated under CloudFront.',
    ),
    'encryption-at-rest': shared(
      'AWS always encrypts code packages and environment variables at rest; the customer may choose its own KMS key and must keep secrets out of plain variables.',
      {
        aws: 'Encryption of code packages and environment variables at rest, always on',
        customer:
          'Its own KMS key where required, and secrets kept in Secrets Manager rather than plain variables',
      },
      {
        duties: [duty('lambda.at-rest.no-plain-secrets', 'No secrets in plain environment variables')],
      },
    ),
    'client-side-encryption': customer(
      "Encrypting sensitive variables with encryption helpers, or fetching secrets at run time, is the customer's code.",
    ),
    'encryption-in-transit': shared(
      "The Lambda API and function URLs use TLS; connections the function itself opens to other systems are the customer's to secure.",
      {
        aws: 'TLS on the Lambda API and function URLs',
        customer: 'TLS on the connections its function code opens to other systems',
      },
    ),
    'key-management': shared(
      'Lambda encrypts environment variables and packages with AWS-provided KMS keys by default; a customer managed key is optional and is then governed by the customer.',
      {
        aws: 'AWS-provided KMS keys for environment variables and packages, by default',
        customer: 'An optional customer managed key, with its policy and rotation',
      },
      {
        duties: [
          duty(
            'lambda.keys.customer-key-where-required',
            'Environment variables under a customer managed key where required',
          ),
        ],
        refs: ['kms.keys.custody-meets-classification'],
      },
    ),
    'backup-recovery': customer(
      "Lambda keeps published versions, but restoring a deleted function relies on the customer's source control and deployment pipeline.",
    ),
    'logging-monitoring': logging(
      "Lambda forwards function output to CloudWatch Logs when the execution role allows; meaningful log content, retention and alarms are the customer's.",
      {
        aws: 'Forwarding of function output to CloudWatch Logs, and invocation metrics',
        customer: 'An execution role that allows logging, meaningful log content, retention and alarms',
      },
    ),
    'secure-connectivity': customer(
      'Private access from functions to VPC-only or on-premises resources runs through VPC configuration, VPN or Direct Connect the customer designs.',
    ),
    'awareness-training': TRAINING,
  },
};
