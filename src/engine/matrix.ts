import type { CheckMeta } from '../checks/check.js';
import { ACCOUNT_ROW_DUTY_IDS } from '../model/account.js';
import { MODEL_DATE } from '../model/changelog.js';
import { type DomainId, domainTitle } from '../model/domains.js';
import type { Citation } from '../model/duties.js';
import type { Responsibility, ServiceId, Tenancy } from '../model/responsibility.js';
import { ACCOUNT_CELLS, cellDuties, SERVICE_DOMAINS, serviceModel } from '../model/services.js';
import { dutyOf } from '../policy/attestations.js';
import { ATTESTABLE_DUTIES, type Attestation } from '../policy/policy.js';
import type {
  AccountRow,
  CellDuty,
  CellEvidence,
  DutyCoverage,
  DutyEvidence,
  Finding,
  MatrixCell,
  MatrixRow,
  ResponsibilityMatrix,
} from './result.js';

export interface RowKey {
  service: ServiceId;
  /** EC2 only. */
  tenancy?: Tenancy;
}

function cellFor(service: ServiceId, tenancy: Tenancy | undefined, domain: DomainId): Responsibility {
  const model = serviceModel(service);
  const variant = tenancy ? model.tenancy?.[tenancy]?.responsibilities[domain] : undefined;
  return variant ?? model.responsibilities[domain];
}

type Counts = { pass: number; fail: number; not_assessed: number };

/** Findings counted per check and per "service|tenancy|account" of their resource, in one pass. */
function tallyFindings(findings: readonly Finding[]): Map<string, Map<string, Counts>> {
  const tally = new Map<string, Map<string, Counts>>();
  for (const f of findings) {
    let byRow = tally.get(f.checkId);
    if (!byRow) tally.set(f.checkId, (byRow = new Map()));
    const key = `${f.resource.service}|${f.resource.tenancy ?? ''}|${f.resource.account}`;
    let counts = byRow.get(key);
    if (!counts) byRow.set(key, (counts = { pass: 0, fail: 0, not_assessed: 0 }));
    counts[f.status]++;
  }
  return tally;
}

/** One duty's evidence: its findings decide; attestations only where no check has a finding. */
function dutyEvidence(counts: Counts, attestations: readonly Attestation[], now: Date): DutyEvidence {
  if (counts.fail > 0) return 'fail';
  if (counts.not_assessed > 0) return 'not_assessed';
  if (counts.pass > 0) return 'pass';
  if (attestations.length === 0) return 'no_evidence';
  const today = now.toISOString().slice(0, 10);
  return attestations.some((a) => a.expires >= today) ? 'attested' : 'expired';
}

/**
 * A cell is the worst of its duties, and never better than partial while one duty has no
 * evidence: one narrow passing check does not make the whole cell held.
 */
export function cellEvidence(duties: readonly DutyEvidence[]): Exclude<CellEvidence, 'aws'> {
  const has = (e: DutyEvidence) => duties.includes(e);
  if (has('fail')) return 'fail';
  if (has('not_assessed')) return 'not_assessed';
  if (has('expired')) return 'expired';
  if (duties.length === 0 || duties.every((e) => e === 'no_evidence')) return 'no_evidence';
  if (has('no_evidence')) return 'partial';
  return has('attested') ? 'attested' : 'pass';
}

function dutyCoverage(duties: readonly { evidence: DutyEvidence }[]): DutyCoverage {
  const coverage: DutyCoverage = {
    duties: duties.length,
    evidenced: 0,
    pass: 0,
    fail: 0,
    not_assessed: 0,
    attested: 0,
    expired: 0,
    no_evidence: 0,
  };
  for (const { evidence } of duties) {
    coverage[evidence]++;
    if (evidence !== 'no_evidence') coverage.evidenced++;
  }
  return coverage;
}

/**
 * Whether an attestation evidences one duty of a cell: the duty it names, if the cell holds it;
 * an attestation that names no duty speaks to its column's well-known duty where the cell holds
 * that one, and otherwise to every duty of the cell (the person attested the column as a whole).
 */
function attestationCovers(a: Attestation, dutyId: string, cellDutyIds: ReadonlySet<string>): boolean {
  const known = dutyOf(a);
  const claimed = known ? ATTESTABLE_DUTIES[known].duty : undefined;
  if (claimed !== undefined && cellDutyIds.has(claimed)) return claimed === dutyId;
  return a.duty === undefined;
}

/**
 * Whether a check's findings, tallied under `rowKey` ("service|tenancy|account" of their resource),
 * evidence a cell.
 */
type RowMatch = (rowKey: string, check: CheckMeta) => boolean;

interface CellInput {
  domain: DomainId;
  responsibility: Responsibility;
  /** Attestations of the cell's column that may speak to it. */
  attestations: readonly Attestation[];
  matches: RowMatch;
  /** A citation to show (left out where the row's security chapter decides the cell). */
  citation?: Citation;
}

