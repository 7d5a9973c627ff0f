import type { DomainId } from './domains.js';
import type { Citation, Duty } from './duties.js';

/** Who carries a duty. CSA CCM v4 vocabulary: CSP-owned = aws, CSC-owned = customer, shared. */
export type Owner = 'aws' | 'customer' | 'shared';

/** AWS's own service categories for the shared responsibility model. */
export type ServiceCategory = 'infrastructure' | 'container' | 'abstracted';

export interface Responsibility {
  owner: Owner;
  /** One line a user can quote to an auditor. */
  reason: string;
  /** Shared cells: the line drawn through the cell, each side in one line. */
  split?: SharedSplit;
  /** Customer and shared cells: the duties defined here, ids `<this service>.<this domain key>.<name>`. */
  duties?: readonly Duty[];
  /**
   * Duties defined in another cell of the same domain that this cell also needs: account-wide
   * duties (`account.root.mfa`) or another service's (EC2's volumes are EBS's `ebs.at-rest.…`).
   */
  refs?: readonly string[];
  /** The AWS page that decides this cell when it is not the service's security chapter. */
  citation?: Citation;
}

/** What each side holds in a shared cell. */
export interface SharedSplit {
  /** What AWS provides, operates or guarantees. */
  aws: string;
  /** What the customer must choose, configure or do for its part to hold. */
  customer: string;
}

export interface ServiceModel {
  id: ServiceId;
  name: string;
  category: ServiceCategory;
  /** Where the division of duties rests: AWS's per-service security chapter. */
  reference: string;
  /** When `reference` was last read against these cells (YYYY-MM-DD): the citation of every cell without its own. */
  referenceRead: string;
  /** Every domain in DOMAINS has a cell. */
  responsibilities: Record<DomainId, Responsibility>;
  /** EC2 only: what each tenancy changes, as cells that replace the shared-tenancy ones. */
  tenancy?: Partial<Record<Tenancy, TenancyVariant>>;
}

interface TenancyVariant {
  /** One line on what this tenancy means for isolation. */
  note: string;
  responsibilities: Partial<Record<DomainId, Responsibility>>;
}

export const SERVICE_IDS = [
  'ec2',
  'ebs',
  'vpc',
  's3',
  'iam',
  'kms',
  'cloudtrail',
  'rds',
  'aurora',
  'redshift',
  'workspaces',
  'dynamodb',
  'efs',
  'lambda',
  'ecs-ec2',
  'ecs-fargate',
  'eks',
  'ecr',
  'elb',
  'cloudfront',
  'ssm',
  'organizations',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];

export function isServiceId(value: string): value is ServiceId {
  return (SERVICE_IDS as readonly string[]).includes(value);
}

/** EC2 tenancy: shared hardware, dedicated instance, or dedicated host. */
export type Tenancy = 'shared' | 'dedicated-instance' | 'dedicated-host';
export const TENANCIES: readonly Tenancy[] = ['shared', 'dedicated-instance', 'dedicated-host'];
