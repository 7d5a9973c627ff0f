import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCOUNT_DUTIES } from './account.js';
import { domainOfDuty, parseDutyId } from './duties.js';
import { modelDutyIssues } from './duty-issues.js';
import type { ServiceModel } from './responsibility.js';
import { aws, customer, duty } from './services/cells.js';
import { ACCOUNT_CELLS, cellDuties, DUTIES, responsibilityFor, SERVICES, serviceModel } from './services.js';

describe('responsibility model: duties', () => {
  it('has no duty whose id disagrees with its cell, no dangling reference, no customer cell without a duty', () => {
    assert.deepEqual(modelDutyIssues(SERVICES), []);
  });

  it('names the cell a duty id disagrees with', () => {
    const s3 = serviceModel('s3');
    const broken: ServiceModel = {
      ...s3,
      responsibilities: {
        ...s3.responsibilities,
        // An S3 identity duty filed under backup, and a reference to a duty nobody defines.
        'backup-recovery': customer('A cell whose duty id names the wrong domain of the service.', {
          duties: [duty('s3.identity.misfiled', 'A duty filed under the wrong domain')],
          refs: ['s3.backup.nowhere'],
        }),
        physical: aws('AWS holds this cell but it lists a customer duty anyway.', {}),
      },
    };
    const issues = modelDutyIssues([broken], ACCOUNT_DUTIES);
    assert.ok(
      issues.some((i) => /s3\/backup-recovery: 's3.identity.misfiled' names s3\/identity-access/.test(i)),
    );
    assert.ok(issues.some((i) => /refers to 's3.backup.nowhere', which no cell defines/.test(i)));
    const ec2Duty = customer('An EC2 duty defined in the S3 row, where it does not belong.', {
      duties: [duty('ec2.identity.misplaced', 'A duty of another service')],
    });
    const wrongService = { ...s3, responsibilities: { ...s3.responsibilities, 'identity-access': ec2Duty } };
    assert.ok(
      modelDutyIssues([wrongService]).some((i) =>
        /'ec2.identity.misplaced' names ec2\/identity-access/.test(i),
      ),
    );
  });

  it('parses a duty id into its scope, domain and name', () => {
    assert.deepEqual(parseDutyId('s3.identity.block-public-access'), {
      scope: 's3',
      domain: 'identity-access',
      name: 'block-public-access',
    });
    assert.equal(parseDutyId('s3.nosuchdomain.x'), undefined);
    assert.equal(parseDutyId('s3-identity'), undefined);
    assert.equal(domainOfDuty('account.root.mfa'), 'account-root');
    assert.throws(() => domainOfDuty('nope'), /not a duty id/);
  });

  it("lists the S3 identity duties; the access review is the account row's, not repeated on S3", () => {
    const ids = cellDuties(responsibilityFor('s3', 'identity-access')).map((d) => d.id);
    for (const id of [
      's3.identity.block-public-access',
      's3.identity.account-block-public-access',
      's3.identity.no-public-policy',
      's3.identity.no-public-acls',
    ]) {
      assert.ok(ids.includes(id), id);
    }
    assert.ok(!ids.includes('account.identity.access-review'));
    const account = ACCOUNT_CELLS.find((c) => c.domain === 'identity-access')?.cell;
    assert.deepEqual(account?.refs, ['account.identity.access-review']);
  });

  it('names an account duty that neither the account row nor any service cell holds', () => {
    assert.deepEqual(modelDutyIssues(SERVICES), []);
    const orphan = { id: 'account.root.orphan', title: 'An account duty nobody holds' };
    assert.deepEqual(modelDutyIssues(SERVICES, [...ACCOUNT_DUTIES, orphan]), [
      "account: 'account.root.orphan' is defined, but no cell holds it",
    ]);
  });

  it('gives every customer or shared cell at least one duty, and every AWS cell none', () => {
    for (const s of SERVICES) {
      for (const [domain, cell] of Object.entries(s.responsibilities)) {
        const n = cellDuties(cell).length;
        if (cell.owner === 'aws') assert.equal(n, 0, `${s.id}/${domain}`);
        else assert.ok(n > 0, `${s.id}/${domain}`);
      }
    }
  });

  it('defines account duties once and lets every service row hold them', () => {
    assert.equal(DUTIES.get('account.root.mfa')?.scope, 'account');
    for (const s of SERVICES) {
      const root = cellDuties(s.responsibilities['account-root']).map((d) => d.id);
      assert.ok(root.includes('account.root.mfa'), s.id);
      const training = cellDuties(s.responsibilities['awareness-training']).map((d) => d.id);
      assert.deepEqual(training, ['account.training.security-awareness'], s.id);
    }
  });

  it('gives every cell a citation: an AWS page and the day it was read', () => {
    for (const s of SERVICES) {
      const cells = [
        ...Object.values(s.responsibilities),
        ...Object.values(s.tenancy ?? {}).flatMap((v) => Object.values(v.responsibilities)),
      ];
      for (const cell of cells) {
        assert.match(cell?.citation?.url ?? '', /^https:\/\/(docs\.)?aws\.amazon\.com\//, s.id);
        assert.match(cell?.citation?.read ?? '', /^\d{4}-\d{2}-\d{2}$/, s.id);
      }
    }
  });
});
