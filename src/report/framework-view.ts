import type { DutyEvidence, MatrixCell, ResponsibilityMatrix } from '../engine/result.js';
import { PERSON_ATTESTED_DUTIES } from '../model/account.js';
import { domainTitle } from '../model/domains.js';
import { type ComplianceFramework, complianceFramework } from '../model/frameworks/index.js';
import type { Owner } from '../model/responsibility.js';

/** Who holds a control for this estate: AWS alone (inherited), both, or the customer. */
type ControlResponsibility = Owner;

/**
 * A control's standing. `met` only when every duty in scope is evidenced by a pass or an
 * attestation; `not_evidenceable` when no check and no attestation could ever show it.
 */
export type ControlStatus =
  | 'met'
  | 'not_met'
  | 'not_assessed'
  | 'expired'
  | 'partial'
  | 'no_evidence'
  | 'not_evidenceable'
  | 'inherited'
  | 'not_in_scope';

interface ControlDuty {
  id: string;
  title: string;
  evidence: DutyEvidence;
  checks: string[];
  attestations: string[];
  /** Matrix rows that hold the duty (services, or accounts). */
  rows: string[];
}

export interface ControlView {
  id: string;
  title: string;
  responsibility: ControlResponsibility;
  /** FedRAMP's customer responsibility matrix wording: can the customer inherit the control? */
  inheritable: 'yes' | 'partial' | 'no';
  status: ControlStatus;
  /** What AWS holds of it: the titles of the domains AWS provides in this estate. */
  provided: string[];
  /** The customer's duties in scope, with their evidence. */
  duties: ControlDuty[];
  /** Duties of the control for services this estate does not use. */
  outOfScope: string[];
}

export interface FrameworkView {
  framework: { id: string; title: string; source: string; catalog?: string };
  modelDate?: string;
  controls: ControlView[];
  totals: Record<ControlResponsibility, number> & Partial<Record<ControlStatus, number>>;
}

const WORST_FIRST: DutyEvidence[] = ['fail', 'not_assessed', 'expired', 'no_evidence', 'attested', 'pass'];

interface DutySeen {
  title: string;
  evidence: DutyEvidence;
  checks: Set<string>;
  attestations: Set<string>;
  owners: Set<Owner>;
  rows: string[];
}

/** Every duty of the matrix (service and account rows) at its worst evidence, with where it sits. */
function dutiesOf(matrix: ResponsibilityMatrix): Map<string, DutySeen> {
  const seen = new Map<string, DutySeen>();
  const rows: { name: string; cells: MatrixCell[] }[] = [...matrix.rows, ...(matrix.accounts ?? [])];
  for (const row of rows) {
    for (const cell of row.cells) {
      for (const duty of cell.duties ?? []) {
        let entry = seen.get(duty.id);
        if (!entry) {
          entry = {
            title: duty.title,
            evidence: duty.evidence,
            checks: new Set(),
            attestations: new Set(),
            owners: new Set(),
            rows: [],
          };
          seen.set(duty.id, entry);
        }
        if (WORST_FIRST.indexOf(duty.evidence) < WORST_FIRST.indexOf(entry.evidence))
          entry.evidence = duty.evidence;
        for (const c of duty.checks ?? []) entry.checks.add(c);
        for (const a of duty.attestations ?? []) entry.attestations.add(a);
        entry.owners.add(cell.owner);
        entry.rows.push(row.name);
      }
    }
  }
  return seen;
}

/** Domains whose AWS side some row of the estate relies on (AWS or shared cells). */
function awsDomains(matrix: ResponsibilityMatrix): Set<string> {
  const held = new Set<string>();
  for (const row of matrix.rows)
    for (const cell of row.cells) if (cell.owner !== 'customer') held.add(cell.domain);
  for (const row of matrix.accounts ?? [])
    for (const cell of row.cells) if (cell.owner === 'shared') held.add(cell.domain);
  return held;
}

function statusOf(duties: readonly ControlDuty[]): ControlStatus {
  const evidence = duties.map((d) => d.evidence);
  if (evidence.includes('fail')) return 'not_met';
  if (evidence.includes('not_assessed')) return 'not_assessed';
  if (evidence.includes('expired')) return 'expired';
  if (evidence.every((e) => e === 'no_evidence')) return 'no_evidence';
  if (evidence.includes('no_evidence')) return 'partial';
  return 'met';
}

const INHERITABLE = { aws: 'yes', shared: 'partial', customer: 'no' } as const;

function controlView(
  control: ComplianceFramework['controls'][number],
  duties: Map<string, DutySeen>,
  awsHeld: Set<string>,
): ControlView {
  const inScope = control.duties.filter((id) => duties.has(id));
  const provided = (control.inherited ?? []).filter((d) => awsHeld.has(d)).map((d) => domainTitle(d));
  const controlDuties: ControlDuty[] = inScope.map((id) => {
    const d = duties.get(id) as DutySeen;
    return {
      id,
      title: d.title,
      evidence: d.evidence,
      checks: [...d.checks].sort(),
      attestations: [...d.attestations].sort(),
      rows: d.rows,
    };
  });
  const awsSide = provided.length > 0 || inScope.some((id) => duties.get(id)?.owners.has('shared'));
  const responsibility: ControlResponsibility =
    control.duties.length === 0 && provided.length > 0 ? 'aws' : awsSide ? 'shared' : 'customer';
  const evidenceable = controlDuties.some(
    (d) => d.checks.length > 0 || d.attestations.length > 0 || PERSON_ATTESTED_DUTIES.includes(d.id),
  );
  const status: ControlStatus =
    responsibility === 'aws'
      ? 'inherited'
      : control.duties.length === 0
        ? 'not_evidenceable'
        : inScope.length === 0
          ? 'not_in_scope'
          : !evidenceable
            ? 'not_evidenceable'
            : statusOf(controlDuties);
  return {
    id: control.id,
    title: control.title,
    responsibility,
    inheritable: INHERITABLE[responsibility],
    status,
    provided,
    duties: controlDuties,
    outOfScope: control.duties.filter((id) => !duties.has(id)),
  };
}

/**
 * One framework's controls judged from the matrix: who holds each (inherited from AWS, shared,
 * customer) and what demarc's evidence says of the customer's side. Controls no check and no
 * attestation can evidence are listed as such, never as met.
 */
export function controlsView(matrix: ResponsibilityMatrix, frameworkId: string): FrameworkView {
  const framework = complianceFramework(frameworkId);
  if (!framework) throw new Error(`no framework '${frameworkId}'`);
  const duties = dutiesOf(matrix);
  const awsHeld = awsDomains(matrix);
  const controls = framework.controls.map((c) => controlView(c, duties, awsHeld));
  const totals: FrameworkView['totals'] = { aws: 0, shared: 0, customer: 0 };
  for (const c of controls) {
    totals[c.responsibility]++;
    totals[c.status] = (totals[c.status] ?? 0) + 1;
  }
  const { id, title, source, catalog } = framework;
  return {
    framework: { id, title, source, ...(catalog && { catalog }) },
    ...(matrix.modelDate && { modelDate: matrix.modelDate }),
    controls,
    totals,
  };
}
