import {
  type Bucket,
  GetBucketAclCommand,
  type GetBucketAclCommandOutput,
  GetBucketEncryptionCommand,
  type GetBucketEncryptionCommandOutput,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  type GetBucketLoggingCommandOutput,
  GetBucketOwnershipControlsCommand,
  type GetBucketOwnershipControlsCommandOutput,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  type GetBucketVersioningCommandOutput,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Encryption } from '../../../inventory/base.js';
import type { S3Bucket } from '../../../inventory/kinds/s3.js';
import { noTags } from '../../../inventory/tags.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { ABSENT, absentOn } from './expected-errors.js';
import { parsePolicyDocument } from './policy-json.js';
import { type CallSite, defaultsOf, eachLimited, listAll, tagsOf } from './regional-kit.js';
import { publicAccessBlockOf, s3ClientExtra } from './s3-public-access.js';

/** The region a GetBucketLocation constraint names: none means us-east-1, 'EU' is eu-west-1's old name. */
export function regionOfLocation(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

/** Default encryption; null when the bucket has no default encryption rule. */
export function encryptionOf(out: GetBucketEncryptionCommandOutput): Encryption | null {
  const rule = out.ServerSideEncryptionConfiguration?.Rules?.find(
    (r) => r.ApplyServerSideEncryptionByDefault,
  );
  const byDefault = rule?.ApplyServerSideEncryptionByDefault;
  if (!byDefault?.SSEAlgorithm) return null;
  return {
    enabled: true,
    algorithm: byDefault.SSEAlgorithm,
    ...(byDefault.KMSMasterKeyID && { kmsKeyId: byDefault.KMSMasterKeyID }),
  };
}

export function aclGrantsOf(out: GetBucketAclCommandOutput): NonNullable<S3Bucket['aclGrants']> {
  return (out.Grants ?? []).map((g) => ({
    grantee: g.Grantee?.URI ?? g.Grantee?.ID ?? g.Grantee?.EmailAddress ?? g.Grantee?.Type ?? 'unknown',
    permission: g.Permission ?? 'unknown',
  }));
}

const OWNERSHIPS = new Set(['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter']);

function objectOwnershipOf(out: GetBucketOwnershipControlsCommandOutput): S3Bucket['objectOwnership'] {
  const value = out.OwnershipControls?.Rules?.[0]?.ObjectOwnership;
  return value && OWNERSHIPS.has(value) ? (value as S3Bucket['objectOwnership']) : undefined;
}

export function versioningOf(
  out: GetBucketVersioningCommandOutput,
): Pick<S3Bucket, 'versioning' | 'mfaDelete'> {
  // A bucket that never had versioning turned on answers with no Status at all.
  const status = out.Status === 'Enabled' || out.Status === 'Suspended' ? out.Status : 'Disabled';
  return { versioning: status, mfaDelete: out.MFADelete === 'Enabled' };
}

export function loggingOf(out: GetBucketLoggingCommandOutput): S3Bucket['logging'] {
  const target = out.LoggingEnabled;
  if (!target?.TargetBucket) return null;
  return {
    targetBucket: target.TargetBucket,
    ...(target.TargetPrefix && { targetPrefix: target.TargetPrefix }),
  };
}

type NamedBucket = Bucket & { Name: string };

/** The bucket properties each per-bucket call fills (GetBucketLocation: all of them). */
const BUCKET_FIELDS: Partial<Record<string, string[]>> = {
  GetBucketEncryption: ['encryption'],
  GetPublicAccessBlock: ['publicAccessBlock'],
  GetBucketPolicy: ['policy'],
  GetBucketAcl: ['aclGrants'],
  GetBucketOwnershipControls: ['objectOwnership'],
  GetBucketVersioning: ['versioning', 'mfaDelete'],
  GetBucketLogging: ['logging'],
  GetBucketTagging: ['tags'],
  GetObjectLockConfiguration: ['objectLockEnabled'],
};

/** Everything about one bucket, each setting read from the bucket's own region; undefined when that region is not scanned. */
async function readBucket(
  ctx: AwsContext,
  home: S3Client,
  clientFor: (region: string) => S3Client,
  bucket: NamedBucket,
): Promise<S3Bucket | undefined> {
  const name = bucket.Name;
  const arn = `arn:${ctx.partition}:s3:::${name}`;
  const site = (region: string, api: string): CallSite => ({
    service: 's3',
    region,
    api: `s3:${api}`,
    resourceTypes: ['S3Bucket'],
    resourceId: arn,
    ...(BUCKET_FIELDS[api] && { fields: BUCKET_FIELDS[api] }),
  });
  // Newer ListBuckets answers carry the region; otherwise ask, through the home region.
  const region =
    bucket.BucketRegion ??
    (await ctx.call(site('global', 'GetBucketLocation'), async () => {
      const out = await home.send(new GetBucketLocationCommand({ Bucket: name }));
      return regionOfLocation(out.LocationConstraint);
    }));
  const resource: S3Bucket = {
    type: 'S3Bucket',
    id: arn,
    name,
    account: ctx.account,
    // Without its region a bucket's settings cannot be asked for; they stay unknown.
    region: region ?? 'unknown',
    tags: noTags(),
    source: { kind: 'aws' },
  };
  if (!region) return resource;
  // --region scopes S3 too: a bucket elsewhere is outside the scan, not a finding.
  if (ctx.scanRegions && !ctx.scanRegions.includes(region)) return undefined;

  const s3 = clientFor(region);
  const Bucket = name;
  const read = <T>(api: string, fn: () => Promise<T>) => ctx.call(site(region, api), fn);
  const [encryption, publicAccessBlock, policy, aclGrants, ownership, versioning, logging, tags, objectLock] =
    await Promise.all([
      read('GetBucketEncryption', async () => {
        const out = await absentOn(
          ['ServerSideEncryptionConfigurationNotFoundError'],
          s3.send(new GetBucketEncryptionCommand({ Bucket })),
        );
        return out === ABSENT ? null : encryptionOf(out);
      }),
      read('GetPublicAccessBlock', async () => {
        const out = await absentOn(
          ['NoSuchPublicAccessBlockConfiguration'],
          s3.send(new GetPublicAccessBlockCommand({ Bucket })),
        );
        return out === ABSENT ? null : publicAccessBlockOf(out.PublicAccessBlockConfiguration);
      }),
      read('GetBucketPolicy', async () => {
        const out = await absentOn(['NoSuchBucketPolicy'], s3.send(new GetBucketPolicyCommand({ Bucket })));
        return out === ABSENT ? null : parsePolicyDocument(out.Policy);
      }),
      read('GetBucketAcl', async () => aclGrantsOf(await s3.send(new GetBucketAclCommand({ Bucket })))),
      read('GetBucketOwnershipControls', async () => {
        const out = await absentOn(
          ['OwnershipControlsNotFoundError'],
          s3.send(new GetBucketOwnershipControlsCommand({ Bucket })),
        );
        return out === ABSENT ? ABSENT : objectOwnershipOf(out);
      }),
      read('GetBucketVersioning', async () =>
        versioningOf(await s3.send(new GetBucketVersioningCommand({ Bucket }))),
      ),
      read('GetBucketLogging', async () => loggingOf(await s3.send(new GetBucketLoggingCommand({ Bucket })))),
      read('GetBucketTagging', async () => {
        const out = await absentOn(['NoSuchTagSet'], s3.send(new GetBucketTaggingCommand({ Bucket })));
        return out === ABSENT ? noTags() : tagsOf(out.TagSet);
      }),
      read('GetObjectLockConfiguration', async () => {
        const out = await absentOn(
          ['ObjectLockConfigurationNotFoundError'],
          s3.send(new GetObjectLockConfigurationCommand({ Bucket })),
        );
        return out !== ABSENT && out.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled';
      }),
    ]);
  // No ownership controls is the pre-2023 behaviour, ObjectWriter (ACLs in force): AWS's default then.
  const defaults = ownership === ABSENT ? ['objectOwnership'] : [];
  return {
    ...resource,
    tags: tags ?? noTags(),
    ...(tags === undefined && { tagsUnknown: true }),
    ...defaultsOf(defaults),
    encryption,
    publicAccessBlock,
    policy,
    aclGrants,
    objectOwnership: ownership === ABSENT ? 'ObjectWriter' : ownership,
    versioning: versioning?.versioning,
    mfaDelete: versioning?.mfaDelete,
    logging,
    objectLockEnabled: objectLock,
  };
}

/**
 * S3 general purpose buckets: listed once (ListBuckets is global), then each bucket's settings read
 * from a client in the bucket's region.
 */
export const s3Collector: Collector = {
  service: 's3',
  scope: 'global',
  async collect(ctx, region) {
    const home = ctx.client(S3Client, region, s3ClientExtra());
    const clients = new Map<string, S3Client>([[region, home]]);
    const clientFor = (r: string): S3Client => {
      let client = clients.get(r);
      if (!client) {
        client = ctx.client(S3Client, r, s3ClientExtra());
        clients.set(r, client);
      }
      return client;
    };
    const buckets = await listAll(
      ctx,
      { service: 's3', region: 'global', api: 's3:ListBuckets', resourceTypes: ['S3Bucket'] },
      // With any parameter (a page size) AWS names each bucket's region, sparing GetBucketLocation.
      () => paginateListBuckets({ client: home, pageSize: 1000 }, {}),
      (page) => page.Buckets?.filter((b): b is NamedBucket => Boolean(b.Name)),
    );
    const read = await eachLimited(ctx, buckets ?? [], (bucket) => readBucket(ctx, home, clientFor, bucket));
    return read.filter((b): b is S3Bucket => b !== undefined);
  },
};
