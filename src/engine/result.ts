import type { Remediation } from '../checks/check.js';
import type { SourceRef } from '../inventory/base.js';
import type { CoverageGap } from '../inventory/inventory.js';
import type { ResourceType } from '../inventory/resources.js';
import type { DomainId } from '../model/domains.js';
import type { Owner, ServiceCategory, ServiceId, SharedSplit, Tenancy } from '../model/responsibility.js';
import type { FrameworkId, Severity, Status } from '../model/vocabulary.js';
import type { AttestationReport, DutyReport } from '../policy/attestations.js';
import type { ExceptionOutcome } from '../policy/exceptions.js';

/** Version of the ScanResult's shape, bumped when a field changes meaning or a required one is added. */
export const RESULT_SCHEMA_VERSION = 2;

/** What a scan read: one source kind, or 'iac' for templates and plans together. */
export type ScanSourceKind = SourceRef['kind'] | 'iac';

export interface FindingResource {
  id: string;
  type: ResourceType;
  name: string;
  account: string;
  region: string;
  source: SourceRef;
  /** Matrix row the resource belongs to. */
  service: ServiceId;
  /** EC2 instances: the tenancy row of the matrix. */
  tenancy?: Tenancy;
  /** Data classification the resource was judged at. */
  classification: string;
}

/** One verdict of one check on one resource. The check's own metadata is in ScanResult.checks. */
export interface Finding {
  /** Stable identity of this check on this resource in this account and region (see finding-key.ts). */
  key: string;
  checkId: string;
  domain: DomainId;
  severity: Severity;
  status: Status;
  reason: string;
  evidence?: Record<string, unknown>;
  /** Shared by all findings on the same resource. */
  resource: FindingResource;
  /** An accepted risk that covers this finding: it stays in the output, marked, and no longer fails a run. */
  suppressed?: Suppression;
}

interface Suppression {
  /** Where the acceptance is written. */
  by: 'inline' | 'exception';
  reason: string;
  /** Exceptions from the policy file: their id, owner and expiry. */
  exceptionId?: string;
  owner?: string;
  expires?: string;
}

/** A check's metadata, once per scan rather than once per finding. */
export interface CheckInfo {
  id: string;
  title: string;
  service: string;
  /** The model duty the check evidences (absent in results made before duties existed). */
  duty?: string;
  domain: DomainId;
  severity: Severity;
  resourceTypes: readonly ResourceType[];
  frameworks: Partial<Record<FrameworkId, readonly string[]>>;
  /** A sentence, plus CLI, CloudFormation and Terraform snippets where the fix is one. */
  remediation: Remediation;
  /** Matrix rows the check evidences beyond its resources' own services ('all' = account-wide). */
  evidences?: 'all' | readonly ServiceId[];
}

/**
 * What backs one customer or shared cell of the matrix: the worst of its duties. `partial` = some
 * duties are evidenced (pass or attested) and others have no evidence at all, so the cell is not held
 * as far as demarc can tell.
 */
export type CellEvidence =
  | 'pass'
  | 'fail'
  | 'not_assessed'
  | 'attested'
  | 'expired'
  | 'partial'
  | 'no_evidence'
  | 'aws';

/** What backs one duty of a cell. */
export type DutyEvidence = 'pass' | 'fail' | 'not_assessed' | 'attested' | 'expired' | 'no_evidence';

/** One duty of a cell; lists and counts are left out when empty, to keep a large matrix small. */
export interface CellDuty {
  id: string;
  title: string;
  evidence: DutyEvidence;
  /** Checks that claim the duty, and attestations that speak to it. */
  checks?: string[];
  attestations?: string[];
  /** Findings of those checks on this row; absent when there are none. */
  counts?: { pass: number; fail: number; not_assessed: number };
}

/** How many of a cell's duties are evidenced, and how: "3 of 5 duties evidenced: 2 pass, 1 fail; 2 no evidence". */
export type DutyCoverage = Record<DutyEvidence, number> & { duties: number; evidenced: number };

export interface MatrixCell {
  domain: DomainId;
  owner: Owner;
  reason: string;
  /** Shared cells: what AWS provides and what the customer must configure (evidenced by `checks` and `attestations`). */
  split?: SharedSplit;
  evidence: CellEvidence;
  /** Checks that evidence the customer's part of this cell. */
  checks: string[];
  /** Attestations (by id) that evidence it. */
  attestations: string[];
  counts: { pass: number; fail: number; not_assessed: number };
  /** Customer and shared cells: each duty and its evidence (absent for AWS's cells). */
  duties?: CellDuty[];
  coverage?: DutyCoverage;
  /** The AWS page that decides the cell, and when it was read, where it is not the row's `reference`. */
  citation?: { url: string; read: string };
}

export interface MatrixRow {
  service: ServiceId;
  name: string;
  category: ServiceCategory;
  tenancy?: Tenancy;
  tenancyNote?: string;
  reference: string;
  /** When `reference` was read: with it, the citation of every cell that names no page of its own. */
  referenceRead?: string;
  cells: MatrixCell[];
}

/**
 * Duties held once per account or organization (root credentials, the trail, incident response,
 * training, reviews): one row per account, instead of a copy on every service row.
 */
export interface AccountRow {
  /** The AWS account id; absent where no account is known (`demarc matrix`, a template). */
  account?: string;
  name: string;
  /** Only the domains that have account duties, in domain order. */
  cells: MatrixCell[];
}

export interface ResponsibilityMatrix {
  /** The date of the responsibility model the cells come from (absent in results made before it existed). */
  modelDate?: string;
  /** The columns of the service rows: every domain but the account's own (root credentials, training). */
  domains: { id: DomainId; title: string }[];
  rows: MatrixRow[];
  /** The account rows (absent in results made before they existed, where service rows held account duties). */
  accounts?: AccountRow[];
}

export interface ScanSummary {
  resources: number;
  findings: number;
  byStatus: Record<Status, number>;
  /** Findings (of any status) covered by an accepted risk. */
  suppressed: number;
  /** Failed, unsuppressed findings by severity. */
  failedBySeverity: Record<Severity, number>;
}

export interface ScanResult {
  meta: {
    tool: 'demarc';
    version: string;
    /** Version of this result's shape (RESULT_SCHEMA_VERSION). */
    schemaVersion: number;
    /** Version (date) of the responsibility model the scan judged by. */
    modelVersion: string;
    source: { kind: ScanSourceKind; inputs: string[] };
    accounts: string[];
    regions: string[];
    startedAt: string;
    finishedAt: string;
    policy: string;
  };
  coverage: { complete: boolean; gaps: CoverageGap[] };
  summary: ScanSummary;
  /** Metadata of every check that ran, by id. */
  checks: Record<string, CheckInfo>;
  matrix: ResponsibilityMatrix;
  findings: Finding[];
  /** What the policy file accepted and attested, on the day judged (absent in results made before it existed). */
  policy?: PolicyReport;
}

/** The policy's accepted risks and attestations as this scan found them. */
export interface PolicyReport {
  exceptions: ExceptionOutcome;
  attestations: AttestationReport[];
  /** Duties no API can show (training, incident response, …): attested, expired or missing. */
  duties: DutyReport[];
}
