import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyExceptions,
  type ExceptionTarget,
  globToRegExp,
  isInForce,
  matchesGlob,
  selectorMatcher,
} from './exceptions.js';
import type { PolicyException } from './policy.js';

const NOW = new Date('2026-11-20T08:30:00Z');
const ACCOUNT = '123456789012';

function finding(
  checkId: string,
  id: string,
  status: ExceptionTarget['status'] = 'fail',
  where: { account?: string; region?: string } = {},
): ExceptionTarget {
  return {
    checkId,
    status,
    resource: { id, account: where.account ?? ACCOUNT, region: where.region ?? 'eu-west-1' },
  };
}

function exception(fields: Partial<PolicyException>): PolicyException {
  return {
    id: 'accepted',
    check: 'vpc-security-group-no-public-admin-ports',
    resource: { region: 'eu-west-1' },
    reason: 'partner SFTP until the move to Transfer Family',
    owner: 'Ops lead',
    expires: '2027-01-31',
    ...fields,
  };
}

const TAGS: Record<string, Record<string, string>> = {
  'arn:aws:s3:::www-static': { Team: 'web', DataClassification: 'public' },
  'arn:aws:s3:::www-assets': { Team: 'web-marketing' },
};
const tagsOf = (id: string) => TAGS[id];

describe('exception globs', () => {
  it('* matches any run of characters, including : and /', () => {
    assert.ok(
      matchesGlob(
        'arn:aws:ec2:*:123456789012:security-group/*',
        'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1',
      ),
    );
    assert.ok(matchesGlob('*', ''));
    assert.ok(matchesGlob('arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-'));
    assert.ok(!matchesGlob('arn:aws:s3:::logs-*', 'arn:aws:s3:::app-logs-1'), 'anchored at the start');
    assert.ok(!matchesGlob('arn:aws:s3:::logs', 'arn:aws:s3:::logs-1'), 'anchored at the end');
  });

  it('? matches exactly one character', () => {
    assert.ok(matchesGlob('sg-0?', 'sg-0a'));
    assert.ok(!matchesGlob('sg-0?', 'sg-0'));
    assert.ok(!matchesGlob('sg-0?', 'sg-0ab'));
  });

  it('treats regular expression characters literally and is case-sensitive', () => {
    assert.ok(matchesGlob('arn:aws:s3:::a.b+(c)[d]', 'arn:aws:s3:::a.b+(c)[d]'));
    assert.ok(!matchesGlob('arn:aws:s3:::a.b', 'arn:aws:s3:::aXb'), '. is not a wildcard');
    assert.ok(!matchesGlob('arn:aws:s3:::Logs', 'arn:aws:s3:::logs'));
    assert.equal(globToRegExp('a|b').test('a'), false);
  });
});

describe('resource selectors', () => {
  const resource = { id: 'arn:aws:s3:::www-static', account: ACCOUNT, region: 'eu-west-1' };

  it('needs every stated field to match', () => {
    assert.ok(selectorMatcher({ arn: 'arn:aws:s3:::www-*', account: ACCOUNT })(resource, tagsOf));
    assert.ok(!selectorMatcher({ arn: 'arn:aws:s3:::www-*', account: '999999999999' })(resource, tagsOf));
    assert.ok(!selectorMatcher({ arn: 'arn:aws:s3:::www-*', region: 'us-east-1' })(resource, tagsOf));
  });

  it('takes lists as "any of" and compares regions case-insensitively', () => {
    assert.ok(selectorMatcher({ arn: ['arn:aws:s3:::nope', 'arn:aws:s3:::www-static'] })(resource, tagsOf));
    assert.ok(selectorMatcher({ region: ['us-east-1', 'EU-WEST-1'] })(resource, tagsOf));
    assert.ok(selectorMatcher({ account: ['111111111111', ACCOUNT] })(resource, tagsOf));
  });

  it('matches tags by key and value pattern; a missing tag does not match', () => {
    assert.ok(selectorMatcher({ tags: { Team: 'web' } })(resource, tagsOf));
    assert.ok(selectorMatcher({ tags: { Team: 'web*', DataClassification: 'public' } })(resource, tagsOf));
    assert.ok(!selectorMatcher({ tags: { Team: 'web', Owner: '*' } })(resource, tagsOf), 'Owner tag absent');
    const assets = { ...resource, id: 'arn:aws:s3:::www-assets' };
    assert.ok(!selectorMatcher({ tags: { Team: 'web' } })(assets, tagsOf), 'web-marketing is not web');
  });

  it('never matches on tags it cannot read', () => {
    const unreadable = { ...resource, id: 'arn:aws:s3:::unknown-tags' };
    assert.ok(!selectorMatcher({ tags: { Team: '*' } })(unreadable, tagsOf));
    assert.ok(selectorMatcher({ region: 'eu-west-1' })(unreadable, tagsOf), 'other fields still work');
  });
});

