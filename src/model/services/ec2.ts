import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** AWS's page on tenancy options: what dedicated instances and hosts change, and who chooses them. */
const TENANCY_PAGE = {
  url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-instance.html',
  read: '2026-12-05',
};

/**
 * EC2 is AWS's textbook infrastructure service: AWS stops at the hypervisor, the customer owns
 * everything from the guest OS up. Tenancy only changes who may share the physical host.
 */
export const ec2: ServiceModel = {
  id: 'ec2',
  name: 'Amazon EC2',
  category: 'infrastructure',
  reference: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws(
      'AWS guards the data centers, power and cooling that house EC2 servers; customers never get physical access.',
    ),
    'hardware-virtualization': aws(
      'AWS builds, maintains and retires the host servers and runs the Nitro hypervisor and firmware beneath every instance.',
    ),
    'tenant-isolation': shared(
      "On default (shared) tenancy AWS's Nitro Hypervisor keeps instances of different accounts apart on a shared host; choosing the tenancy the data's classification needs (shared, dedicated instance or dedicated host) is the customer's.",
      {
        aws: 'Nitro Hypervisor isolation between instances of different accounts on a shared host',
        customer: "The tenancy each instance is launched with, matched to its data's classification",
      },
      {
        duties: [
          duty(
            'ec2.isolation.tenancy-meets-classification',
            'The tenancy the classification of the data needs, chosen at launch',
          ),
        ],
        citation: TENANCY_PAGE,
      },
    ),
    'guest-os-patching': customer(
      'The customer patches the guest OS of every instance and picks, builds and refreshes its AMIs; AWS never logs in to patch.',
      {
        duties: [duty('ec2.patching.guest-os', 'Guest OS patched and AMIs refreshed')],
        refs: ['ssm.patching.instances-managed', 'ssm.patching.patch-compliance'],
      },
    ),
    'network-firewall': customer(
      'Security group rules, network ACLs, public IP assignment and any host firewall around an instance are configured by the customer.',
      {
        duties: [
          duty('ec2.network.public-ip-assignment', 'Public IPs only where an instance must be reached'),
        ],
        refs: [
          'vpc.network.default-sg-closed',
          'vpc.network.no-public-admin-ports',
          'vpc.network.no-public-all-ports',
        ],
      },
    ),
    application: customer(
      "Everything installed on the instance (web servers, databases, agents, custom code) is the customer's to configure, harden and update.",
    ),
    'identity-access': customer(
      'The customer grants EC2 API permissions, attaches instance profiles, requires IMDSv2, and manages OS users and SSH/RDP access in the guest.',
      {
        duties: [
          duty('ec2.identity.amis-not-public', 'AMIs not shared publicly'),
          duty('ec2.identity.imdsv2-required', 'IMDSv2 required on every instance'),
          duty('ec2.identity.os-access', 'OS users and SSH/RDP access managed in the guest'),
        ],
      },
    ),
    'account-root': root(
      "Root credentials and MFA of the account that owns the instances are the customer's; root can stop, modify or copy any instance.",
    ),
    'data-classification': customer(
      'The customer decides what data lands on instances and their volumes and labels it; AWS does not inspect instance contents.',
    ),
    jurisdiction: customer(
      'Instances run only in the region and Availability Zone the customer picks; AMI and snapshot copies to other regions happen only on its request.',
    ),
    'encryption-at-rest': shared(
      "AWS hardware-encrypts NVMe instance store on Nitro instances automatically; encrypting attached EBS volumes is the customer's setting (see EBS).",
      {
        aws: 'Automatic hardware encryption of NVMe instance store volumes on Nitro instances',
        customer: 'Encryption of the EBS volumes attached to each instance (see EBS)',
      },
      { refs: ['ebs.at-rest.encryption-by-default', 'ebs.at-rest.volumes-encrypted'] },
    ),
    'client-side-encryption': customer(
      "Encrypting files or fields inside the guest before they reach disk (OS- or application-level) is the customer's choice and code.",
    ),
    'encryption-in-transit': shared(
      'Supported Nitro instance types encrypt instance-to-instance VPC traffic in hardware; every other path needs TLS the customer sets up in its software.',
      {
        aws: 'Automatic hardware encryption of traffic between supported Nitro instance types in the same or peered VPCs',
        customer: 'TLS (or another encrypted protocol) in its software for every other path',
      },
    ),
    'key-management': customer(
      'SSH key pairs, the keys that decrypt Windows administrator passwords and any keys guest software uses are kept and rotated by the customer.',
    ),
    'backup-recovery': customer(
      "AMIs, EBS snapshots or AWS Backup plans for instances are the customer's to schedule and test; instance store data is lost on stop.",
    ),
    'logging-monitoring': logging(
      'OS and application logs need an agent the customer installs (e.g. the CloudWatch agent); AWS supplies only hypervisor-level metrics and API history.',
      'An agent for OS and application logs (e.g. the CloudWatch agent), and review of what it collects',
    ),
    'secure-connectivity': customer(
      "How administrators reach instances (Session Manager, EC2 Instance Connect, a bastion or a VPN) is the customer's design and control.",
    ),
    'awareness-training': TRAINING,
  },
  tenancy: {
    shared: {
      note: 'Default tenancy: instances from any account may share a physical host; AWS isolates them with the Nitro Hypervisor.',
      responsibilities: {},
    },
    'dedicated-instance': {
      note: "Single-tenant hardware per account: no other customer's instances run on the host (the account's own non-dedicated instances may); AWS documents no security or physical difference from dedicated hosts.",
      responsibilities: {
        'tenant-isolation': shared(
          "AWS places dedicated instances only on hardware reserved for the one account, so no other customer shares the host; launching the instances that need it as dedicated, and keeping them so, is the customer's.",
          {
            aws: "Hardware reserved for the one account, which no other customer's instances use",
            customer:
              'Launching with dedicated tenancy the instances whose data needs single-tenant hardware',
          },
          { refs: ['ec2.isolation.tenancy-meets-classification'], citation: TENANCY_PAGE },
        ),
      },
    },
    'dedicated-host': {
      note: 'A whole physical server allocated to the customer: the same isolation as dedicated instances, plus host-level visibility (sockets, cores, host ID) and placement control that the customer must now manage.',
      responsibilities: {
        'tenant-isolation': shared(
          "AWS keeps other customers off the host; which of the customer's instances (and accounts it shares the host with via RAM) land on it is decided by its placement, affinity and host resource groups.",
          {
            aws: "A physical host that no other AWS customer's instances can use",
            customer:
              'Placement, host affinity and host resource groups, and which accounts may share the host through AWS RAM',
          },
          { refs: ['ec2.isolation.tenancy-meets-classification'], citation: TENANCY_PAGE },
        ),
        'hardware-virtualization': shared(
          'AWS still maintains the server and hypervisor, but the customer manages host capacity, host recovery and host maintenance settings and reacts when AWS schedules a host for retirement.',
          {
            aws: 'Maintenance of the physical server, its firmware and the Nitro hypervisor',
            customer:
              'Host capacity, host recovery and host maintenance settings, and moving instances off a host AWS schedules for retirement',
          },
        ),
        application: customer(
          "Besides running its software, the customer must prove bring-your-own-license compliance (per-socket, per-core, per-VM) against the host's visible sockets and cores.",
          {
            duties: [
              duty(
                'ec2.application.byol-compliance',
                "License compliance proven against the host's sockets and cores",
              ),
            ],
            refs: ['ec2.application.customer-part'],
          },
        ),
      },
    },
  },
};
