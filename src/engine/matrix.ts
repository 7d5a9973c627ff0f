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
  const byCheck = new Map<string, Finding[]>();
  for (const f of findings ?? []) {
    let list = byCheck.get(f.checkId);
    if (!list) byCheck.set(f.checkId, (list = []));
    list.push(f);
  }

  const matrixRows: MatrixRow[] = rows.map(({ service, tenancy }) => {
    const model = serviceModel(service);
    const cells: MatrixCell[] = DOMAINS.map(({ id: domain }) => {
      const { owner, reason } = cellFor(service, tenancy, domain);
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
        for (const f of byCheck.get(check.id) ?? []) {
          const rowMatches =
            check.evidences === 'all' ||
            (f.resource.service === service &&
              (tenancy === undefined || f.resource.tenancy === undefined || f.resource.tenancy === tenancy));
          if (rowMatches) counts[f.status]++;
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
