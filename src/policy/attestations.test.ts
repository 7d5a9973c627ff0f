import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attestationOutcome, attestationState, dutyOf } from './attestations.js';
import { ATTESTABLE_DUTY_IDS, type Attestation } from './policy.js';

const NOW = new Date('2026-11-20T08:30:00Z');

function attestation(fields: Partial<Attestation>): Attestation {
  return {
    id: 'a',
    domain: 'awareness-training',
    statement: 'done',
    attestedBy: 'CISO',
    date: '2026-01-01',
    expires: '2027-01-01',
    evidence: 'https://intranet.example/evidence',
    ...fields,
  };
}

describe('attestations', () => {
  it('count through their expiry day, then expire', () => {
    assert.equal(attestationState({ expires: '2026-11-20' }, NOW), 'attested');
    assert.equal(attestationState({ expires: '2026-11-19' }, NOW), 'expired');
  });

  it('speak to the duty they name, else to the duty of their domain', () => {
    assert.equal(dutyOf({ domain: 'identity-access', duty: 'vendor-review' }), 'vendor-review');
    assert.equal(dutyOf({ domain: 'awareness-training' }), 'security-awareness-training');
    assert.equal(dutyOf({ domain: 'key-management' }), 'key-ceremony');
    assert.equal(dutyOf({ domain: 'client-side-encryption' }), undefined);
  });

  it('report every duty as attested, expired or missing', () => {
    const outcome = attestationOutcome(
      {
        attestations: [
          attestation({ id: 'training-2026', domain: 'awareness-training' }),
          attestation({
            id: 'ir-2025',
            domain: 'logging-monitoring',
            date: '2025-05-01',
            expires: '2026-05-01',
          }),
          // An old access review and a current one: the duty is attested.
          attestation({
            id: 'access-2025',
            domain: 'identity-access',
            date: '2025-01-01',
            expires: '2025-12-31',
          }),
          attestation({ id: 'access-2026', domain: 'identity-access', duty: 'access-review' }),
          attestation({ id: 'cse', domain: 'client-side-encryption', services: ['s3'] }),
        ],
      },
      NOW,
    );
    const duties = Object.fromEntries(outcome.duties.map((d) => [d.duty, [d.state, d.attestations]]));
    assert.deepEqual(duties, {
      'security-awareness-training': ['attested', ['training-2026']],
      'incident-response-plan': ['expired', ['ir-2025']],
      'access-review': ['attested', ['access-2025', 'access-2026']],
      'key-ceremony': ['missing', []],
      'vendor-review': ['missing', []],
      'regulatory-review': ['missing', []],
    });
    assert.deepEqual(
      outcome.attestations.map((a) => [a.id, a.state, a.duty]),
      [
        ['training-2026', 'attested', 'security-awareness-training'],
        ['ir-2025', 'expired', 'incident-response-plan'],
        ['access-2025', 'expired', 'access-review'],
        ['access-2026', 'attested', 'access-review'],
        ['cse', 'attested', undefined],
      ],
    );
  });

  it('with none, every duty is missing', () => {
    const { duties, attestations } = attestationOutcome({ attestations: [] }, NOW);
    assert.deepEqual(attestations, []);
    assert.deepEqual(
      duties.map((d) => d.state),
      ATTESTABLE_DUTY_IDS.map(() => 'missing'),
    );
  });
});
