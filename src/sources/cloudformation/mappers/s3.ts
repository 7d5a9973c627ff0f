import type { Encryption } from '../../../inventory/base.js';
import type { PublicAccessBlock } from '../../../inventory/kinds/account.js';
import type { ResourceOf } from '../../../inventory/resources.js';
import { pointerIndex } from '../pointer-index.js';
import type { ResourceDecl } from '../resolver.js';
import type { Props } from '../values.js';
import { Defaults, keyReference, type Mapper, policyDocument } from './common.js';

type S3Bucket = ResourceOf<'S3Bucket'>;

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

/** The grants each canned ACL adds to the owner's FULL_CONTROL. */
const CANNED_ACLS: Readonly<Record<string, S3Bucket['aclGrants']>> = {
  Private: [],
  BucketOwnerRead: [],
  BucketOwnerFullControl: [],
  AwsExecRead: [],
  PublicRead: [{ grantee: ALL_USERS, permission: 'READ' }],
  PublicReadWrite: [
    { grantee: ALL_USERS, permission: 'READ' },
    { grantee: ALL_USERS, permission: 'WRITE' },
  ],
  AuthenticatedRead: [{ grantee: AUTHENTICATED_USERS, permission: 'READ' }],
  LogDeliveryWrite: [
    { grantee: LOG_DELIVERY, permission: 'WRITE' },
    { grantee: LOG_DELIVERY, permission: 'READ_ACP' },
  ],
};

const BPA_PROPERTIES: [keyof PublicAccessBlock, string][] = [
  ['blockPublicAcls', 'BlockPublicAcls'],
  ['ignorePublicAcls', 'IgnorePublicAcls'],
  ['blockPublicPolicy', 'BlockPublicPolicy'],
  ['restrictPublicBuckets', 'RestrictPublicBuckets'],
];

const OWNERSHIP = ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'] as const;

/** AWS::S3::Bucket, with its AWS::S3::BucketPolicy. */
export const mapS3: Mapper = (ctx) => {
  const policies = ctx
    .ofType('AWS::S3::BucketPolicy')
    .map((decl) => ({ decl, target: ctx.target(decl, 'Bucket') }));
  // A policy whose bucket cannot be resolved may belong to any bucket here.
  const unplaced = policies.some((p) => p.target === undefined);
  const policiesAt = pointerIndex(ctx, policies, (p) => [p.target]);
  const buckets = ctx.ofType('AWS::S3::Bucket').map((decl): S3Bucket => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const name = ctx.nameOf(decl, 'BucketName');
    const own = policiesAt(decl, name);
    let policy: S3Bucket['policy'];
    if (own.length > 0)
      policy = policyDocument(ctx.props((own[0] as { decl: ResourceDecl }).decl).get('PolicyDocument'));
    else if (!unplaced) policy = d.take('policy', null);
    const fields = {
      // New buckets are encrypted with SSE-S3 since January 2023.
      encryption: p.has('BucketEncryption')
        ? encryptionOf(p.sub('BucketEncryption'), d)
        : d.take('encryption', { enabled: true, algorithm: 'AES256' }),
      // New buckets have all four Block Public Access settings on since April 2023.
      publicAccessBlock: p.has('PublicAccessBlockConfiguration')
        ? publicAccessBlockOf(p.sub('PublicAccessBlockConfiguration'))
        : d.take('publicAccessBlock', {
            blockPublicAcls: true,
            ignorePublicAcls: true,
            blockPublicPolicy: true,
            restrictPublicBuckets: true,
          }),
      policy,
      aclGrants: p.has('AccessControl') ? cannedAcl(p.literal('AccessControl')) : d.take('aclGrants', []),
      // ACLs are disabled on new buckets since April 2023.
      objectOwnership: p.has('OwnershipControls')
        ? ownershipOf(p.sub('OwnershipControls'))
        : d.take('objectOwnership', 'BucketOwnerEnforced'),
      versioning: p.has('VersioningConfiguration')
        ? versioningOf(p.sub('VersioningConfiguration'))
        : d.take('versioning', 'Disabled'),
      // CloudFormation cannot turn MFA delete on; only the root user can, through the API.
      mfaDelete: d.take('mfaDelete', false),
      logging: p.has('LoggingConfiguration')
        ? loggingOf(p.sub('LoggingConfiguration'), name)
        : d.take('logging', null),
      objectLockEnabled: p.has('ObjectLockEnabled')
        ? p.bool('ObjectLockEnabled')
        : d.take('objectLockEnabled', false),
    };
    return { type: 'S3Bucket', ...ctx.base(decl, 'S3Bucket', name, d.names, p), ...fields };
  });
  return [...buckets, ...existingBuckets(ctx, policies)];
};

