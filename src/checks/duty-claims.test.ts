import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DUTIES } from '../model/services.js';
import type { CheckMeta } from './check.js';
import { dutyClaimIssues } from './duty-claims.js';
import { CHECKS, findCheck } from './registry.js';

describe('checks claim duties the model defines', () => {
  it('every check claims a duty of the model, in its domain, held by every row it evidences', () => {
    assert.deepEqual(dutyClaimIssues(CHECKS), []);
  });

  it('fails a check that claims a duty the model does not define', () => {
    const check = findCheck('s3-bucket-versioning') as CheckMeta;
    const issues = dutyClaimIssues([{ ...check, duty: 's3.backup.no-such-duty' }]);
    assert.deepEqual(issues, [
      "s3-bucket-versioning: claims 's3.backup.no-such-duty', which the model does not define",
    ]);
  });

  it("fails a check that claims another service's duty, or one of another domain", () => {
    const check = findCheck('s3-bucket-versioning') as CheckMeta;
    assert.match(
      dutyClaimIssues([{ ...check, duty: 'rds.backup.retention' }]).join('\n'),
      /a s3 check claims 'rds.backup.retention' of rds/,
    );
    assert.match(
      dutyClaimIssues([{ ...check, duty: 's3.identity.block-public-access' }]).join('\n'),
      /domain backup-recovery, but its duty 's3.identity.block-public-access' is in identity-access/,
    );
  });

  it('fails a check that evidences a row whose cell does not hold its duty', () => {
    const check = findCheck('s3-bucket-versioning') as CheckMeta;
    assert.match(
      dutyClaimIssues([{ ...check, evidences: ['dynamodb'] }]).join('\n'),
      /evidences dynamodb, but dynamodb\/backup-recovery does not hold 's3.backup.versioning'/,
    );
  });

  it('puts the checks the issue moved in the cells they evidence', () => {
    const domainOf = (id: string) => findCheck(id)?.domain;
    assert.equal(domainOf('cloudtrail-encrypted-with-kms'), 'key-management');
    assert.equal(domainOf('cloudtrail-log-file-validation'), 'client-side-encryption');
    assert.equal(domainOf('ec2-instance-imdsv2-required'), 'identity-access');
    assert.equal(domainOf('dynamodb-table-customer-key-where-required'), 'key-management');
    assert.equal(findCheck('cloudtrail-encrypted-with-kms')?.evidences, undefined);
    assert.equal(DUTIES.get('cloudtrail.keys.trail-encrypted-with-kms')?.scope, 'cloudtrail');
  });
});
