import type { Encryption } from '../../../inventory/base.js';
import { awsDefault } from '../../../inventory/kind.js';
import type { PublicAccessBlock } from '../../../inventory/kinds/account.js';
import { awsAccountKind } from '../../../inventory/kinds/account.js';
import { cannedAclGrants, type S3Bucket, s3BucketKind } from '../../../inventory/kinds/s3.js';
import type { Attrs } from '../attrs.js';
import { isCreated, type Join, type PlannedResource, type TerraformPlan, unresolved } from '../model.js';

/**
 * aws_s3_bucket with the resources AWS provider 4+ splits its settings into. A setting comes from
 * its split resource; else from the bucket's own (deprecated, read-back) attribute when the plan
 * knows it; else, for a bucket this plan creates, from AWS's documented defaults for new buckets
 * (the S3 bucket kind's `defaults`); else it stays unknown. A split resource whose bucket is known only after
 * apply could belong to any bucket, so it leaves that setting unknown on every bucket without its own.
 */
const SPLIT = {
  encryption: 'aws_s3_bucket_server_side_encryption_configuration',
  publicAccessBlock: 'aws_s3_bucket_public_access_block',
  policy: 'aws_s3_bucket_policy',
  acl: 'aws_s3_bucket_acl',
  ownership: 'aws_s3_bucket_ownership_controls',
  versioning: 'aws_s3_bucket_versioning',
  logging: 'aws_s3_bucket_logging',
} as const;
type Setting = keyof typeof SPLIT;

type Grant = NonNullable<S3Bucket['aclGrants']>[number];

/** AWS's defaults for a new bucket (inventory/kinds/s3.ts). */
const NEW = s3BucketKind.defaults;

const OWNERSHIPS = ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'] as const;
const VERSIONING = ['Enabled', 'Suspended', 'Disabled'] as const;

/** A value the bucket's own attribute gives (possibly unreadable), or undefined when it gives none. */
type Inline<T> = { value: T | undefined } | undefined;

export function s3Buckets(plan: TerraformPlan): S3Bucket[] {
  const buckets = plan.ofType('aws_s3_bucket');
  const named = (bucket: PlannedResource, value: string) =>
    bucket.attrs.str('bucket') === value || bucket.attrs.str('id') === value;
  const joins = {} as Record<Setting, Join>;
  for (const [setting, type] of Object.entries(SPLIT)) {
    joins[setting as Setting] = plan.join([type], 'bucket', buckets, named);
  }
  return buckets.map((bucket) => new BucketReader(plan, bucket, joins).read());
}

class BucketReader {
  private readonly defaults: string[] = [];

  constructor(
    private readonly plan: TerraformPlan,
    private readonly bucket: PlannedResource,
    private readonly joins: Record<Setting, Join>,
  ) {}