/**
 * A bucket policy on a bucket the template does not create (named by a plain string) is judged on
 * what it says: the bucket appears with that policy and every other setting unknown, at the
 * policy's own line.
 */
function existingBuckets(
  ctx: Parameters<Mapper>[0],
  policies: { decl: ResourceDecl; target: { logicalId: string } | string | undefined }[],
): S3Bucket[] {
  const declared = ctx.ofType('AWS::S3::Bucket');
  return policies.flatMap(({ decl, target }): S3Bucket[] => {
    if (typeof target !== 'string') return [];
    if (declared.some((b) => ctx.points(target, b, ctx.nameOf(b, 'BucketName')))) return [];
    const policy = policyDocument(ctx.props(decl).get('PolicyDocument'));
    return [{ type: 'S3Bucket', ...ctx.base(decl, 'S3Bucket', target, []), tagsUnknown: true, policy }];
  });
}

/** The grants of a canned ACL; undefined for a name S3 does not know (or an unknown one). */
function cannedAcl(name: string | undefined): S3Bucket['aclGrants'] {
  return name !== undefined && Object.hasOwn(CANNED_ACLS, name) ? CANNED_ACLS[name] : undefined;
}

function encryptionOf(block: Props, d: Defaults): Encryption | undefined {
  const rules = block.blocks('ServerSideEncryptionConfiguration');
  if (rules === undefined) return undefined;
  const rule = rules.find((r) => r.has('ServerSideEncryptionByDefault'));
  // A rule that only sets BucketKeyEnabled leaves the SSE-S3 default in place.
  if (!rule) return d.take('encryption', { enabled: true, algorithm: 'AES256' });
  const sse = rule.sub('ServerSideEncryptionByDefault');
  const algorithm = sse.literal('SSEAlgorithm');
  if (algorithm === undefined) return undefined;
  const kmsKeyId = keyReference(sse, 'KMSMasterKeyID');
  return { enabled: true, algorithm, ...(kmsKeyId !== undefined && { kmsKeyId }) };
}

/** Settings a configuration leaves out are off, as PutPublicAccessBlock treats them. */
function publicAccessBlockOf(block: Props): PublicAccessBlock | undefined {
  if (block.unknown) return undefined;
  const out = {} as PublicAccessBlock;
  for (const [field, property] of BPA_PROPERTIES) {
    const value = block.has(property) ? block.bool(property) : false;
    if (value === undefined) return undefined;
    out[field] = value;
  }
  return out;
}

function ownershipOf(block: Props): S3Bucket['objectOwnership'] {
  const rules = block.blocks('Rules');
  const value = rules?.[0]?.literal('ObjectOwnership');
  return OWNERSHIP.find((o) => o === value);
}

function versioningOf(block: Props): S3Bucket['versioning'] {
  const status = block.literal('Status');
  return status === 'Enabled' || status === 'Suspended' ? status : undefined;
}

/** Without a destination, S3 writes the access logs into the bucket itself. */
function loggingOf(block: Props, ownName: string): S3Bucket['logging'] {
  if (block.unknown) return undefined;
  const target = block.has('DestinationBucketName') ? block.text('DestinationBucketName') : ownName;
  if (target === undefined) return undefined;
  const prefix = block.text('LogFilePrefix');
  return { targetBucket: target, ...(prefix && { targetPrefix: prefix }) };
}
