import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyDocument } from '../../inventory/base.js';
import { allowsFullAdmin, externalGrants, statementsOf } from './policy-document.js';

describe('policy documents', () => {
  it('spots full admin only for Allow *:* on *', () => {
    assert.equal(allowsFullAdmin({ Effect: 'Allow', Action: '*', Resource: '*' }), true);
    assert.equal(allowsFullAdmin({ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }), false);
    assert.equal(allowsFullAdmin({ Effect: 'Deny', Action: '*', Resource: '*' }), false);
    assert.equal(allowsFullAdmin({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }), false);
  });

  it('finds grants to anyone and to other accounts, not to the owner or services', () => {
    const doc: PolicyDocument = {
      Statement: [
        { Effect: 'Allow' as const, Principal: '*' as const, Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow' as const, Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'kms:*' },
        { Effect: 'Allow' as const, Principal: { AWS: '111122223333' }, Action: 'kms:*' },
        { Effect: 'Allow' as const, Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'kms:*' },
      ],
    };
    assert.deepEqual(externalGrants(doc, '111122223333'), { anyone: true, accounts: ['999988887777'] });
  });

  it('does not count * scoped by an org or source condition as anyone', () => {
    const doc: PolicyDocument = {
      Statement: {
        Effect: 'Allow' as const,
        Principal: { AWS: '*' },
        Action: 'kms:Decrypt',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
      },
    };
    assert.equal(statementsOf(doc).length, 1);
    assert.deepEqual(externalGrants(doc, '111122223333'), { anyone: false, accounts: [] });
  });
});
