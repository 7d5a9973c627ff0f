import type { Ami, EbsSnapshot } from '../../../inventory/kinds/ec2.js';
import { isCreated, type Join, type PlannedResource, type TerraformPlan } from '../model.js';
import { Defaults } from './defaults.js';
import { nameOf } from './ec2.js';

const SNAPSHOTS = ['aws_ebs_snapshot', 'aws_ebs_snapshot_copy'];
const IMAGES = ['aws_ami', 'aws_ami_copy', 'aws_ami_from_instance'];

const byId = (owner: PlannedResource, value: string) => owner.attrs.str('id') === value;

/** One permission resource: whether it opens its owner to everyone, and to whom else. */
interface Grant {
  /** undefined when the plan does not know the group yet. */
  public: boolean | undefined;
  /** The account, organization or OU; null for a group-only grant; undefined when unknown. */
  principal: string | null | undefined;
}

/**
 * EBS snapshots (aws_ebs_snapshot, aws_ebs_snapshot_copy) with their
 * aws_snapshot_create_volume_permission, and AMIs (aws_ami, aws_ami_copy, aws_ami_from_instance)
 * with their aws_ami_launch_permission, joined by snapshot or image id.
 */
export function imageResources(plan: TerraformPlan): (EbsSnapshot | Ami)[] {
  const snapshots = plan.ofType(...SNAPSHOTS);
  const volumePermissions = plan.join(
    ['aws_snapshot_create_volume_permission'],
    'snapshot_id',
    snapshots,
    byId,
  );
  const images = plan.ofType(...IMAGES);
  const launchPermissions = plan.join(['aws_ami_launch_permission'], 'image_id', images, byId);
  return [
    ...snapshots.map((s) => snapshotOf(plan, s, volumePermissions)),
    ...images.map((i) => imageOf(plan, i, launchPermissions)),
  ];
}

function snapshotOf(plan: TerraformPlan, snapshot: PlannedResource, permissions: Join): EbsSnapshot {
  const a = snapshot.attrs;
  const d = new Defaults();
  const volume = volumeOf(plan, snapshot);
  // The resource has no group argument: Terraform can share a snapshot with accounts, never make it public.
  const sharing = sharingOf(snapshot, permissions, d, (p) => ({
    public: false,
    principal: p.attrs.str('account_id'),
  }));
  const copy = snapshot.type === 'aws_ebs_snapshot_copy';
  return {
    type: 'EbsSnapshot',
    ...plan.base(snapshot, nameOf(snapshot)),
    encrypted: snapshotEncrypted(snapshot, volume),
    kmsKeyId: (copy ? plan.keyRef(snapshot, a, 'kms_key_id') : a.str('kms_key_id')) ?? undefined,
    volumeId: a.str('volume_id') ?? (volume && plan.idOf(volume)),
    ...sharing,
    ...d.spread,
  };
}

function volumeOf(plan: TerraformPlan, snapshot: PlannedResource): PlannedResource | undefined {
  if (snapshot.type !== 'aws_ebs_snapshot') return undefined;
  const link = plan.link(snapshot, 'volume_id', plan.ofType('aws_ebs_volume'), byId);
  return link.kind === 'linked' ? link.owners[0] : undefined;
}

/**
 * A snapshot of an encrypted volume is encrypted; a copy asked to encrypt is. Otherwise a new
 * snapshot's encryption is its source's, known only once taken (a copy's `encrypted = false`
 * keeps an encrypted source encrypted).
 */
function snapshotEncrypted(
  snapshot: PlannedResource,
  volume: PlannedResource | undefined,
): boolean | undefined {
  const own = snapshot.attrs.bool('encrypted') ?? undefined;
  if (!isCreated(snapshot) || own === true) return own;
  return volume?.attrs.bool('encrypted') === true ? true : undefined;
}

function imageOf(plan: TerraformPlan, image: PlannedResource, permissions: Join): Ami {
  const d = new Defaults();
  const sharing = sharingOf(image, permissions, d, (p) => {
    const group = p.attrs.str('group');
    const principals = ['account_id', 'organization_arn', 'organizational_unit_arn'].map((k) =>
      p.attrs.str(k),
    );
    return {
      public: group === undefined ? undefined : group === 'all',
      principal: principals.includes(undefined) ? undefined : (principals.find((v) => !!v) ?? null),
    };
  });
  return {
    type: 'Ami',
    ...plan.base(image, image.attrs.str('name') ?? image.address),
    ...sharing,
    encrypted: imageEncrypted(image),
    ...d.spread,
  };
}

/** An image is encrypted when every EBS disk is; a new one's disks are known once registered. */
function imageEncrypted(image: PlannedResource): boolean | undefined {
  if (image.type === 'aws_ami_copy' && image.attrs.bool('encrypted') === true) return true;
  const disks = image.attrs.blocks('ebs_block_device');
  if (!disks || disks.length === 0) return undefined;
  const values = disks.map((disk) => disk.bool('encrypted'));
  if (values.every((v) => v === true)) return true;
  return !isCreated(image) && values.includes(false) ? false : undefined;
}

/**
 * Who an owner's permission resources open it to. A new snapshot or image is private until
 * shared, so the permissions here are all it has; one that exists already may have permissions
 * granted outside this configuration, so only "public" can be told. A permission whose owner
 * cannot be told may be any owner's: then, too, only "public" can be told.
 */
function sharingOf(
  owner: PlannedResource,
  permissions: Join,
  d: Defaults,
  grantOf: (permission: PlannedResource) => Grant,
): Pick<EbsSnapshot, 'public' | 'sharedWithAccounts'> {
  const grants = permissions.of(owner).map(grantOf);
  const isPublic = grants.some((g) => g.public === true);
  if (!isCreated(owner) || permissions.unresolved.length > 0) return { public: isPublic || undefined };
  if (grants.length === 0) {
    return {
      public: d.take(owner, 'public', false),
      sharedWithAccounts: d.take(owner, 'sharedWithAccounts', []),
    };
  }
  const principals = grants.map((g) => g.principal);
  return {
    public: isPublic || (grants.every((g) => g.public === false) ? false : undefined),
    // Organizations and OUs are listed by ARN: they share with every account in them.
    sharedWithAccounts: principals.includes(undefined)
      ? undefined
      : [...new Set(principals.filter((p) => typeof p === 'string'))],
  };
}
