import type { PolicyStatement } from '../../../inventory/base.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { asList, principalsOf, statementsOf } from '../../lib/policy-document.js';

/** The NFS client actions a mount uses; a deny must cover all three (or a wildcard) to stop plain NFS. */
const CLIENT_ACTIONS = [
  'elasticfilesystem:clientmount',
  'elasticfilesystem:clientwrite',
  'elasticfilesystem:clientrootaccess',
];

export default defineCheck({
  id: 'efs-file-system-policy-denies-non-tls',
  title: 'EFS file system policies deny NFS clients that do not use TLS',
  service: 'efs',
  duty: 'efs.in-transit.deny-non-tls',
  severity: 'medium',
  resourceTypes: ['EfsFileSystem'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Add a file system policy statement: Effect Deny, Principal {"AWS": "*"}, Action "*", Condition ' +
      '{"Bool": {"aws:SecureTransport": "false"}}, and mount with the EFS mount helper option -o tls.',
    cli: 'aws efs put-file-system-policy --file-system-id <fs-id> --policy file://deny-non-tls.json',
    cloudformation:
      'Type: AWS::EFS::FileSystem\nProperties:\n  Encrypted: true\n  FileSystemPolicy:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Deny\n        Principal:\n          AWS: "*"\n        Action: "*"\n        Condition:\n          Bool:\n            aws:SecureTransport: "false"',
    terraform:
      'resource "aws_efs_file_system_policy" "tls_only" {\n  file_system_id = aws_efs_file_system.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = { AWS = "*" }\n      Action    = "*"\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}',
  },
  evaluate(fs) {
    if (fs.fileSystemPolicy === undefined) return notAssessed('the file system policy is unknown');
    if (fs.fileSystemPolicy === null)
      return fail('the file system has no policy, so clients may mount it without TLS');
    const candidates = statementsOf(fs.fileSystemPolicy)
      .map((statement, index) => ({ label: statement.Sid ?? `#${index + 1}`, statement }))
      .filter(({ statement }) => statement.Effect === 'Deny' && onInsecureTransport(statement))
      .map((c) => ({ ...c, gaps: shortfalls(c.statement) }));
    const complete = candidates.find((c) => c.gaps.length === 0);
    if (complete) {
      return pass(`statement ${complete.label} denies every NFS client that does not use TLS`, {
        sid: complete.label,
      });
    }
    const [first] = candidates;
    if (first) {
      return fail(`the aws:SecureTransport deny ${first.label} falls short: ${first.gaps.join('; ')}`, {
        sid: first.label,
        shortfalls: first.gaps,
      });
    }
    return fail('no file system policy statement denies clients where aws:SecureTransport is false');
  },
});

type ConditionEntry = { operator: string; key: string; value: unknown };

function conditionEntries(statement: PolicyStatement): ConditionEntry[] {
  return Object.entries(statement.Condition ?? {}).flatMap(([operator, block]) =>
    Object.entries(block).map(([key, value]) => ({ operator, key, value })),
  );
}

function isInsecureTransportMatch({ operator, key, value }: ConditionEntry): boolean {
  if (key.toLowerCase() !== 'aws:securetransport') return false;
  if (operator !== 'Bool' && operator !== 'BoolIfExists') return false;
  const values = Array.isArray(value) ? value : [value];
  return values.length > 0 && values.every((v) => String(v).toLowerCase() === 'false');
}

function onInsecureTransport(statement: PolicyStatement): boolean {
  return conditionEntries(statement).some(isInsecureTransportMatch);
}

/** Why a SecureTransport deny does not reach every client and every mount action. */
function shortfalls(statement: PolicyStatement): string[] {
  const gaps: string[] = [];
  if (
    statement.NotPrincipal !== undefined ||
    !principalsOf(statement).some((p) => p === '*' || p === 'AWS:*')
  ) {
    gaps.push("it applies to named principals, not every principal ('*')");
  }
  const others = conditionEntries(statement).filter((entry) => !isInsecureTransportMatch(entry));
  if (others.length > 0)
    gaps.push(`it is narrowed by other conditions (${others.map((c) => c.key).join(', ')})`);
  const actions =
    statement.NotAction === undefined ? asList(statement.Action).map((a) => a.toLowerCase()) : [];
  const wildcard = actions.some(
    (a) => a === '*' || a === 'elasticfilesystem:*' || a === 'elasticfilesystem:client*',
  );
  const missing = wildcard ? [] : CLIENT_ACTIONS.filter((a) => !actions.includes(a));
  if (missing.length > 0) gaps.push(`it does not cover ${missing.join(', ')}`);
  if (statement.NotResource !== undefined) gaps.push('it excludes resources with NotResource');
  return gaps;
}
