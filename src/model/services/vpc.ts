import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** VPC is the customer's virtual network: AWS runs the fabric and managed gateways, the customer designs the network. */
export const vpc: ServiceModel = {
  id: 'vpc',
  name: 'Amazon VPC',
  category: 'infrastructure',
  reference: 'https://docs.aws.amazon.com/vpc/latest/userguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities, cabling and network devices that carry VPC traffic.'),
    'hardware-virtualization': aws(
      'AWS runs the physical network and the software-defined networking layer that implements every VPC.',
    ),
    'tenant-isolation': aws(
      "AWS keeps each VPC's traffic logically apart from every other customer's, even when address ranges overlap.",
    ),
    'guest-os-patching': aws(
      'Managed components (NAT gateways, VPN endpoints, Transit Gateway) are patched by AWS; a self-run NAT instance would fall under EC2.',
    ),
    'network-firewall': customer(
      'Subnets, route tables, internet and NAT gateways, security groups, network ACLs and peering are designed and maintained by the customer.',
      {
        duties: [
          duty('vpc.network.default-sg-closed', 'Default security groups closed'),
          duty('vpc.network.no-public-admin-ports', 'No administration port open to the internet'),
          duty('vpc.network.no-public-all-ports', 'No security group open to the internet on every port'),
        ],
      },
    ),
    application: aws(
      'No customer software runs in the VPC service itself; AWS builds and operates the networking software.',
    ),
    'identity-access': customer(
      'IAM decides who may change routes, gateways and security groups, and endpoint policies limit what flows through VPC endpoints; both are customer settings.',
    ),
    'account-root': root(
      "The root user can rewire any VPC, route or gateway; its credentials and MFA are the customer's to secure.",
    ),
    'data-classification': customer(
      'The customer decides which workloads and data sensitivities share a VPC or subnet, and classifies flow logs, which reveal traffic metadata.',
    ),
    jurisdiction: customer(
      'A VPC is confined to the region it is created in; traffic leaves that region only over peering, Transit Gateway or internet routes the customer adds.',
    ),
    'encryption-at-rest': aws(
      'The VPC service stores no customer content; flow log records are encrypted by the destination service the customer picked.',
    ),
    'client-side-encryption': aws(
      'VPC holds no customer content to encrypt; protecting payloads on the wire is covered under encryption in transit.',
    ),
    'encryption-in-transit': shared(
      "AWS encrypts traffic leaving its facilities and between regions at the physical layer; encrypting application traffic inside and between VPCs is the customer's.",
      {
        aws: 'Physical-layer encryption of traffic leaving its secured facilities and between regions',
        customer: 'TLS or IPsec for application traffic within and between VPCs',
      },
    ),
    'key-management': shared(
      'AWS generates Site-to-Site VPN pre-shared keys unless the customer supplies its own (or private CA certificates); the customer guards the copies on its gateways.',
      {
        aws: 'Generated Site-to-Site VPN pre-shared keys, unless the customer supplies its own',
        customer:
          'Its own pre-shared keys or private CA certificates, and protection of the copies on its gateways',
      },
    ),
    'backup-recovery': customer(
      'VPC configuration has no backup feature; the customer keeps it as infrastructure-as-code to rebuild routes, rules and gateways.',
    ),
    'logging-monitoring': logging(
      'VPC Flow Logs, Traffic Mirroring and Route 53 Resolver query logs stay off until the customer enables and reviews them.',
      'VPC Flow Logs, Traffic Mirroring and Route 53 Resolver query logs, and their review',
      { duties: [duty('vpc.logging.flow-logs', 'Flow logs on every VPC')] },
    ),
    'secure-connectivity': shared(
      'AWS runs the managed Site-to-Site VPN, Client VPN and Direct Connect endpoints; the customer chooses them, configures its side, routing and encryption over Direct Connect.',
      {
        aws: 'Managed Site-to-Site VPN, Client VPN and Direct Connect endpoints',
        customer: 'Its side of each connection, routing, and encryption over Direct Connect (MACsec or VPN)',
      },
      {
        duties: [
          duty(
            'vpc.connectivity.management-over-private-path',
            'Management traffic over a private path (VPN, Direct Connect or endpoints)',
          ),
        ],
      },
    ),
    'awareness-training': TRAINING,
  },
};
