import type { Inventory } from '../inventory/inventory.js';
import type { Resource, ResourceOf, ResourceType } from '../inventory/resources.js';
import type { DomainId } from '../model/domains.js';
import { domainOfDuty } from '../model/duties.js';
import type { ServiceId } from '../model/responsibility.js';
import type { FrameworkId, Severity, Status } from '../model/vocabulary.js';
import type { AccountFacts, KnownFact } from '../policy/context.js';
import type { Requirements } from '../policy/policy.js';

export interface Verdict {
  status: Status;
  reason: string;
  evidence?: Record<string, unknown>;
}

/** What a check may know beyond the resource: the inventory, the policy's bar for it, and the time. */
export interface CheckContext {
  readonly inventory: Inventory;
  readonly now: Date;
  /** The tag key that carries data classification, and its levels from least to most sensitive. */
  readonly classificationTagKey: string;
  readonly classificationLevels: readonly string[];
  /** Data classification level of a resource (its tag, or the policy default). */
  classificationOf(resource: Resource): string;
  /** The requirements the policy sets for a resource's classification. */
  requirementsFor(resource: Resource): Requirements;
  /** Allowed jurisdictions for a resource (countries, groups or regions); undefined = policy sets none. */
  allowedJurisdictionsFor(resource: Resource): readonly string[] | undefined;
  /**
   * An account-wide setting for a resource's account and region that the scanned input cannot show
   * (demarc.yaml `context`, a `--context` snapshot); undefined when not stated.
   */
  accountFact<K extends keyof AccountFacts>(
    key: K,
    resource: Resource,
  ): KnownFact<Exclude<AccountFacts[K], undefined>> | undefined;
}

/**
 * Whether an IaC format can decide a check: both ways, only pass or only fail (the other verdict
 * needs what the file cannot state), or never, with why.
 */
export type IacCoverage = 'both' | 'pass-only' | 'fail-only' | { readonly never: string };

/** Per IaC format; `terraform` covers plan JSON (and HCL, once a reader exists). */
export interface IacSupport {
  readonly cloudformation: IacCoverage;
  readonly terraform: IacCoverage;
}

/**
 * How to fix a failing resource: one sentence, and where the fix is a command or a property, the
 * snippet for the AWS CLI, a CloudFormation template and a Terraform configuration.
 */
export interface Remediation {
  readonly text: string;
  readonly cli?: string;
  readonly cloudformation?: string;
  readonly terraform?: string;
}

export interface CheckMeta<T extends ResourceType = ResourceType> {
  id: string;
  title: string;
  /** The service the check belongs to; 'cross-service' for checks over many services' resources. */
  service: ServiceId | 'cross-service';
  /** The model duty the check evidences (`s3.identity.block-public-access`); a test holds it to the model. */
  duty: string;
  /** The matrix column, which follows from the duty. */
  domain: DomainId;
  severity: Severity;
  resourceTypes: readonly T[];
  frameworks: Partial<Record<FrameworkId, readonly string[]>>;
  /** Which IaC formats can decide the check; examples.ts beside it holds the matching examples. */
  iac: IacSupport;
  remediation: Remediation;
  /**
   * Matrix rows this check evidences beyond the resource's own service: 'all' for account-wide
   * duties (root MFA, CloudTrail), or a list of services.
   */
  evidences?: 'all' | readonly ServiceId[];
}

interface Check<T extends ResourceType = ResourceType> extends CheckMeta<T> {
  /** Judge one resource. `null` = the check does not apply to this resource. */
  evaluate(resource: ResourceOf<T>, ctx: CheckContext): Verdict | null;
}

/** A check as written in its folder: the domain is not written, it follows from the duty. */
type CheckDefinition<T extends ResourceType> = Omit<Check<T>, 'domain'> & { domain?: DomainId };

export function defineCheck<T extends ResourceType>(check: CheckDefinition<T>): Check<T> {
  return { ...check, domain: domainOfDuty(check.duty) };
}

export const pass = (reason: string, evidence?: Record<string, unknown>): Verdict => ({
  status: 'pass',
  reason,
  ...(evidence && { evidence }),
});

export const fail = (reason: string, evidence?: Record<string, unknown>): Verdict => ({
  status: 'fail',
  reason,
  ...(evidence && { evidence }),
});

export const notAssessed = (reason: string): Verdict => ({ status: 'not_assessed', reason });

/** A check over any resource type, as the registry holds them. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds checks of every resource type
export type AnyCheck = Check<any>;
