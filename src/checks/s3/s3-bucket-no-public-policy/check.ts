import type { PolicyStatement } from '../../../inventory/base.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { inputName } from '../../lib/declared.js';
import { asList, conditionScopesPrincipal, externalGrants, statementsOf } from '../../lib/policy-document.js';
import { effectiveSetting, levelText, onOnlyByDefault } from '../public-access.js';

export default defineCheck({
  id: 's3-bucket-no-public-policy',
  title: 'S3 bucket policies do not grant access to anyone',
  service: 's3',
  duty: 's3.identity.no-public-policy',
  severity: 'critical',
  resourceTypes: ['S3Bucket'],
  frameworks: { 'aws-fsbp': ['S3.2', 'S3.3'] },
  // A public policy a template states fails as written; account Block Public Access decides when known (context).
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: "Remove or scope the bucket policy statements that allow Principal '*' (e.g. with aws:SourceVpce or aws:PrincipalOrgID), and turn on Block Public Access (RestrictPublicBuckets, BlockPublicPolicy); serve public content through CloudFront with origin access control.",
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    cloudformation:
      'PublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  IgnorePublicAcls: true\n  BlockPublicPolicy: true\n  RestrictPublicBuckets: true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  evaluate(bucket, ctx) {
    if (bucket.policy === undefined) return notAssessed('the bucket policy is unknown');
    if (bucket.policy === null) return pass('the bucket has no policy, so it grants nothing to anyone');
    const open = statementsOf(bucket.policy)
      .map((statement, index) => ({ statement, label: statement.Sid ?? `#${index + 1}` }))
      .filter(({ statement }) => grantsToAnyone(statement, bucket.account));
    if (open.length === 0) {
      return pass('no bucket policy statement grants access to anyone outside named principals or networks');
    }
    const evidence = {
      statements: open.map(({ label }) => label),
      actions: [...new Set(open.flatMap(({ statement }) => asList(statement.Action ?? statement.NotAction)))],
    };
    const granted = `statement${open.length > 1 ? 's' : ''} ${evidence.statements.join(', ')} allow${open.length > 1 ? '' : 's'} anyone ${evidence.actions.join(', ') || 'access'}`;
    const restrict = effectiveSetting(bucket, 'restrictPublicBuckets', ctx, true);
    if (onOnlyByDefault(bucket, restrict)) {
      return fail(
        `the ${inputName(bucket)} writes a public bucket policy (${granted}): with Block Public Access on, as it is by default for a new bucket, S3 refuses the policy and the deploy fails; turned off to let it through, the bucket is public`,
        evidence,
      );
    }
    if (restrict.on === true) {
      return pass(
        `${granted}, but RestrictPublicBuckets (${levelText(restrict)}) neutralizes it: only AWS service principals and authorized users of the owner account get through`,
        { ...evidence, neutralizedBy: `${restrict.level}:restrictPublicBuckets` },
      );
    }
    if (restrict.on === undefined) {
      return notAssessed(
        `${granted}; whether RestrictPublicBuckets neutralizes it is unknown: ${restrict.why}`,
      );
    }
    if (restrict.unseen) {
      return fail(`${granted}; ${restrict.unseen}`, evidence);
    }
    return fail(`${granted}, and RestrictPublicBuckets is off at bucket and account level`, evidence);
  },
});

/** An Allow that reaches anyone: '*' (or NotPrincipal) without a condition that limits the caller. */
function grantsToAnyone(statement: PolicyStatement, owner: string): boolean {
  if (statement.Effect !== 'Allow') return false;
  const open =
    externalGrants({ Statement: statement }, owner).anyone ||
    (statement.NotPrincipal !== undefined && !conditionScopesPrincipal(statement));
  return open && !limitedToNetworks(statement);
}

/**
 * S3 treats a grant limited to fixed aws:SourceIp ranges as non-public. A range wider than an
 * IPv4 /8 or an IPv6 /32 is treated here as the internet (demarc's threshold).
 */
function limitedToNetworks(statement: PolicyStatement): boolean {
  const ranges = Object.entries(statement.Condition ?? {})
    .filter(([operator]) => operator === 'IpAddress')
    .flatMap(([, block]) =>
      Object.entries(block)
        .filter(([key]) => key.toLowerCase() === 'aws:sourceip')
        .flatMap(([, value]) => (Array.isArray(value) ? value : [value]).map(String)),
    );
  return ranges.length > 0 && ranges.every(isNarrowRange);
}

function isNarrowRange(cidr: string): boolean {
  const [address = '', prefixText] = cidr.split('/');
  const ipv6 = address.includes(':');
  const prefix = prefixText === undefined ? (ipv6 ? 128 : 32) : Number(prefixText);
  return Number.isInteger(prefix) && prefix >= (ipv6 ? 32 : 8);
}
