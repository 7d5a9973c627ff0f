import type { DomainId } from '../model/domains.js';
import {
  ATTESTABLE_DUTIES,
  ATTESTABLE_DUTY_IDS,
  type AttestableDuty,
  type Attestation,
  type Policy,
} from './policy.js';

type AttestationState = 'attested' | 'expired';

/** An attestation as a report shows it, with its state on the day judged. */
export interface AttestationReport extends Attestation {
  state: AttestationState;
}

/**
 * The duty an attestation speaks to: the one it names, else the duty whose column it evidences
 * (an awareness-training attestation is the training duty). Undefined for other columns.
 */
export function dutyOf(attestation: Pick<Attestation, 'duty' | 'domain'>): AttestableDuty | undefined {
  return (
    attestation.duty ?? ATTESTABLE_DUTY_IDS.find((d) => ATTESTABLE_DUTIES[d].domain === attestation.domain)
  );
}

/** A duty no API can show, and whether someone has attested it. */
export interface DutyReport {
  duty: AttestableDuty;
  title: string;
  domain: DomainId;
  state: AttestationState | 'missing';
  /** Ids of the attestations naming this duty. */
  attestations: string[];
}

interface AttestationOutcome {
  attestations: AttestationReport[];
  duties: DutyReport[];
}

/** An attestation counts from its date through its expiry date (UTC); expired after that. */
export function attestationState(attestation: Pick<Attestation, 'expires'>, now: Date): AttestationState {
  return attestation.expires >= now.toISOString().slice(0, 10) ? 'attested' : 'expired';
}

/**
 * Every attestation with its state and duty, and every well-known duty as attested (one
 * attestation in force), expired (only lapsed ones) or missing (none speaks to it).
 */
export function attestationOutcome(policy: Pick<Policy, 'attestations'>, now: Date): AttestationOutcome {
  const attestations = policy.attestations.map((a) => {
    const duty = dutyOf(a);
    return { ...a, ...(duty && { duty }), state: attestationState(a, now) };
  });
  const duties = ATTESTABLE_DUTY_IDS.map((duty): DutyReport => {
    const named = attestations.filter((a) => a.duty === duty);
    const state = named.some((a) => a.state === 'attested')
      ? 'attested'
      : named.length > 0
        ? 'expired'
        : 'missing';
    const { title, domain } = ATTESTABLE_DUTIES[duty];
    return { duty, title, domain, state, attestations: named.map((a) => a.id) };
  });
  return { attestations, duties };
}
