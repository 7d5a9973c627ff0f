import { KEY_CUSTODY_TYPES, type KeyCustodyType, type ResourceOf } from '../../inventory/resources.js';
import { tagValue } from '../../inventory/tags.js';
import type { CustodyLevel } from '../../model/custody.js';
import { isRegionName } from '../../model/regions.js';
import type { CheckContext } from '../check.js';

/** Resource types that hold data at rest under a key whose custody can be judged (a kind's trait). */
export const ENCRYPTED_RESOURCE_TYPES = KEY_CUSTODY_TYPES;

type EncryptedResourceType = KeyCustodyType;
export type EncryptedResource = ResourceOf<EncryptedResourceType>;

/**
 * No API shows whether an application encrypts data before it reaches AWS, so the customer
 * declares it with this tag (value `true`) on the resource that stores the ciphertext.
 */
const CLIENT_SIDE_TAG = 'demarc:client-side-encryption';

/** The custody of a resource's key, or why it cannot be known. Never a guess. */
export type Custody = { level: CustodyLevel; reason: string; key?: string } | { unknown: string };

/** Key references resolve beside the resource: alias/aws/ebs names a different key in every region. */
type KeyLookup = Pick<CheckContext, 'inventory'> & { near?: { account: string; region: string } };

export function custodyOf(resource: EncryptedResource, context: KeyLookup): Custody {
  const ctx: KeyLookup = { inventory: context.inventory, near: resource };
  if (tagValue(resource.tags, CLIENT_SIDE_TAG)?.toLowerCase() === 'true') {
    return {
      level: 'client-side',
      reason: `the data is encrypted client-side before it reaches AWS (declared by tag ${CLIENT_SIDE_TAG}=true, since no AWS API can see client-side encryption)`,
    };
  }
  switch (resource.type) {
    case 'S3Bucket':
      return s3Custody(resource, ctx);
    case 'EbsVolume':
    case 'EbsSnapshot':
      return ebsCustody(resource, ctx);
    case 'RdsInstance':
    case 'RdsCluster':
      return flagCustody(resource.storageEncrypted, resource.kmsKeyId, 'aws/rds', 'storage', ctx);
    case 'RdsSnapshot':
      return flagCustody(resource.encrypted, resource.kmsKeyId, 'aws/rds', 'snapshot', ctx);
    case 'RedshiftCluster':
      return redshiftCustody(resource, ctx);
    case 'DynamoDbTable':
      return dynamoDbCustody(resource, ctx);
    case 'EcrRepository':
      return ecrCustody(resource, ctx);
    case 'Workspace':
      return workspaceCustody(resource, ctx);
    case 'EfsFileSystem':
      return flagCustody(resource.encrypted, resource.kmsKeyId, 'aws/elasticfilesystem', 'file system', ctx);
    case 'LambdaFunction':
      // Lambda always encrypts environment variables; the kind leaves kmsKeyArn out for aws/lambda.
      return kmsCustody(resource.kmsKeyArn, 'aws/lambda', 'environment variables', ctx);
  }
}

function s3Custody(bucket: ResourceOf<'S3Bucket'>, ctx: KeyLookup): Custody {
  const encryption = bucket.encryption;
  if (encryption === undefined) return { unknown: 'the default encryption of the bucket is unknown' };
  if (encryption === null || !encryption.enabled) {
    return { level: 'none', reason: 'the bucket has no default encryption' };
  }
  const algorithm = encryption.algorithm;
  if (algorithm === 'AES256') {
    return { level: 'aws-owned', reason: 'new objects are encrypted with S3 managed keys (SSE-S3)' };
  }
  if (algorithm?.startsWith('aws:kms')) {
    return kmsCustody(encryption.kmsKeyId, 'aws/s3', `default encryption (${algorithm})`, ctx);
  }
  if (encryption.kmsKeyId !== undefined) {
    return kmsCustody(encryption.kmsKeyId, 'aws/s3', 'default encryption', ctx);
  }
  return { unknown: `the bucket's default encryption algorithm (${algorithm ?? 'not reported'}) is unknown` };
}

/** A volume that names no key uses the region's default EBS key, which the account may have changed. */
function ebsCustody(resource: ResourceOf<'EbsVolume' | 'EbsSnapshot'>, ctx: KeyLookup): Custody {
  const what = resource.type === 'EbsVolume' ? 'volume' : 'snapshot';
  if (resource.encrypted === undefined) return { unknown: `whether the ${what} is encrypted is unknown` };
  if (!resource.encrypted) return { level: 'none', reason: `the ${what} is not encrypted` };
  if (resource.kmsKeyId !== undefined) return kmsCustody(resource.kmsKeyId, 'aws/ebs', what, ctx);
  // A snapshot keeps its volume's key, which AWS always reports; a missing one is simply unknown.
  if (resource.type === 'EbsSnapshot') return { unknown: 'the key of the encrypted snapshot is unknown' };
  // Two templates of unknown region are not known to share one: no settings apply then.
  const settings = isRegionName(resource.region)
    ? ctx.inventory
        .ofType('Ec2RegionSettings')
        .find((s) => s.account === resource.account && s.region === resource.region)
    : undefined;
  if (settings?.ebsDefaultKmsKeyId === undefined) {
    return {
      unknown: `the ${what} names no key, so it uses the default EBS key of ${resource.region}, which is not in the inventory`,
    };
  }
  return kmsCustody(settings.ebsDefaultKmsKeyId, 'aws/ebs', `${what} (region's default EBS key)`, ctx);
}

