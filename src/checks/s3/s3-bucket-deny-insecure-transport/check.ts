// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${…} in the snippets is Fn::Sub and Terraform interpolation
import type { PolicyStatement } from '../../../inventory/base.js';
import type { ResourceOf } from '../../../inventory/resources.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { asList, principalsOf, statementsOf } from '../../lib/policy-document.js';

export default defineCheck({
  id: 's3-bucket-deny-insecure-transport',
  title: 'S3 bucket policies deny requests that do not use TLS',
  service: 's3',
  duty: 's3.in-transit.deny-insecure-transport',
  severity: 'medium',
  resourceTypes: ['S3Bucket'],
  frameworks: { 'cis-aws-3.0': ['2.1.1'], 'aws-fsbp': ['S3.5'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Add a bucket policy statement: Effect Deny, Principal "*", Action "s3:*", Resource [bucket ARN, bucket ARN/*], Condition {"Bool": {"aws:SecureTransport": "false"}}.',
    cloudformation:
      'Type: AWS::S3::BucketPolicy\nProperties:\n  Bucket: !Ref Bucket\n  PolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Deny\n        Principal: "*"\n        Action: s3:*\n        Resource:\n          - !GetAtt Bucket.Arn\n          - !Sub "${Bucket.Arn}/*"\n        Condition:\n          Bool:\n            aws:SecureTransport: "false"',
    terraform:
      'resource "aws_s3_bucket_policy" "tls_only" {\n  bucket = aws_s3_bucket.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}',
  },
  evaluate(bucket, ctx) {
    if (!ctx.requirementsFor(bucket).encryptionInTransit) return null;
    if (bucket.policy === undefined) return notAssessed('the bucket policy is unknown');
    if (bucket.policy === null)
      return fail('the bucket has no policy, so plain HTTP requests are not denied');
    const arn = bucketArn(bucket);
    const candidates = statementsOf(bucket.policy)
      .map((statement, index) => ({
        label: statement.Sid ?? `#${index + 1}`,
        statement,
        gaps: shortfalls(statement, arn),
      }))
      .filter(({ statement }) => statement.Effect === 'Deny' && onInsecureTransport(statement));
    const complete = candidates.find((c) => c.gaps.length === 0);
    if (complete)
      return pass(`statement ${complete.label} denies every request made without TLS`, {
        sid: complete.label,
      });
    const [first] = candidates;
    if (first) {
      return fail(`the aws:SecureTransport deny ${first.label} falls short: ${first.gaps.join('; ')}`, {
        sid: first.label,
        shortfalls: first.gaps,
      });
    }
    return fail('no bucket policy statement denies requests where aws:SecureTransport is false');
  },
});

function bucketArn(bucket: ResourceOf<'S3Bucket'>): string {
  const partition = /^arn:(aws[\w-]*):/.exec(bucket.id)?.[1] ?? 'aws';
  return `arn:${partition}:s3:::${bucket.name}`;
}

type ConditionEntry = { operator: string; key: string; value: unknown };

function conditionEntries(statement: PolicyStatement): ConditionEntry[] {
  return Object.entries(statement.Condition ?? {}).flatMap(([operator, block]) =>
    Object.entries(block).map(([key, value]) => ({ operator, key, value })),
  );
}

/** A Bool (or BoolIfExists) match of aws:SecureTransport against false. */
function isInsecureTransportMatch({ operator, key, value }: ConditionEntry): boolean {
  if (key.toLowerCase() !== 'aws:securetransport') return false;
  if (operator !== 'Bool' && operator !== 'BoolIfExists') return false;
  const values = Array.isArray(value) ? value : [value];
  return values.length > 0 && values.every((v) => String(v).toLowerCase() === 'false');
}

function onInsecureTransport(statement: PolicyStatement): boolean {
  return conditionEntries(statement).some(isInsecureTransportMatch);
}

/** Why a SecureTransport deny does not reach every request for everyone on bucket and objects. */
function shortfalls(statement: PolicyStatement, arn: string): string[] {
  const gaps: string[] = [];
  if (statement.NotPrincipal !== undefined || !principalsOf(statement).includes('*')) {
    gaps.push("it applies to named principals, not Principal '*'");
  }
  const others = conditionEntries(statement).filter((entry) => !isInsecureTransportMatch(entry));
  if (others.length > 0)
    gaps.push(`it is narrowed by other conditions (${others.map((c) => c.key).join(', ')})`);
  const allActions =
    statement.NotAction === undefined &&
    asList(statement.Action).some((a) => a === '*' || a.toLowerCase() === 's3:*');
  if (!allActions) gaps.push('it does not cover every S3 action (s3:*)');
  const resources = statement.NotResource === undefined ? asList(statement.Resource) : [];
  const covers = (target: string) => resources.some((pattern) => globMatches(pattern, target));
  if (!covers(arn)) gaps.push(`it does not cover the bucket ${arn}`);
  if (!covers(`${arn}/*`)) gaps.push(`it does not cover all objects ${arn}/*`);
  return gaps;
}

/** IAM-style wildcard match, where `*` in the target is literal (so `b/*` needs `b/*` or wider). */
function globMatches(pattern: string, target: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(target);
}
