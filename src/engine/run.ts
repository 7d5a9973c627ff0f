import type { AnyCheck, CheckContext, Verdict } from '../checks/check.js';
import type { CoverageGap, Inventory } from '../inventory/inventory.js';
import { type Resource, type ResourceType, serviceOf } from '../inventory/resources.js';
import type { ServiceId, Tenancy } from '../model/responsibility.js';
import { SERVICE_IDS } from '../model/responsibility.js';
import { MODEL_VERSION } from '../model/version.js';
import { SEVERITIES, type Severity, type Status } from '../model/vocabulary.js';
import { attestationOutcome } from '../policy/attestations.js';
import { applyExceptions } from '../policy/exceptions.js';
import type { Policy } from '../policy/policy.js';
import { createContext } from './context.js';
import { findingKey } from './finding-key.js';
import { describeGap, GapIndex, gapsBehind, reasonWithGaps } from './gap-reasons.js';
import { buildMatrix, type RowKey } from './matrix.js';
import {
  type CheckInfo,
  type Finding,
  type FindingResource,
  RESULT_SCHEMA_VERSION,
  type ScanResult,
  type ScanSourceKind,
  type ScanSummary,
} from './result.js';
import { SharedValues } from './shared-values.js';

const TENANCY_OF: Record<string, Tenancy> = {
  default: 'shared',
  dedicated: 'dedicated-instance',
  host: 'dedicated-host',
};

function tenancyOf(resource: Resource): Tenancy | undefined {
  return resource.type === 'Ec2Instance' && resource.tenancy ? TENANCY_OF[resource.tenancy] : undefined;
}

function findingResource(resource: Resource, classification: string): FindingResource {
  return {
    id: resource.id,
    type: resource.type,
    name: resource.name,
    account: resource.account,
    region: resource.region,
    source: resource.source,
    service: serviceOf(resource),
    tenancy: tenancyOf(resource),
    classification,
  };
}

function toFinding(
  check: AnyCheck,
  resource: FindingResource,
  verdict: Verdict,
  reason: string,
  evidence: Record<string, unknown> | undefined,
): Finding {
  // One literal with the same fields every time, so all findings share one hidden class. No
  // `suppressed` slot: few findings are suppressed, and an unused slot costs 8 bytes on millions.
  return {
    key: findingKey(check.id, resource),
    checkId: check.id,
    domain: check.domain,
    severity: check.severity,
    status: verdict.status,
    reason,
    evidence,
    resource,
  };
}

/** Marks findings whose resource carries an inline suppression for their check. */
function applyInlineSuppressions(findings: Finding[], inventory: Inventory): void {
  for (const f of findings) {
    const suppression = inventory.get(f.resource.id)?.suppressions?.find((s) => s.checkId === f.checkId);
    if (suppression) f.suppressed = { by: 'inline', reason: suppression.reason };
  }
}

function runOne(check: AnyCheck, resource: Resource, ctx: CheckContext, gaps: GapIndex): Verdict | null {
  let verdict: Verdict | null;
  try {
    verdict = check.evaluate(resource, ctx);
  } catch (error) {
    // A broken check must not sink the scan or pass silently.
    verdict = { status: 'not_assessed', reason: `check error: ${(error as Error).message}` };
  }
  if (verdict?.status === 'not_assessed') {
    const related = gaps.for(resource);
    if (related.length > 0) {
      verdict = {
        ...verdict,
        reason: reasonWithGaps(verdict.reason, gapsBehind(check, resource, ctx, related)),
      };
    }
  }
  return verdict;
}

/**
 * Runs every check over every resource of its types. Pure: same inputs, same findings. Resources
 * are the outer loop so each one's shared finding fields are built once, not once per check.
 */
export function evaluate(
  inventory: Inventory,
  policy: Policy,
  checks: readonly AnyCheck[],
  now: Date,
): Finding[] {
  const ctx = createContext(inventory, policy, now);
  const gaps = new GapIndex(inventory.gaps);
  const checksByType = new Map<ResourceType, AnyCheck[]>();
  for (const check of checks) {
    for (const type of check.resourceTypes as readonly ResourceType[]) {
      const list = checksByType.get(type) ?? [];
      list.push(check);
      checksByType.set(type, list);
    }
  }
  // Sized once for every verdict there can be, then cut to those given: a growing array of
  // millions leaves each smaller copy behind as garbage until the next full collection.
  let most = 0;
  for (const [type, typeChecks] of checksByType) most += inventory.ofType(type).length * typeChecks.length;
  const findings: Finding[] = most > 0 ? new Array(most) : [];
  let count = 0;
  const values = new SharedValues();
  for (const [type, typeChecks] of checksByType) {
    for (const resource of inventory.ofType(type)) {
      let shared: FindingResource | undefined;
      for (const check of typeChecks) {
        const verdict = runOne(check, resource, ctx, gaps);
        if (!verdict) continue;
        shared ??= findingResource(resource, ctx.classificationOf(resource));
        const reason = values.reason(check.id, verdict.reason);
        findings[count++] = toFinding(
          check,
          shared,
          verdict,
          reason,
          values.evidenceOf(check.id, verdict.evidence),
        );
      }
    }
  }
  findings.length = count;
  for (const check of checks) findings.push(...listingGapFindings(check, inventory.gaps));
  if (inventory.resources.some((r) => r.suppressions)) applyInlineSuppressions(findings, inventory);
  return findings;
}