function flagCustody(
  encrypted: boolean | undefined,
  keyRef: string | undefined,
  serviceKey: string,
  what: string,
  ctx: KeyLookup,
): Custody {
  if (encrypted === undefined) return { unknown: `whether the ${what} is encrypted is unknown` };
  if (!encrypted) return { level: 'none', reason: `the ${what} is not encrypted` };
  return kmsCustody(keyRef, serviceKey, what, ctx);
}

function redshiftCustody(cluster: ResourceOf<'RedshiftCluster'>, ctx: KeyLookup): Custody {
  if (cluster.encrypted === undefined) return { unknown: 'whether the cluster is encrypted is unknown' };
  if (!cluster.encrypted) return { level: 'none', reason: 'the cluster is not encrypted' };
  if (cluster.kmsKeyId === undefined || cluster.kmsKeyId === AWS_OWNED_MARKER) {
    // Without a named key Redshift uses an AWS owned key (its default since 2025) or the older
    // aws/redshift AWS managed key; both are AWS's to control, so report the weaker one.
    return {
      level: 'aws-owned',
      reason: 'the cluster is encrypted with a key Redshift chooses (an AWS owned key, or aws/redshift)',
    };
  }
  return kmsCustody(cluster.kmsKeyId, 'aws/redshift', 'cluster', ctx);
}

function dynamoDbCustody(table: ResourceOf<'DynamoDbTable'>, ctx: KeyLookup): Custody {
  if (table.sseType === undefined) return { unknown: 'the table encryption type is unknown' };
  if (table.sseType === 'AWS_OWNED') {
    return { level: 'aws-owned', reason: 'the table is encrypted with the AWS owned DynamoDB key' };
  }
  return kmsCustody(table.kmsKeyArn, 'aws/dynamodb', 'table', ctx);
}

function ecrCustody(repository: ResourceOf<'EcrRepository'>, ctx: KeyLookup): Custody {
  if (repository.encryptionType === undefined) {
    return { unknown: 'the repository encryption type is unknown' };
  }
  if (repository.encryptionType === 'AES256') {
    return { level: 'aws-owned', reason: 'images are encrypted with S3 managed keys (AES256)' };
  }
  return kmsCustody(repository.kmsKeyId, 'aws/ecr', `repository (${repository.encryptionType})`, ctx);
}

/** A WorkSpace is only as well kept as its weaker volume. */
function workspaceCustody(workspace: ResourceOf<'Workspace'>, ctx: KeyLookup): Custody {
  const volumes = { root: workspace.rootVolumeEncrypted, user: workspace.userVolumeEncrypted };
  const plain = Object.entries(volumes).filter(([, encrypted]) => encrypted === false);
  if (plain.length > 0) {
    return {
      level: 'none',
      reason: `the ${plain.map(([name]) => name).join(' and ')} volume is not encrypted`,
    };
  }
  const unknown = Object.entries(volumes).filter(([, encrypted]) => encrypted === undefined);
  if (unknown.length > 0) {
    return {
      unknown: `whether the ${unknown.map(([name]) => name).join(' and ')} volume is encrypted is unknown`,
    };
  }
  return kmsCustody(workspace.volumeKmsKeyId, 'aws/workspaces', 'root and user volumes', ctx);
}

const AWS_OWNED_MARKER = 'AWS_OWNED_KMS_KEY';

/** alias/aws/* names are reserved for AWS managed keys. */
function isAwsManagedAlias(ref: string): boolean {
  return /(^|:)alias\/aws\//.test(ref);
}

/**
 * Custody of data encrypted under a KMS key reference. No reference means the service's own
 * AWS managed key (`serviceKey`); a reference that is not in the inventory stays unknown.
 */
function kmsCustody(ref: string | undefined, serviceKey: string, what: string, ctx: KeyLookup): Custody {
  if (ref === undefined) {
    return {
      level: 'aws-managed',
      reason: `the ${what} uses the service's AWS managed key alias/${serviceKey} (no key named)`,
    };
  }
  if (ref === AWS_OWNED_MARKER) {
    return { level: 'aws-owned', reason: `the ${what} uses an AWS owned key` };
  }
  if (isAwsManagedAlias(ref)) {
    return { level: 'aws-managed', reason: `the ${what} uses the AWS managed key ${ref}`, key: ref };
  }
  const key = ctx.inventory.find('KmsKey', ref, ctx.near);
  if (!key) {
    return {
      unknown: `the ${what} uses KMS key ${ref}, which is not in the inventory (another account, or not scanned), so its custody is unknown`,
    };
  }
  const name = key.aliases[0] ? `${key.aliases[0]} (${key.keyId})` : key.keyId;
  if (key.manager === 'AWS' || key.aliases.some(isAwsManagedAlias)) {
    return { level: 'aws-managed', reason: `the ${what} uses the AWS managed key ${name}`, key: key.id };
  }
  if (key.manager === undefined) {
    return {
      unknown: `the ${what} uses KMS key ${name}, and whether AWS or the customer manages it is unknown`,
    };
  }
  switch (key.origin) {
    case undefined:
      return {
        unknown: `the ${what} uses customer managed key ${name}, whose key material origin is unknown`,
      };
    case 'AWS_KMS':
      return {
        level: 'customer-managed',
        reason: `the ${what} uses customer managed key ${name} (key material generated by KMS)`,
        key: key.id,
      };
    default:
      return {
        level: 'customer-managed-external',
        reason: `the ${what} uses customer managed key ${name} with ${ORIGIN_TITLES[key.origin]}`,
        key: key.id,
      };
  }
}

const ORIGIN_TITLES = {
  EXTERNAL: 'imported key material (BYOK)',
  AWS_CLOUDHSM: 'key material in the customer’s CloudHSM cluster',
  EXTERNAL_KEY_STORE: 'key material in an external key store outside AWS',
} as const;
