import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** Elastic Load Balancing is abstracted: AWS runs and patches the nodes; listeners, TLS and exposure are the customer's. */
export const elb: ServiceModel = {
  id: 'elb',
  name: 'Elastic Load Balancing',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities hosting load balancer nodes.'),
    'hardware-virtualization': aws(
      'AWS provisions, scales and replaces the nodes behind each load balancer.',
    ),
    'tenant-isolation': aws(
      "AWS keeps each load balancer's nodes and traffic separate from other customers.",
    ),
    'guest-os-patching': aws(
      'Load balancer nodes have no customer-visible OS; AWS patches them and the proxy software.',
    ),
    'network-firewall': customer(
      "Scheme (internet-facing or internal), subnets, security groups, listener ports and target group ports are the customer's.",
    ),
    application: shared(
      "AWS runs the proxy software; listener rules, header handling, desync mitigation mode and health checks are the customer's.",
      {
        aws: 'The load balancer proxy software, scaled and patched by AWS',
        customer: 'Listener rules, header handling, desync mitigation mode and health checks',
      },
    ),
    'identity-access': customer(
      "IAM controls who can change listeners and rules; listener authentication (OIDC or Cognito on Application Load Balancers) is the customer's setting.",
    ),
    'account-root': root(
      "Root can re-point any listener; securing root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides which applications and data classes each load balancer fronts and classifies its access logs.',
    ),
    jurisdiction: customer(
      'A load balancer serves from the region it is created in; its access logs go to a bucket the customer picks.',
    ),
    'encryption-at-rest': aws(
      "Load balancers hold traffic only in transit; access logs land in the customer's S3 bucket under that bucket's encryption settings.",
    ),
    'client-side-encryption': aws(
      'A load balancer stores no content to encrypt; end-to-end payload protection is covered under encryption in transit.',
    ),
    'encryption-in-transit': customer(
      'HTTPS/TLS listeners, the TLS security policy, certificates and re-encryption to targets are chosen by the customer.',
      {
        duties: [
          duty('elb.in-transit.listeners-use-tls', 'Listeners that carry data use TLS'),
          duty('elb.in-transit.modern-tls-policy', 'A TLS policy without outdated protocols and ciphers'),
        ],
      },
    ),
    'key-management': shared(
      "ACM holds and renews private keys for Amazon-issued certificates; imported certificates and their renewal are the customer's.",
      {
        aws: 'Storage and renewal of private keys for Amazon-issued ACM certificates',
        customer: 'Imported certificates, their private keys and their renewal',
      },
    ),
    'backup-recovery': customer(
      "Load balancer configuration is re-created from the customer's infrastructure-as-code; AWS only replaces failed nodes.",
    ),
    'logging-monitoring': logging(
      'Access and connection logs are off by default; the customer enables them and reviews them alongside metrics.',
      'Access and connection logs, and their review alongside metrics',
    ),
    'secure-connectivity': customer(
      "Internal load balancers reached over VPN or Direct Connect, and PrivateLink endpoint services on Network Load Balancers, are the customer's design.",
    ),
    'awareness-training': TRAINING,
  },
};