/**
 * A listing that failed leaves no resources to judge; without this, the check would simply have
 * nothing to say, and the cell could look clean. Each such gap becomes a not-assessed finding.
 */
function listingGapFindings(check: AnyCheck, gaps: readonly CoverageGap[]): Finding[] {
  const out: Finding[] = [];
  for (const gap of gaps) {
    if (gap.resourceId || gap.detail) continue;
    const types = gap.resourceTypes.filter((t) => (check.resourceTypes as readonly string[]).includes(t));
    if (types.length === 0) continue;
    const type = types[0] as ResourceType;
    const service = (SERVICE_IDS as readonly string[]).includes(gap.service)
      ? (gap.service as ServiceId)
      : undefined;
    const resource: FindingResource = {
      id: `unlisted:${gap.account}:${gap.service}:${gap.region}:${type}`,
      type,
      name: `(all ${types.join(', ')} in ${gap.region})`,
      account: gap.account,
      region: gap.region,
      source: { kind: 'aws' },
      service: service ?? (check.service === 'cross-service' ? 'iam' : check.service),
      classification: 'unknown',
    };
    out.push({
      key: findingKey(check.id, resource),
      checkId: check.id,
      domain: check.domain,
      severity: check.severity,
      status: 'not_assessed',
      reason: `could not list ${types.join(', ')}: ${describeGap(gap)}`,
      resource,
    });
  }
  return out;
}

function checkInfo(check: AnyCheck): CheckInfo {
  const { id, title, service, duty, domain, severity, resourceTypes, frameworks, remediation, evidences } =
    check;
  return {
    id,
    title,
    service,
    duty,
    domain,
    severity,
    resourceTypes,
    frameworks,
    remediation,
    ...(evidences && { evidences }),
  };
}

/** The matrix rows for the services an inventory uses (EC2 split by tenancy). */
export function rowsOf(inventory: Inventory): RowKey[] {
  const services = new Set<ServiceId>();
  const tenancies = new Set<Tenancy>();
  for (const resource of inventory.resources) {
    services.add(serviceOf(resource));
    const tenancy = tenancyOf(resource);
    if (tenancy) tenancies.add(tenancy);
  }
  const rows: RowKey[] = [];
  for (const service of SERVICE_IDS) {
    if (!services.has(service)) continue;
    if (service === 'ec2' && tenancies.size > 0) {
      for (const tenancy of ['shared', 'dedicated-instance', 'dedicated-host'] as const) {
        if (tenancies.has(tenancy)) rows.push({ service, tenancy });
      }
    } else {
      rows.push({ service });
    }
  }
  return rows;
}

function summarize(resources: number, findings: readonly Finding[]): ScanSummary {
  const byStatus: Record<Status, number> = { pass: 0, fail: 0, not_assessed: 0 };
  const failedBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let suppressed = 0;
  for (const f of findings) {
    byStatus[f.status]++;
    if (f.suppressed) suppressed++;
    else if (f.status === 'fail') failedBySeverity[f.severity]++;
  }
  return { resources, findings: findings.length, byStatus, suppressed, failedBySeverity };
}

interface ScanInput {
  inventory: Inventory;
  policy: Policy;
  checks: readonly AnyCheck[];
  source: { kind: ScanSourceKind; inputs: string[] };
  version: string;
  startedAt: Date;
  finishedAt: Date;
  /** The moment the estate is judged at: collection time for a snapshot, the clock for a live scan. */
  now: Date;
}

/** One scan: findings, the responsibility matrix with its evidence, and coverage. */
export function scan(input: ScanInput): ScanResult {
  const { inventory, policy, checks, now } = input;
  const findings = evaluate(inventory, policy, checks, now);
  const exceptions = applyExceptions(findings, policy, now, (id) => {
    const r = inventory.get(id);
    return r && !r.tagsUnknown ? r.tags : undefined;
  });
  const accounts = new Set<string>();
  const regions = new Set<string>();
  for (const r of inventory.resources) {
    if (r.account) accounts.add(r.account);
    if (r.region && r.region !== 'global') regions.add(r.region);
  }
  const matrix = buildMatrix(
    rowsOf(inventory),
    checks,
    policy.attestations,
    now,
    findings,
    [...accounts].sort(),
  );
  return {
    meta: {
      tool: 'demarc',
      version: input.version,
      schemaVersion: RESULT_SCHEMA_VERSION,
      modelVersion: MODEL_VERSION,
      source: input.source,
      accounts: [...accounts].sort(),
      regions: [...regions].sort(),
      startedAt: input.startedAt.toISOString(),
      finishedAt: input.finishedAt.toISOString(),
      policy: policy.origin,
    },
    coverage: { complete: inventory.gaps.length === 0, gaps: [...inventory.gaps] },
    summary: summarize(inventory.resources.length, findings),
    checks: Object.fromEntries(checks.map((c) => [c.id, checkInfo(c)])),
    matrix,
    findings,
    policy: { exceptions, ...attestationOutcome(policy, now) },
  };
}
