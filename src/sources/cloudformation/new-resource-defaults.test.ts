import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResourceOf } from '../../inventory/resources.js';
import { cloudFormationReader } from './index.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

function buckets(yaml: string): ResourceOf<'S3Bucket'>[] {
  const read = cloudFormationReader.read('t.yaml', `Resources:\n${yaml}`, { parameters: {} });
  return read.resources.filter((r): r is ResourceOf<'S3Bucket'> => r.type === 'S3Bucket');
}

const withAcl = (acl: string) =>
  `  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: ${acl}\n`;

describe('CloudFormation takes new-resource facts from the kinds', () => {
  it("reads CloudFormation's canned ACL names through S3's table of grants", () => {
    const grants = (acl: string) => buckets(withAcl(acl))[0]?.aclGrants;
    assert.deepEqual(grants('Private'), []);
    assert.deepEqual(grants('BucketOwnerRead'), []);
    assert.deepEqual(grants('BucketOwnerFullControl'), []);
    assert.deepEqual(grants('PublicRead'), [{ grantee: ALL_USERS, permission: 'READ' }]);
    assert.deepEqual(grants('PublicReadWrite'), [
      { grantee: ALL_USERS, permission: 'READ' },
      { grantee: ALL_USERS, permission: 'WRITE' },
    ]);
    assert.deepEqual(grants('AuthenticatedRead'), [
      { grantee: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers', permission: 'READ' },
    ]);
    assert.equal(grants('LogDeliveryWrite')?.length, 2);
    assert.deepEqual(grants('AwsExecRead'), [{ grantee: 'EC2 (aws-exec-read)', permission: 'READ' }]);
  });

  it('knows no canned ACL by S3 API names, odd case or object members', () => {
    for (const acl of ['public-read', 'PUBLICREAD', 'Publicread', 'Constructor', 'HasOwnProperty']) {
      assert.equal(buckets(withAcl(acl))[0]?.aclGrants, undefined, acl);
    }
  });

  it('gives two buckets equal defaults as separate objects', () => {
    const [a, b] = buckets('  A:\n    Type: AWS::S3::Bucket\n  B:\n    Type: AWS::S3::Bucket\n');
    assert.ok(a && b);
    assert.deepEqual(a.encryption, { enabled: true, algorithm: 'AES256' });
    assert.deepEqual(a.encryption, b.encryption);
    assert.notEqual(a.encryption, b.encryption);
    assert.notEqual(a.publicAccessBlock, b.publicAccessBlock);
    assert.ok(a.defaults?.includes('encryption'));
  });
});
