import {
  type AliasListEntry,
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  type KeyListEntry,
  type KeyMetadata,
  KMSClient,
  paginateListAliases,
  paginateListKeys,
  paginateListResourceTags,
} from '@aws-sdk/client-kms';
import type { KmsKey } from '../../../inventory/kinds/kms.js';
import { tagsFrom } from '../../../inventory/tags.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { parsePolicyDocument } from './policy-json.js';
import { type CallSite, eachLimited, listAll } from './regional-kit.js';

const MANAGERS = new Set(['AWS', 'CUSTOMER']);
const ORIGINS = new Set(['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE']);

/** Alias names (`alias/…`) per target key id, sorted so a key's name is stable. */
export function aliasesByKey(entries: readonly AliasListEntry[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const entry of entries) {
    // AWS lists reserved aliases (alias/aws/…) before their key exists; those point nowhere yet.
    if (!entry.TargetKeyId || !entry.AliasName) continue;
    byKey.set(entry.TargetKeyId, [...(byKey.get(entry.TargetKeyId) ?? []), entry.AliasName]);
  }
  for (const list of byKey.values()) list.sort();
  return byKey;
}

/** The key's metadata as the inventory models it; unknown when DescribeKey failed. */
export function metadataFieldsOf(
  meta: KeyMetadata | undefined,
): Pick<KmsKey, 'manager' | 'origin' | 'keyState' | 'keySpec' | 'keyUsage'> {
  return {
    manager:
      meta?.KeyManager && MANAGERS.has(meta.KeyManager) ? (meta.KeyManager as KmsKey['manager']) : undefined,
    origin: meta?.Origin && ORIGINS.has(meta.Origin) ? (meta.Origin as KmsKey['origin']) : undefined,
    keyState: meta?.KeyState,
    // CustomerMasterKeySpec is KeySpec's deprecated name; older answers may carry only it.
    keySpec: meta?.KeySpec ?? meta?.CustomerMasterKeySpec,
    keyUsage: meta?.KeyUsage,
  };
}

/**
 * Whether automatic rotation can apply: customer managed symmetric keys with KMS-generated material
 * (a field DescribeKey could not tell counts as "may apply", so the status is still read).
 */
export function rotationApplies(key: Pick<KmsKey, 'manager' | 'origin' | 'keySpec'>): boolean {
  return (
    key.manager !== 'AWS' &&
    (key.origin === undefined || key.origin === 'AWS_KMS') &&
    (key.keySpec === undefined || key.keySpec === 'SYMMETRIC_DEFAULT')
  );
}

/** The key properties each per-key call fills (DescribeKey: all of them, the others depend on it). */
const KEY_FIELDS: Partial<Record<string, string[]>> = {
  GetKeyRotationStatus: ['rotationEnabled'],
  GetKeyPolicy: ['policy'],
  ListResourceTags: ['tags'],
};

type ListedKey = KeyListEntry & { KeyId: string };

async function readKey(
  ctx: AwsContext,
  kms: KMSClient,
  region: string,
  listed: ListedKey,
  aliases: ReadonlyMap<string, string[]>,
): Promise<KmsKey> {
  const KeyId = listed.KeyId;
  const arn = listed.KeyArn ?? `arn:${ctx.partition}:kms:${region}:${ctx.account}:key/${KeyId}`;
  const site = (api: string): CallSite => ({
    service: 'kms',
    region,
    api: `kms:${api}`,
    resourceTypes: ['KmsKey'],
    resourceId: arn,
    ...(KEY_FIELDS[api] && { fields: KEY_FIELDS[api] }),
  });
  const meta = await ctx.call(site('DescribeKey'), async () => {
    const out = await kms.send(new DescribeKeyCommand({ KeyId }));
    return out.KeyMetadata;
  });
  const fields = metadataFieldsOf(meta);
  // AWS writes the policies of AWS managed keys, rotates them every year, and they carry no tags.
  const customer = fields.manager !== 'AWS';
  const [rotation, policy, tags] = await Promise.all([
    rotationApplies(fields)
      ? ctx.call(site('GetKeyRotationStatus'), async () => {
          const out = await kms.send(new GetKeyRotationStatusCommand({ KeyId }));
          return out.KeyRotationEnabled === true;
        })
      : undefined,
    customer
      ? ctx.call(site('GetKeyPolicy'), async () => {
          const out = await kms.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }));
          return parsePolicyDocument(out.Policy);
        })
      : undefined,
    customer
      ? listAll(
          ctx,
          site('ListResourceTags'),
          () => paginateListResourceTags({ client: kms }, { KeyId }),
          (page) => page.Tags,
        )
      : [],
  ]);
  const keyAliases = aliases.get(KeyId) ?? [];
  return {
    type: 'KmsKey',
    id: arn,
    name: keyAliases[0] ?? KeyId,
    account: ctx.account,
    region,
    tags: tagsFrom((tags ?? []).flatMap((t) => (t.TagKey ? [[t.TagKey, t.TagValue ?? ''] as const] : []))),
    ...(customer && tags === undefined && { tagsUnknown: true }),
    source: { kind: 'aws' },
    keyId: KeyId,
    aliases: keyAliases,
    ...fields,
    rotationEnabled: rotation,
    policy,
  };
}

/**
 * KMS keys per region: metadata, aliases, and, for customer managed keys, the default key policy,
 * tags and (where automatic rotation applies) the rotation status.
 */
export const kmsCollector: Collector = {
  service: 'kms',
  scope: 'regional',
  async collect(ctx, region) {
    const kms = ctx.client(KMSClient, region);
    const [keys, aliasEntries] = await Promise.all([
      listAll(
        ctx,
        { service: 'kms', region, api: 'kms:ListKeys', resourceTypes: ['KmsKey'] },
        () => paginateListKeys({ client: kms }, {}),
        (page) => page.Keys?.filter((k): k is ListedKey => Boolean(k.KeyId)),
      ),
      listAll(
        ctx,
        // Keys are still listed without their aliases, so this gap leaves no key type unlisted.
        { service: 'kms', region, api: 'kms:ListAliases', resourceTypes: ['KmsKey'], detail: true },
        () => paginateListAliases({ client: kms }, {}),
        (page) => page.Aliases,
      ),
    ]);
    const aliases = aliasesByKey(aliasEntries ?? []);
    return eachLimited(ctx, keys ?? [], (key) => readKey(ctx, kms, region, key, aliases));
  },
};
