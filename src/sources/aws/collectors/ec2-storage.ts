import {
  type CreateVolumePermission,
  DescribeImageAttributeCommand,
  DescribeSnapshotAttributeCommand,
  type EC2Client,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
  GetImageBlockPublicAccessStateCommand,
  type Image,
  type LaunchPermission,
  paginateDescribeImages,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
  type Snapshot,
  type Volume,
} from '@aws-sdk/client-ec2';
import type { Ami, EbsSnapshot, EbsVolume, Ec2RegionSettings } from '../../../inventory/kinds/ec2.js';
import type { Resource } from '../../../inventory/resources.js';
import type { AwsContext } from '../context.js';
import { baseOf, eachLimited, ec2Arn, listAll, nameOf, tagsOf } from './regional-kit.js';

/** Snapshot and image ARNs carry no account: `arn:aws:ec2:<region>::snapshot/<id>`. */
function accountlessArn(ctx: AwsContext, region: string, resource: string): string {
  return `arn:${ctx.partition}:ec2:${region}::${resource}`;
}

function settingsId(account: string, region: string): string {
  return `ec2-settings:${account}:${region}`;
}

const SETTING_FIELDS: Partial<Record<string, string[]>> = {
  GetEbsEncryptionByDefault: ['ebsEncryptionByDefault'],
  GetEbsDefaultKmsKeyId: ['ebsDefaultKmsKeyId'],
  GetImageBlockPublicAccessState: ['imageBlockPublicAccess'],
};

/** Each setting comes from its own call; a failed one leaves only that field unknown. */
async function readSettings(ctx: AwsContext, client: EC2Client, region: string): Promise<Ec2RegionSettings> {
  const id = settingsId(ctx.account, region);
  const site = (api: string) => ({
    service: 'ec2',
    region,
    api: `ec2:${api}`,
    resourceTypes: ['Ec2RegionSettings' as const],
    resourceId: id,
    ...(SETTING_FIELDS[api] && { fields: SETTING_FIELDS[api] }),
  });
  const [encryption, key, imageBpa] = await Promise.all([
    ctx.call(site('GetEbsEncryptionByDefault'), () => client.send(new GetEbsEncryptionByDefaultCommand({}))),
    ctx.call(site('GetEbsDefaultKmsKeyId'), () => client.send(new GetEbsDefaultKmsKeyIdCommand({}))),
    ctx.call(site('GetImageBlockPublicAccessState'), () =>
      client.send(new GetImageBlockPublicAccessStateCommand({})),
    ),
  ]);
  const state = imageBpa?.ImageBlockPublicAccessState;
  return {
    type: 'Ec2RegionSettings',
    ...baseOf(ctx, region, id, `EC2 settings ${region}`),
    ebsEncryptionByDefault: encryption?.EbsEncryptionByDefault,
    ebsDefaultKmsKeyId: key?.KmsKeyId,
    imageBlockPublicAccess: state === undefined ? undefined : state !== 'unblocked',
  };
}

function volumeOf(ctx: AwsContext, region: string, volume: Volume & { VolumeId: string }): EbsVolume {
  const tags = tagsOf(volume.Tags);
  return {
    type: 'EbsVolume',
    ...baseOf(
      ctx,
      region,
      ec2Arn(ctx, region, `volume/${volume.VolumeId}`),
      nameOf(tags, volume.VolumeId),
      tags,
    ),
    encrypted: volume.Encrypted,
    kmsKeyId: volume.KmsKeyId,
    sizeGiB: volume.Size,
    attachedInstanceIds: volume.Attachments?.flatMap((a) =>
      a.InstanceId ? [ec2Arn(ctx, region, `instance/${a.InstanceId}`)] : [],
    ),
  };
}

/** Who a create-volume or launch permission list opens the resource to. */
function sharingOf(permissions: readonly (CreateVolumePermission | LaunchPermission)[]): {
  public: boolean;
  sharedWithAccounts: string[];
} {
  return {
    public: permissions.some((p) => p.Group === 'all'),
    // Launch permissions may also name an organization or OU: those are shares too.
    sharedWithAccounts: permissions.flatMap((p) => {
      const image = p as LaunchPermission;
      return [p.UserId, image.OrganizationArn, image.OrganizationalUnitArn].filter((x): x is string =>
        Boolean(x),
      );
    }),
  };
}

