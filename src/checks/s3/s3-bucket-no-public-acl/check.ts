import type { ResourceOf } from '../../../inventory/resources.js';
import { type CheckContext, defineCheck, fail, notAssessed, pass, type Verdict } from '../../check.js';
import { inputName, isDeclared } from '../../lib/declared.js';
import { effectiveSetting, levelText, onOnlyByDefault } from '../public-access.js';

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
  // A public canned ACL a template states fails as written; account Block Public Access decides when known (context).
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Set Object Ownership to BucketOwnerEnforced (disables ACLs) or remove the AllUsers/AuthenticatedUsers grants, and turn on IgnorePublicAcls and BlockPublicAcls.',
    cli: "aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'",
    cloudformation: 'OwnershipControls:\n  Rules:\n    - ObjectOwnership: BucketOwnerEnforced',
    terraform:
      'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
  },
  evaluate(bucket, ctx) {
    const stated = statedPublicAcl(bucket);
    if (stated) return stated(ctx);
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
      return pass(`${granted}, but IgnorePublicAcls (${levelText(ignore)}) makes S3 ignore it`, {
        grants: open,
        neutralizedBy: `${ignore.level}:ignorePublicAcls`,
      });
    }
    if (ignore.on === undefined) {
      return notAssessed(`${granted}; whether IgnorePublicAcls neutralizes it is unknown: ${ignore.why}`);
    }
    if (ignore.unseen) {
      return fail(`${granted}; ${ignore.unseen}`, {
        grants: open,
      });
    }
    return fail(`${granted}, and IgnorePublicAcls is off at bucket and account level`, { grants: open });
  },
});

function publicGrants(grants: readonly { grantee: string; permission: string }[]): string[] {
  return grants.flatMap((grant) => {
    const group = publicGroupOf(grant.grantee);
    return group ? [`${grant.permission} to ${group}`] : [];
  });
}

/**
 * A public ACL a template or plan writes (a canned PublicRead, public-read, …) states an intent
 * that fails either way: with ACLs disabled (BucketOwnerEnforced, the default for new buckets) or
 * Block Public Access on by default, S3 refuses it and the deploy fails; otherwise the bucket is
 * public. Only an IgnorePublicAcls the input (or the known account) turns on neutralises it.
 */
function statedPublicAcl(bucket: ResourceOf<'S3Bucket'>): ((ctx: CheckContext) => Verdict) | undefined {
  if (!isDeclared(bucket) || !bucket.aclGrants || bucket.defaults?.includes('aclGrants')) return undefined;
  const open = publicGrants(bucket.aclGrants);
  if (open.length === 0) return undefined;
  const input = inputName(bucket);
  const granted = `the ${input} writes a public ACL (${open.join(', ')})`;
  return (ctx) => {
    const ignore = effectiveSetting(bucket, 'ignorePublicAcls', ctx, true);
    if (bucket.objectOwnership === 'BucketOwnerEnforced') {
      const how = bucket.defaults?.includes('objectOwnership') ? ', the default for a new bucket' : '';
      return fail(
        `${granted}, but ACLs are disabled (Object Ownership: BucketOwnerEnforced${how}), so S3 refuses it and the deploy fails; with ObjectWriter or BucketOwnerPreferred ownership the bucket would be public`,
        { grants: open },
      );
    }
    if (onOnlyByDefault(bucket, ignore)) {
      return fail(
        `${granted}: with Block Public Access on, as it is by default for a new bucket, S3 refuses it and the deploy fails; turned off to let it through, the bucket is public`,
        { grants: open },
      );
    }
    if (ignore.on === true) {
      return pass(`${granted}, but IgnorePublicAcls (${levelText(ignore)}) makes S3 ignore it`, {
        grants: open,
        neutralizedBy: `${ignore.level}:ignorePublicAcls`,
      });
    }
    if (ignore.on === false && ignore.unseen) {
      return fail(`${granted}; ${ignore.unseen}`, {
        grants: open,
      });
    }
    if (ignore.on === false) {
      return fail(`${granted}, and IgnorePublicAcls is off at bucket and account level`, { grants: open });
    }
    return notAssessed(`${granted}; whether IgnorePublicAcls neutralizes it is unknown: ${ignore.why}`);
  };
}
