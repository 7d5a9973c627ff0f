import { awsDefault } from '../../../inventory/kind.js';
import type { PublicAccessBlock } from '../../../inventory/kinds/account.js';
import { awsAccountKind } from '../../../inventory/kinds/account.js';
import { cannedAclGrants, s3BucketKind } from '../../../inventory/kinds/s3.js';
import type { ResourceOf } from '../../../inventory/resources.js';
import { pointerIndex } from '../pointer-index.js';
import type { ResourceDecl } from '../resolver.js';
import type { Props } from '../values.js';
import { Defaults, keyReference, type Mapper, policyDocument } from './common.js';

type S3Bucket = ResourceOf<'S3Bucket'>;

/** AWS's defaults for a new bucket (inventory/kinds/s3.ts), each taken when the template leaves it out. */
const NEW = s3BucketKind.defaults;

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
    else if (!unplaced) policy = d.take('policy', awsDefault(NEW.policy));
    const fields = {
      encryption: p.has('BucketEncryption')
        ? encryptionOf(p.sub('BucketEncryption'), d)
        : d.take('encryption', awsDefault(NEW.encryption)),
      publicAccessBlock: p.has('PublicAccessBlockConfiguration')
        ? publicAccessBlockOf(p.sub('PublicAccessBlockConfiguration'))
        : d.take('publicAccessBlock', awsDefault(NEW.publicAccessBlock)),
      policy,
      aclGrants: p.has('AccessControl')
        ? cannedAcl(p.literal('AccessControl'))
        : d.take('aclGrants', awsDefault(NEW.aclGrants)),
      objectOwnership: p.has('OwnershipControls')
        ? ownershipOf(p.sub('OwnershipControls'))
        : d.take('objectOwnership', awsDefault(NEW.objectOwnership)),
      versioning: p.has('VersioningConfiguration')
        ? versioningOf(p.sub('VersioningConfiguration'))
        : d.take('versioning', awsDefault(NEW.versioning)),
      // CloudFormation cannot turn MFA delete on; only the root user can, through the API.
      mfaDelete: d.take('mfaDelete', awsDefault(NEW.mfaDelete)),
      logging: p.has('LoggingConfiguration')
        ? loggingOf(p.sub('LoggingConfiguration'), name)
        : d.take('logging', awsDefault(NEW.logging)),
      objectLockEnabled: p.has('ObjectLockEnabled')
        ? p.bool('ObjectLockEnabled')
        : d.take('objectLockEnabled', awsDefault(NEW.objectLockEnabled)),
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

/**
 * The grants of a canned ACL by CloudFormation's name for it (`PublicRead` is S3's `public-read`);
 * undefined for a name S3 does not know (or an unknown one).
 */
function cannedAcl(name: string | undefined): S3Bucket['aclGrants'] {
  if (name === undefined || !/^(?:[A-Z][a-z]+)+$/.test(name)) return undefined;
  return cannedAclGrants(name.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase());
}

function encryptionOf(block: Props, d: Defaults): S3Bucket['encryption'] {
  const rules = block.blocks('ServerSideEncryptionConfiguration');
  if (rules === undefined) return undefined;
  const rule = rules.find((r) => r.has('ServerSideEncryptionByDefault'));
  // A rule that only sets BucketKeyEnabled leaves the SSE-S3 default in place.
  if (!rule) return d.take('encryption', awsDefault(NEW.encryption));
  const sse = rule.sub('ServerSideEncryptionByDefault');
  const algorithm = sse.literal('SSEAlgorithm');
  if (algorithm === undefined) return undefined;
  const kmsKeyId = keyReference(sse, 'KMSMasterKeyID');
  return { enabled: true, algorithm, ...(kmsKeyId !== undefined && { kmsKeyId }) };
}

/** Settings a configuration leaves out take the account kind's default for an unset setting (off). */
function publicAccessBlockOf(block: Props): PublicAccessBlock | undefined {
  if (block.unknown) return undefined;
  const out = {} as PublicAccessBlock;
  for (const [field, property] of BPA_PROPERTIES) {
    const value = block.has(property)
      ? block.bool(property)
      : awsDefault(awsAccountKind.defaults.publicAccessBlockSetting);
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
