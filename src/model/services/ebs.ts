import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, duty, shared } from './cells.js';

/** EBS is raw block storage for EC2: AWS runs the storage fleet, the customer decides encryption and snapshots. */
export const ebs: ServiceModel = {
  id: 'ebs',
  name: 'Amazon EBS',
  category: 'infrastructure',
  reference: 'https://docs.aws.amazon.com/ebs/latest/userguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws(
      'AWS secures the facilities and storage servers behind EBS volumes and sanitizes failed media before it leaves.',
    ),
    'hardware-virtualization': aws(
      'AWS operates the EBS storage fleet and the Nitro storage path that attaches volumes to instances.',
    ),
    'tenant-isolation': aws(
      "AWS keeps each volume's blocks apart from other tenants and hands out new volumes as wiped, unformatted devices.",
    ),
    'guest-os-patching': aws(
      'A volume has no OS of its own: AWS maintains the storage servers, and an OS stored on a root volume is patched under EC2.',
    ),
    'network-firewall': aws(
      "Volumes are reachable only through the attached instance's storage path, never from the network, so there is no firewall to set.",
    ),
    application: aws('EBS runs no customer software; AWS maintains the block-storage service itself.'),
    'identity-access': customer(
      'The customer controls who may create, attach, snapshot and share volumes through IAM, and must keep snapshots from being shared publicly.',
      {
        duties: [
          duty('ebs.identity.snapshots-not-public', 'Snapshots not shared publicly'),
          duty('ebs.identity.least-privilege', 'Least-privilege EBS API permissions'),
        ],
      },
    ),
    'account-root': root(
      "The root user can delete or share any volume and snapshot; securing its credentials and MFA is the customer's duty.",
    ),
    'data-classification': customer(
      'The customer decides what is written to each volume and snapshot and tags them by sensitivity.',
    ),
    jurisdiction: customer(
      'A volume lives in the Availability Zone the customer picks; snapshot copies to another region happen only when the customer starts them.',
    ),
    'encryption-at-rest': customer(
      'Volumes and snapshots stay unencrypted unless the customer turns on EBS encryption by default for the region or per volume; AWS then does the crypto.',
      {
        duties: [
          duty('ebs.at-rest.encryption-by-default', 'EBS encryption by default in every region'),
          duty('ebs.at-rest.volumes-encrypted', 'Every volume encrypted'),
        ],
      },
    ),
    'client-side-encryption': customer(
      "Full-disk or file-system encryption inside the guest (LUKS, BitLocker) on top of EBS is the customer's to deploy and key.",
    ),
    'encryption-in-transit': shared(
      "An encrypted volume also protects data moving between the host and EBS; whether a volume is encrypted is the customer's choice.",
      {
        aws: 'Encryption of data between the instance host and the volume whenever the volume is encrypted',
        customer: 'Encrypted volumes (or EBS encryption by default turned on in each region)',
      },
    ),
    'key-management': shared(
      'EBS gets a data key per volume from KMS; the customer chooses the aws/ebs key or a customer managed key and governs its policy and rotation.',
      {
        aws: 'A unique data key per volume from KMS, and the AWS managed aws/ebs key',
        customer: 'A customer managed key where required, with its key policy, grants and rotation',
      },
      { refs: ['kms.keys.custody-meets-classification'] },
    ),
    'backup-recovery': shared(
      'AWS replicates each volume within its Availability Zone; surviving AZ loss, deletion or ransomware needs snapshots the customer schedules and copies.',
      {
        aws: 'Replication of each volume within its Availability Zone',
        customer:
          'Scheduled snapshots (Data Lifecycle Manager or AWS Backup), copies to other regions or accounts, and restore tests',
      },
    ),
    'logging-monitoring': logging(
      "AWS publishes volume status checks and CloudWatch metrics and records EBS API calls; watching them and alerting is the customer's.",
      {
        aws: 'Volume status checks, CloudWatch metrics and CloudTrail records of EBS API calls',
        customer:
          'Alarms on those metrics and events, and review of who snapshots, shares or detaches volumes',
      },
    ),
    'secure-connectivity': aws(
      "There is no customer network path to a volume; attachment runs over AWS's internal storage network.",
    ),
    'awareness-training': TRAINING,
  },
};
