import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, shared } from './cells.js';

/**
 * EKS is classed as container: AWS runs a dedicated, versioned Kubernetes control plane (API
 * servers, etcd) per cluster, a managed platform the customer upgrades like an RDS engine. The
 * data plane is modelled for managed node groups: AWS publishes patched AMIs, the customer rolls
 * them out (self-managed nodes are wholly the customer's; Fargate and Auto Mode move more to AWS).
 */
export const eks: ServiceModel = {
  id: 'eks',
  name: 'Amazon EKS',
  category: 'container',
  reference: 'https://docs.aws.amazon.com/eks/latest/userguide/security.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities that host EKS control planes and worker node hardware.'),
    'hardware-virtualization': aws(
      'AWS runs the control plane hosts and the hardware and hypervisor beneath worker nodes.',
    ),
    'tenant-isolation': shared(
      "AWS gives each cluster its own control plane isolated from other customers; isolating workloads inside the cluster (namespaces, pod security, network policies) is the customer's.",
      {
        aws: 'A dedicated control plane per cluster, isolated from other customers',
        customer:
          'Workload isolation within the cluster: namespaces, Pod Security Standards, network policies, separate node groups',
      },
    ),
    'guest-os-patching': shared(
      'AWS patches the control plane and publishes patched EKS AMIs; the customer upgrades the Kubernetes version and rolls managed node groups (or patches self-managed nodes).',
      {
        aws: 'Patching of the control plane, and patched EKS-optimized AMIs',
        customer:
          'Kubernetes version upgrades, managed node groups rolled onto new AMIs, and patching of self-managed nodes',
      },
    ),
    'network-firewall': customer(
      "Cluster and node security groups, public or private API endpoint access and Kubernetes network policies are the customer's.",
    ),
    application: customer(
      "Pods, deployments, Helm charts, add-on versions and admission controls are the customer's to configure and keep current.",
    ),
    'identity-access': customer(
      'The customer maps IAM to Kubernetes (access entries), writes RBAC and scopes pod permissions with IRSA or EKS Pod Identity.',
    ),
    'account-root': root(
      "Root can delete clusters or change access entries; securing root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides which data workloads handle and what goes into Secrets, ConfigMaps and persistent volumes.',
    ),
    jurisdiction: customer(
      'Clusters and nodes stay in the region the customer chose; images and volumes come from locations it configures.',
    ),
    'encryption-at-rest': shared(
      "AWS encrypts etcd volumes and, from Kubernetes 1.28, envelope-encrypts all Kubernetes API data by default; node and persistent volumes are the customer's to encrypt.",
      {
        aws: 'Encryption of etcd volumes and, from Kubernetes 1.28, envelope encryption of all Kubernetes API data',
        customer:
          'Encryption of node volumes and persistent volumes (EBS, EFS) through their storage classes',
      },
    ),
    'client-side-encryption': customer(
      "Encrypting data inside pods, or keeping it in an external secret store, before it reaches cluster storage is the customer's choice.",
    ),
    'encryption-in-transit': shared(
      "AWS secures control plane traffic with TLS; encrypting pod-to-pod and ingress traffic (service mesh, TLS at ingress) is the customer's.",
      {
        aws: 'TLS on the Kubernetes API endpoint and control plane traffic',
        customer: 'TLS for ingress and pod-to-pod traffic (service mesh or application TLS)',
      },
    ),
    'key-management': shared(
      'API data is envelope-encrypted under an AWS owned key by default; a customer managed KMS key is optional and then the customer owns its policy and rotation.',
      {
        aws: 'The AWS owned key that envelope-encrypts API data by default',
        customer:
          'An optional customer managed KMS key for envelope encryption, with its policy and rotation',
      },
    ),
    'backup-recovery': shared(
      'AWS keeps the control plane and etcd available across Availability Zones, but restoring workloads and persistent volumes needs backups the customer takes.',
      {
        aws: 'Control plane and etcd kept available across Availability Zones',
        customer: 'Backups of workloads, manifests and persistent volumes, and restore tests',
      },
    ),
    'logging-monitoring': logging(
      'Control plane logs (API server, audit, authenticator) are off until the customer enables them; node and pod logging needs customer agents.',
      'Control plane logs (API server, audit, authenticator), and agents for node and pod logs',
    ),
    'secure-connectivity': customer(
      'Reaching a private API endpoint or nodes from operator networks (VPN, Direct Connect, bastion) is designed by the customer.',
    ),
    'awareness-training': TRAINING,
  },
};
