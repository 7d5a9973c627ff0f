import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { effectiveSetting } from '../public-access.js';

/** Grantee groups that make an ACL public: everyone, and anyone with any AWS account. */
const PUBLIC_GROUPS: Record<string, string> = {
  AllUsers: 'everyone (AllUsers)',
  AuthenticatedUsers: 'any AWS account holder (AuthenticatedUsers)',
};

function publicGroupOf(grantee: string): string | undefined {
  const group = /acs\.amazonaws\.com\/groups\/global\/(\w+)$/.exec(grantee)?.[1];
  // Own keys only: a grantee ending in /constructor is no public group.
  return group && Object.hasOwn(PUBLIC_GROUPS, group) ? PUBLIC_GROUPS[group] : undefined;
}

export default defineCheck({
  id: 's3-bucket-no-public-acl',
  title: 'S3 bucket ACLs do not grant access to everyone or to all AWS accounts',
  service: 's3',
  duty: 's3.identity.no-public-acls',
  severity: 'critical',
  resourceTypes: ['S3Bucket'],
  frameworks: { 'aws-fsbp': ['S3.2', 'S3.3'] },
  // cloudformation: account-level Block Public Access, which a template cannot see, may neutralise a public ACL.
  iac: { cloudformation: 'pass-only', terraform: 'both' },
  remediation: {
    text: 'Set Object Ownership to BucketOwnerEnforced (disables ACLs) or remove the AllUsers/AuthenticatedUsers grants, and turn on IgnorePublicAcls and BlockPublicAcls.',
    cli: "aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'",
    cloudformation: 'OwnershipControls:\n  Rules:\n    - ObjectOwnership: BucketOwnerEnforced',
    terraform:
      'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
  },
  evaluate(bucket, ctx) {
    if (bucket.objectOwnership === 'BucketOwnerEnforced') {
      return pass('ACLs are disabled (Object Ownership: BucketOwnerEnforced), so no ACL grants access');
    }
    if (bucket.aclGrants === undefined) return notAssessed('the bucket ACL is unknown');
    const open = bucket.aclGrants.flatMap((grant) => {
      const group = publicGroupOf(grant.grantee);
      return group ? [`${grant.permission} to ${group}`] : [];
    });
    if (open.length === 0) {
      return pass(
        'the bucket ACL grants nothing to AllUsers or AuthenticatedUsers (object ACLs are not read)',
      );
    }
    const granted = `the bucket ACL grants ${open.join(', ')}`;
    const ignore = effectiveSetting(bucket, 'ignorePublicAcls', ctx);
    if (ignore.on === true) {
      return pass(`${granted}, but IgnorePublicAcls (${ignore.level} level) makes S3 ignore it`, {
        grants: open,
        neutralizedBy: `${ignore.level}:ignorePublicAcls`,
      });
    }
    if (ignore.on === undefined) {
      return notAssessed(`${granted}; whether IgnorePublicAcls neutralizes it is unknown: ${ignore.why}`);
    }
    return fail(`${granted}, and IgnorePublicAcls is off at bucket and account level`, { grants: open });
  },
});