function snapshotOf(
  ctx: AwsContext,
  region: string,
  snapshot: Snapshot & { SnapshotId: string },
  permissions: readonly CreateVolumePermission[] | undefined,
): EbsSnapshot {
  const tags = tagsOf(snapshot.Tags);
  const sharing = permissions ? sharingOf(permissions) : undefined;
  return {
    type: 'EbsSnapshot',
    ...baseOf(
      ctx,
      region,
      accountlessArn(ctx, region, `snapshot/${snapshot.SnapshotId}`),
      nameOf(tags, snapshot.SnapshotId),
      tags,
    ),
    encrypted: snapshot.Encrypted,
    kmsKeyId: snapshot.KmsKeyId,
    volumeId: snapshot.VolumeId,
    public: sharing?.public,
    sharedWithAccounts: sharing?.sharedWithAccounts,
  };
}

/** An image is encrypted when every EBS disk it launches from is; unknown without EBS disks. */
function imageEncrypted(image: Image): boolean | undefined {
  const disks = (image.BlockDeviceMappings ?? []).flatMap((m) => (m.Ebs ? [m.Ebs] : []));
  if (disks.length === 0 || disks.some((d) => d.Encrypted === undefined)) return undefined;
  return disks.every((d) => d.Encrypted === true);
}

function amiOf(
  ctx: AwsContext,
  region: string,
  image: Image & { ImageId: string },
  permissions: readonly LaunchPermission[] | undefined,
): Ami {
  const tags = tagsOf(image.Tags);
  const sharing = permissions ? sharingOf(permissions) : undefined;
  return {
    type: 'Ami',
    ...baseOf(
      ctx,
      region,
      accountlessArn(ctx, region, `image/${image.ImageId}`),
      image.Name ?? nameOf(tags, image.ImageId),
      tags,
    ),
    // DescribeImages states publicness itself; the launch permissions add the named accounts.
    public: image.Public ?? sharing?.public,
    sharedWithAccounts: sharing?.sharedWithAccounts,
    encrypted: imageEncrypted(image),
  };
}

async function readVolumes(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  const volumes = await listAll(
    ctx,
    { service: 'ec2', region, api: 'ec2:DescribeVolumes', resourceTypes: ['EbsVolume'] },
    () => paginateDescribeVolumes({ client }, {}),
    (page) => page.Volumes,
  );
  return (volumes ?? [])
    .filter((v): v is Volume & { VolumeId: string } => Boolean(v.VolumeId))
    .map((v) => volumeOf(ctx, region, v));
}

async function readSnapshots(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  const snapshots = await listAll(
    ctx,
    { service: 'ec2', region, api: 'ec2:DescribeSnapshots', resourceTypes: ['EbsSnapshot'] },
    () => paginateDescribeSnapshots({ client }, { OwnerIds: ['self'] }),
    (page) => page.Snapshots,
  );
  const owned = (snapshots ?? []).filter((s): s is Snapshot & { SnapshotId: string } =>
    Boolean(s.SnapshotId),
  );
  return eachLimited(ctx, owned, async (snapshot) => {
    const attribute = await ctx.call(
      {
        service: 'ec2',
        region,
        api: 'ec2:DescribeSnapshotAttribute',
        resourceTypes: ['EbsSnapshot'],
        resourceId: accountlessArn(ctx, region, `snapshot/${snapshot.SnapshotId}`),
      },
      () =>
        client.send(
          new DescribeSnapshotAttributeCommand({
            SnapshotId: snapshot.SnapshotId,
            Attribute: 'createVolumePermission',
          }),
        ),
    );
    return snapshotOf(
      ctx,
      region,
      snapshot,
      attribute ? (attribute.CreateVolumePermissions ?? []) : undefined,
    );
  });
}

async function readImages(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  const images = await listAll(
    ctx,
    { service: 'ec2', region, api: 'ec2:DescribeImages', resourceTypes: ['Ami'] },
    () => paginateDescribeImages({ client }, { Owners: ['self'] }),
    (page) => page.Images,
  );
  const owned = (images ?? []).filter((i): i is Image & { ImageId: string } => Boolean(i.ImageId));
  return eachLimited(ctx, owned, async (image) => {
    const attribute = await ctx.call(
      {
        service: 'ec2',
        region,
        api: 'ec2:DescribeImageAttribute',
        resourceTypes: ['Ami'],
        resourceId: accountlessArn(ctx, region, `image/${image.ImageId}`),
      },
      () =>
        client.send(
          new DescribeImageAttributeCommand({ ImageId: image.ImageId, Attribute: 'launchPermission' }),
        ),
    );
    return amiOf(ctx, region, image, attribute ? (attribute.LaunchPermissions ?? []) : undefined);
  });
}

/** EBS settings, volumes, the account's snapshots and AMIs in one region. */
export async function readStorage(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  const parts = await Promise.all([
    readSettings(ctx, client, region).then((s) => [s]),
    readVolumes(ctx, client, region),
    readSnapshots(ctx, client, region),
    readImages(ctx, client, region),
  ]);
  return parts.flat();
}
