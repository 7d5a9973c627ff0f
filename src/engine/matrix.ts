import type { CheckMeta } from '../checks/check.js';
import { servicesOfType } from '../inventory/resources.js';
import { DOMAINS, type DomainId } from '../model/domains.js';
import type { Responsibility, ServiceId, Tenancy } from '../model/responsibility.js';
import { serviceModel } from '../model/services.js';
import type { Attestation } from '../policy/policy.js';
import type { CellEvidence, Finding, MatrixCell, MatrixRow, ResponsibilityMatrix } from './result.js';

export interface RowKey {
  service: ServiceId;
  /** EC2 only. */
  tenancy?: Tenancy;
}

/** The matrix rows a check can evidence: its resources' services, plus what it declares. */
export function servicesEvidencedBy(check: CheckMeta): 'all' | ReadonlySet<ServiceId> {
  if (check.evidences === 'all') return 'all';
  const services = new Set<ServiceId>(check.resourceTypes.flatMap(servicesOfType));
  if (check.service !== 'cross-service') services.add(check.service);
  for (const s of check.evidences ?? []) services.add(s);
  return services;
}

function cellFor(service: ServiceId, tenancy: Tenancy | undefined, domain: DomainId): Responsibility {
  const model = serviceModel(service);
  const variant = tenancy ? model.tenancy?.[tenancy]?.responsibilities[domain] : undefined;
  return variant ?? model.responsibilities[domain];
}

function attestationState(attestations: readonly Attestation[], now: Date): CellEvidence | undefined {
  if (attestations.length === 0) return undefined;
  const today = now.toISOString().slice(0, 10);
  return attestations.some((a) => a.expires >= today) ? 'attested' : 'expired';
}

type Counts = { pass: number; fail: number; not_assessed: number };

/** Findings counted per check and per "service|tenancy" of their resource, in one pass. */
function tallyFindings(findings: readonly Finding[]): Map<string, Map<string, Counts>> {
  const tally = new Map<string, Map<string, Counts>>();
  for (const f of findings) {
    let byRow = tally.get(f.checkId);
    if (!byRow) tally.set(f.checkId, (byRow = new Map()));
    const key = `${f.resource.service}|${f.resource.tenancy ?? ''}`;
    let counts = byRow.get(key);
    if (!counts) byRow.set(key, (counts = { pass: 0, fail: 0, not_assessed: 0 }));
    counts[f.status]++;
  }
  return tally;
}

/**
 * Builds the services × domains matrix. Without findings it answers "where is my line" (owners and
 * which checks would evidence each cell); with findings each customer or shared cell also says
 * whether the customer holds it.
 */
export function buildMatrix(
  rows: readonly RowKey[],
  checks: readonly CheckMeta[],
  attestations: readonly Attestation[],
  now: Date,
  findings?: readonly Finding[],
): ResponsibilityMatrix {
  const evidenced = checks.map((check) => ({ check, services: servicesEvidencedBy(check) }));
  const tally = tallyFindings(findings ?? []);

  const matrixRows: MatrixRow[] = rows.map(({ service, tenancy }) => {
    const model = serviceModel(service);
    const cells: MatrixCell[] = DOMAINS.map(({ id: domain }) => {
      const { owner, reason, split } = cellFor(service, tenancy, domain);
      const cellChecks = evidenced
        .filter(
          ({ check, services }) => check.domain === domain && (services === 'all' || services.has(service)),
        )
        .map(({ check }) => check);
      const cellAttestations = attestations.filter(
        (a) => a.domain === domain && (a.services === undefined || a.services.includes(service)),
      );
      const counts = { pass: 0, fail: 0, not_assessed: 0 };
      for (const check of cellChecks) {
        for (const [key, c] of tally.get(check.id) ?? []) {
          const [rowService, rowTenancy] = key.split('|');
          // Account-wide checks and checks that name this service evidence the row whatever the
          // resource's own service; the rest only for resources of this service (and tenancy).
          const declared = check.evidences === 'all' || (check.evidences?.includes(service) ?? false);
          const own =
            rowService === service && (tenancy === undefined || rowTenancy === '' || rowTenancy === tenancy);
          if (declared || own) {
            counts.pass += c.pass;
            counts.fail += c.fail;
            counts.not_assessed += c.not_assessed;
          }
        }
      }
      const evidence: CellEvidence =
        owner === 'aws'
          ? 'aws'
          : counts.fail > 0
            ? 'fail'
            : counts.not_assessed > 0
              ? 'not_assessed'
              : counts.pass > 0
                ? 'pass'
                : (attestationState(cellAttestations, now) ?? 'no_evidence');
      return {
        domain,
        owner,
        reason,
        ...(split && { split }),
        evidence,
        checks: owner === 'aws' ? [] : cellChecks.map((c) => c.id),
        attestations: owner === 'aws' ? [] : cellAttestations.map((a) => a.id),
        counts,
      };
    });
    const variant = tenancy ? model.tenancy?.[tenancy] : undefined;
    return {
      service,
      name: tenancy ? `${model.name} (${tenancy})` : model.name,
      category: model.category,
      ...(tenancy && { tenancy }),
      ...(variant && { tenancyNote: variant.note }),
      reference: model.reference,
      cells,
    };
  });
  return { domains: DOMAINS.map(({ id, title }) => ({ id, title })), rows: matrixRows };
}
