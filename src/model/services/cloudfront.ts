import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, shared } from './cells.js';

/** CloudFront's price class page: a price class narrows the edge locations used, without guaranteeing them. */
const PRICE_CLASS_PAGE = {
  url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PriceClass.html',
  read: '2026-12-05',
};

/** CloudFront is abstracted: AWS runs the global edge; what is cached, where, and how it is protected is the customer's. */
export const cloudfront: ServiceModel = {
  id: 'cloudfront',
  name: 'Amazon CloudFront',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the edge locations and regional edge caches worldwide.'),
    'hardware-virtualization': aws('AWS runs the edge servers, caches and network that serve distributions.'),
    'tenant-isolation': aws(
      "AWS keeps each distribution's configuration and cache separate on the shared edge fleet.",
    ),
    'guest-os-patching': aws(
      'Edge servers have no customer-visible OS; AWS patches them and the CloudFront software.',
    ),
    'network-firewall': shared(
      "AWS absorbs network-layer DDoS with Shield Standard at the edge; WAF web ACLs, geographic restrictions and locking down origins are the customer's.",
      {
        aws: 'Network- and transport-layer DDoS protection at every edge location (Shield Standard)',
        customer:
          'WAF web ACLs, geographic restrictions, and origin access control so origins accept traffic only from CloudFront',
      },
    ),
    application: shared(
      "AWS runs the edge software; cache behaviors, CloudFront Functions, Lambda@Edge code and header policies are the customer's.",
      {
        aws: 'The edge servers and CDN software that cache and serve content',
        customer:
          'Cache behaviors, header and origin request policies, CloudFront Functions and Lambda@Edge code',
      },
    ),
    'identity-access': customer(
      'The customer controls who may change distributions and who may fetch private content through signed URLs or cookies and origin access control.',
    ),
    'account-root': root(
      "Root can re-point distributions to other origins; securing root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides which content may be cached at the edge and which responses must never be cached.',
    ),
    jurisdiction: shared(
      'AWS chooses which edge locations cache and serve content, and price classes narrow but do not guarantee the set; the customer decides what content goes through CloudFront and can restrict viewers by country.',
      {
        aws: 'The choice of edge locations that cache and serve content, within the price class',
        customer:
          'Which content may be distributed through edge locations abroad, and geographic restrictions on viewers',
      },
      { citation: PRICE_CLASS_PAGE },
    ),
    'encryption-at-rest': aws(
      'AWS encrypts cached content on edge location and regional edge cache storage.',
    ),
    'client-side-encryption': customer(
      "Field-level encryption of sensitive form fields at the edge, with keys the customer holds, is the customer's to configure.",
    ),
    'encryption-in-transit': customer(
      'Viewer protocol policy, minimum TLS security policy, certificates and HTTPS to origins are set per distribution by the customer.',
    ),
    'key-management': shared(
      "ACM renews Amazon-issued certificates; key pairs for signed URLs and field-level encryption are the customer's to generate, guard and rotate.",
      {
        aws: 'Automatic renewal of Amazon-issued ACM certificates and custody of their private keys',
        customer:
          'Key groups for signed URLs and cookies, field-level encryption keys, and any imported certificates',
      },
    ),
    'backup-recovery': customer(
      "Origin failover groups and distribution configuration kept as code are the customer's; edge caches are not backups.",
    ),
    'logging-monitoring': logging(
      'Standard and real-time access logs are off by default; the customer enables, retains and reviews them.',
      'Standard or real-time access logs, their retention and review',
    ),
    'secure-connectivity': customer(
      "Keeping origins reachable only through CloudFront (origin access control, VPC origins, secret origin headers) is the customer's design.",
    ),
    'awareness-training': TRAINING,
  },
};
