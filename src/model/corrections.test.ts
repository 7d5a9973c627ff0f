import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MODEL_CHANGES, MODEL_DATE } from './changelog.js';
import { DEFAULT_CHANGES, defaultsInForce } from './defaults.js';
import { ACCOUNT_CELLS, cellDuties, responsibilityFor, SERVICES } from './services.js';

/** Issue 11's corrections, each held by the page that decides it. */
describe('responsibility model: corrections of issue 11', () => {
  it('keeps every changed default as data, and each affected cell cites the page and names the date', () => {
    for (const change of DEFAULT_CHANGES) {
      for (const domain of change.domains) {
        const cell = responsibilityFor(change.service, domain);
        assert.equal(cell.citation?.url, change.citation.url, `${change.id}: ${change.service}/${domain}`);
        const year = change.since.slice(0, 4);
        const text = `${cell.reason} ${cell.split?.aws ?? ''} ${cell.split?.customer ?? ''}`;
        assert.ok(text.includes(year), `${change.id}: ${change.service}/${domain} does not say ${year}`);
      }
    }
  });

  it('applies a default from its start date, not before', () => {
    const ids = (day: string) =>
      defaultsInForce('aurora', 'encryption-at-rest', new Date(`${day}T12:00:00Z`)).map((c) => c.id);
    assert.deepEqual(ids('2026-02-17'), []);
    assert.deepEqual(ids('2026-02-18'), ['aurora-encryption-by-default']);
    assert.deepEqual(
      defaultsInForce('s3', 'identity-access', new Date('2023-04-01T00:00:00Z')).map((c) => c.id),
      ['s3-block-public-access-and-acls-disabled'],
    );
  });

  it('makes Aurora encryption at rest shared: AWS encrypts clusters created since 18 February 2026', () => {
    const cell = responsibilityFor('aurora', 'encryption-at-rest');
    assert.equal(cell.owner, 'shared');
    assert.match(cell.split?.aws ?? '', /18 February 2026/);
    assert.match(responsibilityFor('aurora', 'key-management').split?.aws ?? '', /AWS owned key/);
  });

  it('logging and monitoring: one rule, shared in every service; the trail and incident response held once, in the account row', () => {
    for (const s of SERVICES) {
      const cell = s.responsibilities['logging-monitoring'];
      assert.equal(cell.owner, 'shared', s.id);
      const duties = cellDuties(cell).map((d) => d.id);
      assert.ok(duties.length > 0, s.id);
      assert.ok(!duties.includes('account.logging.multi-region-trail'), s.id);
      assert.ok(!duties.includes('account.logging.incident-response'), s.id);
    }
    const account = ACCOUNT_CELLS.find((c) => c.domain === 'logging-monitoring')?.cell;
    assert.equal(account?.owner, 'shared');
    assert.deepEqual(
      cellDuties(account ?? { owner: 'aws', reason: '' }).map((d) => d.id),
      ['account.logging.multi-region-trail', 'account.logging.incident-response'],
    );
  });

  it('CloudFront jurisdiction and Systems Manager encryption in transit are shared, with their pages', () => {
    const jurisdiction = responsibilityFor('cloudfront', 'jurisdiction');
    assert.equal(jurisdiction.owner, 'shared');
    assert.match(jurisdiction.citation?.url ?? '', /PriceClass\.html$/);
    const transit = responsibilityFor('ssm', 'encryption-in-transit');
    assert.equal(transit.owner, 'shared');
    assert.match(transit.split?.customer ?? '', /KMS encryption of Session Manager session data/);
  });

  it('Lambda: a microVM is never shared across accounts, but can host several functions of one', () => {
    assert.match(responsibilityFor('lambda', 'tenant-isolation').reason, /never shared across AWS accounts/);
    assert.match(
      responsibilityFor('lambda', 'tenant-isolation').reason,
      /several functions of the same account/,
    );
  });
});

describe('responsibility model: date and changelog', () => {
  it('dates the model by its latest change, and every change names cells', () => {
    assert.match(MODEL_DATE, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(MODEL_CHANGES.every((c) => c.date <= MODEL_DATE && c.cells.length > 0));
  });
});