describe('applyExceptions', () => {
  it('marks a matched failure suppressed with id, reason, owner and expiry, and keeps it', () => {
    const findings = [
      finding(
        'vpc-security-group-no-public-admin-ports',
        'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1',
      ),
      finding(
        'vpc-security-group-no-public-admin-ports',
        'arn:aws:ec2:us-east-1:123456789012:security-group/sg-2',
        'fail',
        {
          region: 'us-east-1',
        },
      ),
    ];
    const outcome = applyExceptions(findings, { exceptions: [exception({ id: 'sftp' })] }, NOW, tagsOf);
    assert.equal(findings.length, 2, 'nothing is hidden');
    assert.deepEqual(findings[0]?.suppressed, {
      by: 'exception',
      reason: 'partner SFTP until the move to Transfer Family',
      exceptionId: 'sftp',
      owner: 'Ops lead',
      expires: '2027-01-31',
    });
    assert.equal(findings[1]?.suppressed, undefined, 'other region');
    assert.deepEqual(
      outcome.active.map((e) => [e.id, e.matched]),
      [['sftp', 1]],
    );
    assert.deepEqual(outcome.expired, []);
    assert.deepEqual(outcome.unused, []);
  });

  it('covers only the checks it names', () => {
    const findings = [
      finding('s3-bucket-versioning', 'arn:aws:s3:::b'),
      finding('s3-bucket-access-logging', 'arn:aws:s3:::b'),
    ];
    applyExceptions(
      findings,
      { exceptions: [exception({ check: ['s3-bucket-versioning'], resource: { arn: '*' } })] },
      NOW,
      tagsOf,
    );
    assert.equal(findings[0]?.suppressed?.by, 'exception');
    assert.equal(findings[1]?.suppressed, undefined);
  });

  it('accepts not-assessed findings but leaves passing ones alone', () => {
    const findings = [
      finding('s3-bucket-versioning', 'arn:aws:s3:::a', 'not_assessed'),
      finding('s3-bucket-versioning', 'arn:aws:s3:::b', 'pass'),
    ];
    applyExceptions(
      findings,
      { exceptions: [exception({ check: 's3-bucket-versioning', resource: { arn: '*' } })] },
      NOW,
      tagsOf,
    );
    assert.equal(findings[0]?.suppressed?.by, 'exception');
    assert.equal(findings[1]?.suppressed, undefined);
  });

  it('counts through the expiry day, then stops suppressing and reports the exception as expired', () => {
    assert.ok(isInForce({ expires: '2026-11-20' }, NOW), 'the expiry day itself still counts');
    assert.ok(!isInForce({ expires: '2026-11-19' }, NOW));
    const findings = [
      finding('s3-bucket-versioning', 'arn:aws:s3:::a'),
      finding('s3-bucket-versioning', 'arn:aws:s3:::b'),
    ];
    const outcome = applyExceptions(
      findings,
      {
        exceptions: [
          exception({
            id: 'old',
            check: 's3-bucket-versioning',
            resource: { arn: '*' },
            expires: '2026-09-30',
          }),
        ],
      },
      NOW,
      tagsOf,
    );
    assert.ok(
      findings.every((f) => f.suppressed === undefined),
      'an expired exception suppresses nothing',
    );
    assert.deepEqual(
      outcome.expired.map((e) => [e.id, e.expires, e.matched]),
      [['old', '2026-09-30', 2]],
    );
    assert.deepEqual(outcome.active, []);
    assert.deepEqual(outcome.unused, [], 'expired ones are reported as expired, not unused');
  });

  it('lists exceptions in force that match no open finding as unused', () => {
    const findings = [finding('s3-bucket-versioning', 'arn:aws:s3:::fixed', 'pass')];
    const outcome = applyExceptions(
      findings,
      {
        exceptions: [
          exception({
            id: 'fixed-since',
            check: 's3-bucket-versioning',
            resource: { arn: 'arn:aws:s3:::fixed' },
          }),
          exception({ id: 'typo', check: 's3-bucket-versioning', resource: { arn: 'arn:aws:s3:::fixd' } }),
        ],
      },
      NOW,
      tagsOf,
    );
    assert.deepEqual(
      outcome.unused.map((e) => e.id),
      ['fixed-since', 'typo'],
    );
  });

  it('leaves an inline suppression in place but counts the exception as used', () => {
    const f = finding('s3-bucket-versioning', 'arn:aws:s3:::a');
    f.suppressed = { by: 'inline', reason: 'tagged on the resource' };
    const outcome = applyExceptions(
      [f],
      { exceptions: [exception({ check: 's3-bucket-versioning', resource: { arn: '*' } })] },
      NOW,
      tagsOf,
    );
    assert.equal(f.suppressed.by, 'inline');
    assert.equal(outcome.active[0]?.matched, 1);
  });

  it('with no exceptions, changes nothing', () => {
    const findings = [finding('s3-bucket-versioning', 'arn:aws:s3:::a')];
    assert.deepEqual(applyExceptions(findings, { exceptions: [] }, NOW, tagsOf), {
      active: [],
      expired: [],
      unused: [],
    });
    assert.equal(findings[0]?.suppressed, undefined);
  });
});