  read(): S3Bucket {
    const { plan, bucket } = this;
    const attrs = bucket.attrs;
    const aclResources = this.joins.acl.of(bucket);
    const encryption = this.setting<Encryption | null>(
      'encryption',
      (c) => this.encryption(c, c.attrs.blocks('rule')),
      () => {
        const inline = attrs.blocks('server_side_encryption_configuration')?.[0];
        return inline ? { value: this.encryption(bucket, inline.blocks('rule')) } : undefined;
      },
      awsDefault(NEW.encryption),
    );
    const publicAccessBlock = this.setting<PublicAccessBlock | null>(
      'publicAccessBlock',
      (c) => publicAccessBlockOf(c.attrs),
      () => undefined,
      awsDefault(NEW.publicAccessBlock),
    );
    const policy = this.setting<S3Bucket['policy']>(
      'policy',
      (c) => c.attrs.policy('policy'),
      () => {
        const text = attrs.str('policy');
        return text === undefined ? undefined : { value: attrs.policy('policy') };
      },
      awsDefault(NEW.policy),
    );
    // A new bucket has ACLs disabled, unless this plan also writes an ACL that needs them.
    const ownAcl = attrs.str('acl');
    const aclsWanted =
      aclResources.some((c) => c.attrs.str('acl') !== 'private') || (!!ownAcl && ownAcl !== 'private');
    const objectOwnership = this.setting<S3Bucket['objectOwnership']>(
      'objectOwnership',
      (c) => oneOf(OWNERSHIPS, c.attrs.blocks('rule')?.[0]?.str('object_ownership')),
      () => undefined,
      aclsWanted ? undefined : awsDefault(NEW.objectOwnership),
      this.joins.ownership,
    );
    const aclGrants = this.setting<S3Bucket['aclGrants']>(
      'aclGrants',
      (c) => grantsOfAclResource(c.attrs),
      () => inlineGrants(attrs),
      awsDefault(NEW.aclGrants),
      this.joins.acl,
    );
    const versioning = this.setting<Pick<S3Bucket, 'versioning' | 'mfaDelete'>>(
      'versioning',
      (c) => {
        const config = c.attrs.blocks('versioning_configuration')?.[0];
        const status = oneOf(VERSIONING, config?.str('status'));
        const mfa = config?.str('mfa_delete');
        return status && { versioning: status, mfaDelete: mfa === undefined ? undefined : mfa === 'Enabled' };
      },
      () => this.inlineVersioning(),
      { versioning: awsDefault(NEW.versioning), mfaDelete: awsDefault(NEW.mfaDelete) },
    );
    const logging = this.setting<S3Bucket['logging']>(
      'logging',
      (c) => this.logging(c, c.attrs),
      () => {
        const blocks = attrs.blocks('logging');
        if (blocks === undefined || (blocks.length === 0 && isCreated(bucket))) return undefined;
        const [first] = blocks;
        return { value: first ? this.logging(bucket, first) : null };
      },
      awsDefault(NEW.logging),
    );
    let objectLockEnabled = attrs.bool('object_lock_enabled') ?? undefined;
    if (
      objectLockEnabled === undefined &&
      isCreated(bucket) &&
      attrs.configured('object_lock_enabled') === false
    ) {
      objectLockEnabled = awsDefault(NEW.objectLockEnabled);
      this.defaults.push('objectLockEnabled');
    }
    return {
      type: 'S3Bucket',
      ...plan.base(bucket, attrs.str('bucket') ?? bucket.address),
      ...(this.defaults.length > 0 && { defaults: this.defaults }),
      encryption,
      publicAccessBlock,
      policy,
      aclGrants,
      objectOwnership,
      versioning: versioning?.versioning,
      mfaDelete: versioning?.mfaDelete,
      logging,
      objectLockEnabled,
    };
  }

  /**
   * One setting, by the rule in the module comment. `join` is the split resource that decides it
   * (defaults to the setting's own).
   */
  private setting<T>(
    name: Setting | 'objectOwnership' | 'aclGrants',
    fromSplit: (child: PlannedResource) => T | undefined,
    inline: () => Inline<T>,
    awsDefault: T | undefined,
    join: Join = this.joins[name as Setting],
  ): T | undefined {
    const children = join.of(this.bucket);
    // Two resources writing one setting: whichever applies last wins, which the plan does not say.
    if (children.length > 1) return undefined;
    const [child] = children;
    if (child) return fromSplit(child);
    if (join.unresolved.length > 0) return undefined;
    const own = inline();
    if (own) return own.value;
    if (awsDefault === undefined || !isCreated(this.bucket)) return undefined;
    this.defaults.push(...(name === 'versioning' ? ['versioning', 'mfaDelete'] : [name]));
    return awsDefault;
  }

  private encryption(from: PlannedResource, rules: Attrs[] | undefined): Encryption | null | undefined {
    if (!rules) return undefined;
    for (const rule of rules) {
      const byDefault = rule.blocks('apply_server_side_encryption_by_default');
      if (byDefault === undefined) return undefined;
      const [settings] = byDefault;
      if (!settings) continue;
      const algorithm = settings.str('sse_algorithm');
      if (!algorithm) return undefined;
      const key = algorithm.startsWith('aws:kms')
        ? this.plan.keyRef(from, settings, 'kms_master_key_id')
        : null;
      return { enabled: true, algorithm, ...(key !== null && { kmsKeyId: key }) };
    }
    // A configuration with no default rule leaves S3's own default in place, which the plan does not show.
    return undefined;
  }