/** One cell: each of its duties with the findings and attestations that evidence it, then the worst of them. */
function buildCell(
  input: CellInput,
  checks: readonly CheckMeta[],
  tally: Map<string, Map<string, Counts>>,
  now: Date,
): MatrixCell {
  const { domain, responsibility, matches, citation } = input;
  const { owner, reason, split } = responsibility;
  const own = owner === 'aws' ? [] : cellDuties(responsibility);
  const dutyIds = new Set(own.map((d) => d.id));
  const duties: CellDuty[] = own.map((duty) => {
    const dutyChecks = checks.filter((c) => c.duty === duty.id);
    const counts = { pass: 0, fail: 0, not_assessed: 0 };
    for (const check of dutyChecks) {
      for (const [key, c] of tally.get(check.id) ?? []) {
        if (!matches(key, check)) continue;
        counts.pass += c.pass;
        counts.fail += c.fail;
        counts.not_assessed += c.not_assessed;
      }
    }
    const dutyAttestations = input.attestations.filter((a) => attestationCovers(a, duty.id, dutyIds));
    const found = counts.pass + counts.fail + counts.not_assessed > 0;
    return {
      id: duty.id,
      title: duty.title,
      evidence: dutyEvidence(counts, dutyAttestations, now),
      ...(dutyChecks.length > 0 && { checks: dutyChecks.map((c) => c.id) }),
      ...(dutyAttestations.length > 0 && { attestations: dutyAttestations.map((a) => a.id) }),
      ...(found && { counts }),
    };
  });
  const counts = { pass: 0, fail: 0, not_assessed: 0 };
  for (const d of duties) {
    counts.pass += d.counts?.pass ?? 0;
    counts.fail += d.counts?.fail ?? 0;
    counts.not_assessed += d.counts?.not_assessed ?? 0;
  }
  const evidence: CellEvidence = owner === 'aws' ? 'aws' : cellEvidence(duties.map((d) => d.evidence));
  return {
    domain,
    owner,
    reason,
    ...(split && { split }),
    evidence,
    checks: [...new Set(duties.flatMap((d) => d.checks ?? []))],
    attestations: owner === 'aws' ? [] : input.attestations.map((a) => a.id),
    counts,
    ...(owner !== 'aws' && { duties, coverage: dutyCoverage(duties) }),
    ...(citation && { citation }),
  };
}

/** Whether an attestation speaks to a duty the account row holds (training, incident response, …). */
function speaksToAccountRow(a: Attestation): boolean {
  const known = dutyOf(a);
  return known !== undefined && ACCOUNT_ROW_DUTY_IDS.has(ATTESTABLE_DUTIES[known].duty);
}

/**
 * The account rows: the duties held once per account or organization (root credentials, the
 * trail, incident response, training, reviews), one row per account scanned, or one row for the
 * model alone when no account is known. A row counts the findings of its own account's resources.
 */
function accountRows(
  accounts: readonly string[],
  checks: readonly CheckMeta[],
  attestations: readonly Attestation[],
  now: Date,
  tally: Map<string, Map<string, Counts>>,
): AccountRow[] {
  const ids: (string | undefined)[] = accounts.length > 0 ? [...accounts] : [undefined];
  return ids.map((account) => ({
    ...(account !== undefined && { account }),
    name: account === undefined ? 'Account / organization' : `Account ${account}`,
    cells: ACCOUNT_CELLS.map(({ domain, cell }) =>
      buildCell(
        {
          domain,
          responsibility: cell,
          attestations: attestations.filter((a) => a.domain === domain && speaksToAccountRow(a)),
          // A resource whose account is unknown (a template) counts for every account row.
          matches: (key) => account === undefined || ['', account].includes(key.split('|')[2] ?? ''),
          ...(cell.citation && { citation: cell.citation }),
        },
        checks,
        tally,
        now,
      ),
    ),
  }));
}

/**
 * Builds the services × domains matrix and the account rows. Without findings it answers "where
 * is my line" (owners and which checks would evidence each cell); with findings each customer or
 * shared cell also says whether the customer holds it. `accounts` gives one account row each.
 */
export function buildMatrix(
  rows: readonly RowKey[],
  checks: readonly CheckMeta[],
  attestations: readonly Attestation[],
  now: Date,
  findings?: readonly Finding[],
  accounts: readonly string[] = [],
): ResponsibilityMatrix {
  const tally = tallyFindings(findings ?? []);

  const matrixRows: MatrixRow[] = rows.map(({ service, tenancy }) => {
    const model = serviceModel(service);
    const cells: MatrixCell[] = SERVICE_DOMAINS.map((domain) => {
      const responsibility = cellFor(service, tenancy, domain);
      // A cell decided by its own page names it; the rest are decided by the row's security chapter.
      const citation = responsibility.citation?.url === model.reference ? undefined : responsibility.citation;
      return buildCell(
        {
          domain,
          responsibility,
          attestations: attestations.filter(
            (a) =>
              a.domain === domain &&
              (a.services === undefined || a.services.includes(service)) &&
              !speaksToAccountRow(a),
          ),
          // Account-wide checks and checks that name this service evidence the row whatever the
          // resource's own service; the rest only for resources of this service (and tenancy).
          matches: (key, check) => {
            const [rowService, rowTenancy] = key.split('|');
            const declared = check.evidences === 'all' || (check.evidences?.includes(service) ?? false);
            return (
              declared ||
              (rowService === service &&
                (tenancy === undefined || rowTenancy === '' || rowTenancy === tenancy))
            );
          },
          ...(citation && { citation }),
        },
        checks,
        tally,
        now,
      );
    });
    const variant = tenancy ? model.tenancy?.[tenancy] : undefined;
    return {
      service,
      name: tenancy ? `${model.name} (${tenancy})` : model.name,
      category: model.category,
      ...(tenancy && { tenancy }),
      ...(variant && { tenancyNote: variant.note }),
      reference: model.reference,
      referenceRead: model.referenceRead,
      cells,
    };
  });
  return {
    modelDate: MODEL_DATE,
    domains: SERVICE_DOMAINS.map((id) => ({ id, title: domainTitle(id) })),
    rows: matrixRows,
    accounts: accountRows(accounts, checks, attestations, now, tally),
  };
}
