import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, shared } from './cells.js';

/**
 * WorkSpaces is a managed desktop ("container" category): AWS runs hosts, streaming and the
 * maintenance cycle; the desktop OS configuration, apps and users remain the customer's.
 */
export const workspaces: ServiceModel = {
  id: 'workspaces',
  name: 'Amazon WorkSpaces',
  category: 'container',
  reference: 'https://docs.aws.amazon.com/workspaces/latest/adminguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws(
      'AWS secures the facilities and hardware that host virtual desktops and streaming gateways.',
    ),
    'hardware-virtualization': aws(
      'AWS runs the hosts, hypervisor and streaming infrastructure behind each WorkSpace.',
    ),
    'tenant-isolation': aws(
      "Each WorkSpace is its own virtual machine, isolated by AWS from other customers' desktops.",
    ),
    'guest-os-patching': shared(
      'AWS installs WorkSpaces agent updates and lets OS updates run in maintenance windows; the customer controls the update source (Windows Update, WSUS, GPO), images and patch compliance.',
      {
        aws: 'WorkSpaces agent updates, and OS updates run in the maintenance window',
        customer: 'The update source (Windows Update, WSUS, GPO), custom images and patch compliance',
      },
    ),
    'network-firewall': shared(
      "AWS owns each WorkSpace's management interface; the customer sets security groups on the interface in its VPC and IP access control groups for clients.",
      {
        aws: 'The management network interface of each WorkSpace',
        customer:
          'Security groups on the WorkSpace interface in its VPC, and IP access control groups for clients',
      },
    ),
    application: customer(
      "Applications installed on desktops or baked into custom images are the customer's to license, configure and update.",
    ),
    'identity-access': customer(
      'The customer runs the directory (AWS Managed Microsoft AD, AD Connector or others), user assignment, MFA via RADIUS or SAML, and local admin rights.',
    ),
    'account-root': root(
      "Root can delete WorkSpaces and directories; securing root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides which data users may handle on desktops and controls clipboard, printing and file transfer redirection.',
    ),
    jurisdiction: customer(
      'Desktops and volumes stay in the region of the directory the customer registers, though users may connect from wherever the customer allows.',
    ),
    'encryption-at-rest': customer(
      'Root and user volume encryption with a KMS key must be selected when a WorkSpace is launched; otherwise volumes are unencrypted.',
    ),
    'client-side-encryption': customer(
      "File- or application-level encryption on the desktop is the customer's to deploy.",
    ),
    'encryption-in-transit': shared(
      "AWS encrypts the PCoIP/WSP streaming session between clients and gateways; traffic from the desktop to the customer's own systems is the customer's to protect.",
      {
        aws: 'Encryption of the PCoIP or WSP streaming session',
        customer: 'Protection of traffic from the desktop to its own systems',
      },
    ),
    'key-management': shared(
      'Volume encryption uses the aws/workspaces key or a customer managed KMS key; disabling or deleting that key makes the desktops unusable.',
      {
        aws: 'The AWS managed aws/workspaces key, by default',
        customer:
          'A customer managed KMS key for volumes, kept enabled (disabling it makes the desktops unusable)',
      },
      { refs: ['kms.keys.custody-meets-classification'] },
    ),
    'backup-recovery': shared(
      "AWS snapshots root and user volumes automatically for restore and rebuild; backing up user data beyond those snapshots is the customer's.",
      {
        aws: 'Automatic snapshots of root and user volumes for restore and rebuild',
        customer: 'Backups of user data beyond those snapshots',
      },
    ),
    'logging-monitoring': logging(
      "AWS reports connection events and health metrics; monitoring inside the desktop OS (endpoint protection, OS logs) is the customer's.",
      {
        aws: 'Connection events and health metrics',
        customer: 'Monitoring inside the desktop OS: endpoint protection and OS logs',
      },
    ),
    'secure-connectivity': shared(
      'AWS runs the streaming gateways users connect through; the customer restricts trusted devices and source IPs and links the directory VPC to on-premises.',
      {
        aws: 'The streaming gateways users connect through',
        customer: 'Trusted devices, allowed source IPs, and the link from the directory VPC to on-premises',
      },
    ),
    'awareness-training': TRAINING,
  },
};