  /** The bucket's read-back versioning block: `enabled: false` is either never enabled or suspended. */
  private inlineVersioning(): Inline<Pick<S3Bucket, 'versioning' | 'mfaDelete'>> {
    const [block] = this.bucket.attrs.blocks('versioning') ?? [];
    const enabled = block?.bool('enabled');
    if (!block || enabled === undefined || enabled === null) return undefined;
    const mfaDelete = block.bool('mfa_delete') ?? undefined;
    if (enabled) return { value: { versioning: 'Enabled', mfaDelete } };
    return { value: isCreated(this.bucket) ? { versioning: 'Disabled', mfaDelete } : undefined };
  }

  private logging(from: PlannedResource, attrs: Attrs): S3Bucket['logging'] {
    let target = attrs.str('target_bucket');
    if (target === null) return null;
    if (target === undefined) {
      const expr = attrs.expression('target_bucket');
      const [bucket] = this.plan.refersTo(from, expr).filter((r) => r.type === 'aws_s3_bucket');
      target = (bucket && (bucket.attrs.str('bucket') ?? bucket.address)) ?? unresolved(expr);
    }
    const prefix = attrs.str('target_prefix');
    return { targetBucket: target, ...(prefix && { targetPrefix: prefix }) };
  }
}

function publicAccessBlockOf(attrs: Attrs): PublicAccessBlock | undefined {
  const read = (key: string) => attrs.bool(key);
  const values = {
    blockPublicAcls: read('block_public_acls'),
    ignorePublicAcls: read('ignore_public_acls'),
    blockPublicPolicy: read('block_public_policy'),
    restrictPublicBuckets: read('restrict_public_buckets'),
  };
  if (Object.values(values).some((v) => v === undefined)) return undefined;
  // An unset setting (null) takes the account kind's default for it, as the provider and S3 do: off.
  const unset = awsDefault(awsAccountKind.defaults.publicAccessBlockSetting);
  return {
    blockPublicAcls: values.blockPublicAcls ?? unset,
    ignorePublicAcls: values.ignorePublicAcls ?? unset,
    blockPublicPolicy: values.blockPublicPolicy ?? unset,
    restrictPublicBuckets: values.restrictPublicBuckets ?? unset,
  };
}

/** aws_s3_bucket_acl: a canned ACL, or an access control policy with explicit grants. */
function grantsOfAclResource(attrs: Attrs): Grant[] | undefined {
  const canned = attrs.str('acl');
  if (canned) return cannedAclGrants(canned);
  if (canned === undefined) return undefined;
  const policy = attrs.blocks('access_control_policy');
  if (!policy) return undefined;
  const [first] = policy;
  return first ? grantsOf(first.blocks('grant')) : [];
}

/** The bucket's own `acl` argument, or the grants the provider read back for an existing bucket. */
function inlineGrants(attrs: Attrs): Inline<Grant[]> {
  const canned = attrs.str('acl');
  if (canned) return { value: cannedAclGrants(canned) };
  const grants = attrs.blocks('grant');
  if (grants === undefined || grants.length === 0) return undefined;
  return { value: grantsOf(grants) };
}

function grantsOf(blocks: Attrs[] | undefined): Grant[] | undefined {
  if (!blocks) return undefined;
  const out: Grant[] = [];
  for (const grant of blocks) {
    // aws_s3_bucket_acl nests the grantee; the bucket's read-back `grant` holds it inline.
    const grantee = grant.blocks('grantee')?.[0] ?? grant;
    const who =
      grantee.str('uri') ?? grantee.str('id') ?? grantee.str('email_address') ?? grantee.str('type');
    const permissions = grant.str('permission') ? [grant.str('permission')] : grant.strings('permissions');
    if (!who || !permissions || permissions.some((p) => !p)) return undefined;
    for (const permission of permissions) out.push({ grantee: who, permission: permission as string });
  }
  return out;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null | undefined): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}
