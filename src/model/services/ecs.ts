import { logging, root, TRAINING } from '../account.js';
import type { ServiceModel } from '../responsibility.js';
import { aws, customer, shared } from './cells.js';

/**
 * ECS splits by launch type (AWS's ECS shared responsibility page).
 *
 * ECS on EC2 is classed as infrastructure, not container: the ECS control plane is a regional,
 * version-less API, and every duty that matters for security (node OS, ECS agent, container
 * runtime, instance firewall) sits on the customer's own EC2 instances, exactly as with EC2.
 * AWS's "container" category means AWS runs the OS and platform, which is not true here.
 *
 * ECS on Fargate is abstracted: AWS runs the host, kernel, runtime and agent; the customer
 * brings images and task definitions.
 */
export const ecsEc2: ServiceModel = {
  id: 'ecs-ec2',
  name: 'Amazon ECS on EC2',
  category: 'infrastructure',
  reference: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities hosting container instances and the ECS control plane.'),
    'hardware-virtualization': aws(
      'AWS runs the hardware and hypervisor under container instances, as for any EC2 instance.',
    ),
    'tenant-isolation': shared(
      "AWS isolates the customer's container instances from other tenants; isolating tasks from each other on one instance (privileged mode, host networking, placement) is the customer's.",
      {
        aws: "Isolation of the customer's container instances (EC2) from other AWS customers",
        customer:
          'Isolation between tasks on one instance: no privileged mode or host networking for untrusted tasks, and placement constraints',
      },
    ),
    'guest-os-patching': customer(
      "Container instances are the customer's EC2 instances: it patches their OS, ECS agent and container runtime, usually by rolling to new ECS-optimized AMIs.",
    ),
    'network-firewall': customer(
      "Instance and task security groups (awsvpc mode), subnets and public IPs for container instances and services are the customer's.",
    ),
    application: customer(
      "Container images, task definitions (user, Linux capabilities, read-only root file system) and the code inside are the customer's.",
    ),
    'identity-access': customer(
      'The customer scopes ECS API access, the container instance role, task roles and the task execution role that pulls images and secrets.',
    ),
    'account-root': root(
      'Root can change any cluster, service or task definition; the customer secures root credentials and MFA.',
    ),
    'data-classification': customer(
      'The customer decides which data tasks handle and which services may share a cluster or an instance.',
    ),
    jurisdiction: customer(
      "Clusters, instances and tasks run in the region the customer deploys to; pulling images from other regions' registries is its choice.",
    ),
    'encryption-at-rest': customer(
      'The customer encrypts container instance EBS volumes and any Docker or EFS volumes attached to tasks.',
    ),
    'client-side-encryption': customer(
      "Application-level encryption inside containers running on its instances is the customer's code and configuration.",
    ),
    'encryption-in-transit': customer(
      'TLS between services, to load balancers and to data stores (or Service Connect TLS) is configured by the customer.',
    ),
    'key-management': shared(
      'KMS protects instance volumes and secrets injected from Secrets Manager or Parameter Store; the customer chooses the keys and who may decrypt them.',
      {
        aws: 'KMS, which protects instance volumes and secrets injected from Secrets Manager or Parameter Store',
        customer: 'The choice of those keys, and which task execution roles may decrypt them',
      },
    ),
    'backup-recovery': customer(
      "Task definitions, service configuration and persistent volumes are the customer's to keep as code and back up.",
    ),
    'logging-monitoring': logging(
      'Container logs need a log driver (awslogs, FireLens) and node logs an agent, both set up by the customer; Container Insights is opt-in.',
      'A log driver (awslogs, FireLens) for containers, an agent for node logs, and Container Insights',
    ),
    'secure-connectivity': customer(
      'Operator access to containers and instances (ECS Exec, Session Manager, bastions or VPN) is designed by the customer.',
    ),
    'awareness-training': TRAINING,
  },
};

export const ecsFargate: ServiceModel = {
  id: 'ecs-fargate',
  name: 'Amazon ECS on AWS Fargate',
  category: 'abstracted',
  reference: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html',
  referenceRead: '2026-12-05',
  responsibilities: {
    physical: aws('AWS secures the facilities hosting Fargate capacity.'),
    'hardware-virtualization': aws(
      'AWS runs the hosts and the virtualization that gives each task its own isolated environment.',
    ),
    'tenant-isolation': aws(
      'Each Fargate task runs in its own virtualized environment and shares no kernel, CPU, memory or network interface with other tasks.',
    ),
    'guest-os-patching': shared(
      'AWS patches the host OS, kernel, container runtime and Fargate agent (retiring tasks when needed); the customer patches its container images and base layers.',
      {
        aws: 'Patching of the host OS, kernel, container runtime and Fargate agent, retiring tasks when needed',
        customer: 'Patched container images and base layers, and redeployed tasks that pick them up',
      },
    ),
    'network-firewall': customer(
      "Each task gets its own network interface; security groups, subnets and public IP assignment for each service are the customer's.",
    ),
    application: customer(
      "Images, task definitions and the code inside containers are the customer's; Fargate runs only what it is given.",
    ),
    'identity-access': customer(
      'The customer scopes ECS API access, task roles and the execution role that pulls images and secrets and writes logs.',
    ),
    'account-root': root(
      "Root can redeploy any Fargate service; securing root credentials and MFA is the customer's.",
    ),
    'data-classification': customer(
      'The customer decides which data each Fargate task processes and keeps in ephemeral storage.',
    ),
    jurisdiction: customer(
      'Tasks run in the region and subnets the customer selects; Fargate does not move them elsewhere.',
    ),
    'encryption-at-rest': shared(
      'AWS encrypts task ephemeral storage by default with a Fargate-managed key; the customer may supply its own KMS key and encrypts any EFS volumes.',
      {
        aws: 'Encryption of task ephemeral storage with a Fargate-managed key by default',
        customer:
          'Its own KMS key for ephemeral storage where required, and encryption of any EFS volumes tasks mount',
      },
    ),
    'client-side-encryption': customer(
      "Encrypting data in the application before it is written or sent is the customer's code.",
    ),
    'encryption-in-transit': customer(
      'The customer configures TLS for traffic between Fargate tasks, load balancers and back ends.',
    ),
    'key-management': shared(
      'The customer chooses and governs the KMS keys for ephemeral storage and injected secrets; by default Fargate manages the storage key.',
      {
        aws: 'The Fargate-managed key for ephemeral storage, by default',
        customer:
          'Customer managed keys for ephemeral storage and injected secrets, and who may decrypt them',
      },
    ),
    'backup-recovery': customer(
      "Ephemeral storage vanishes when a task stops; durable data and deployable task definitions are the customer's to keep elsewhere.",
    ),
    'logging-monitoring': logging(
      'There is no host for the customer to watch; it must configure task log drivers, Container Insights and GuardDuty Runtime Monitoring.',
      'Task log drivers, Container Insights and GuardDuty Runtime Monitoring',
    ),
    'secure-connectivity': customer(
      'Operator access into running tasks goes through ECS Exec, which the customer enables and restricts; there is no SSH to the host.',
    ),
    'awareness-training': TRAINING,
  },
};
