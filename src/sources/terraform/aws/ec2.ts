import type { EbsVolume, Ec2Instance, Ec2RegionSettings } from '../../../inventory/kinds/ec2.js';
import { noTags, tagValue } from '../../../inventory/tags.js';
import type { Attrs } from '../attrs.js';
import { isCreated, type PlannedResource, type TerraformPlan } from '../model.js';
import { groupIdsOf, vpcIdOf } from './vpc.js';

const TENANCIES = ['default', 'dedicated', 'host'] as const;
type Tenancy = (typeof TENANCIES)[number];

/**
 * Region settings (aws_ebs_encryption_by_default, aws_ebs_default_kms_key,
 * aws_ec2_image_block_public_access), aws_instance (tenancy, instance metadata options, also from
 * an aws_launch_template, and its root and EBS block devices as volumes) and aws_ebs_volume.
 */
export function ec2Resources(plan: TerraformPlan): (Ec2RegionSettings | Ec2Instance | EbsVolume)[] {
  const out: (Ec2RegionSettings | Ec2Instance | EbsVolume)[] = regionSettings(plan);
  for (const instance of plan.ofType('aws_instance')) out.push(...instanceOf(plan, instance));
  const volumes = plan.ofType('aws_ebs_volume');
  const attachments = plan.join(
    ['aws_volume_attachment'],
    'volume_id',
    volumes,
    (v, id) => v.attrs.str('id') === id,
  );
  for (const volume of volumes) {
    const instances = attachments.of(volume).map((a) => instanceIdOf(plan, a));
    out.push(volumeOf(plan, volume, instances));
  }
  return out;
}

function regionSettings(plan: TerraformPlan): Ec2RegionSettings[] {
  const types = [
    'aws_ebs_encryption_by_default',
    'aws_ebs_default_kms_key',
    'aws_ec2_image_block_public_access',
  ];
  const byRegion = new Map<string, PlannedResource[]>();
  for (const r of plan.ofType(...types)) {
    const region = plan.regionOf(r);
    byRegion.set(region, [...(byRegion.get(region) ?? []), r]);
  }
  return [...byRegion].map(([region, resources]) => {
    const only = (type: string) => {
      const found = resources.filter((r) => r.type === type);
      // Two resources setting one region's switch: the last applied wins, which a plan does not say.
      return found.length === 1 ? found[0] : undefined;
    };
    const encryption = only('aws_ebs_encryption_by_default');
    const defaultKey = only('aws_ebs_default_kms_key');
    const imageBlock = only('aws_ec2_image_block_public_access');
    const state = imageBlock?.attrs.str('state');
    return {
      type: 'Ec2RegionSettings',
      ...plan.base(resources[0] as PlannedResource, `ec2-settings ${region}`, region),
      ebsEncryptionByDefault: encryption?.attrs.bool('enabled') ?? undefined,
      ebsDefaultKmsKeyId: (defaultKey && plan.keyRef(defaultKey, defaultKey.attrs, 'key_arn')) ?? undefined,
      imageBlockPublicAccess:
        state === 'block-new-sharing' ? true : state === 'unblocked' ? false : undefined,
    };
  });
}

/**
 * Whether EBS encryption by default is already on in a region before this plan applies: only then
 * are the volumes it creates sure to be encrypted (a setting turned on by the same apply may come
 * after them).
 */
function encryptionByDefaultInForce(plan: TerraformPlan, resource: PlannedResource): boolean {
  return plan
    .ofType('aws_ebs_encryption_by_default')
    .some(
      (r) =>
        plan.sameRegion(r, resource) &&
        r.before?.bool('enabled') === true &&
        r.attrs.bool('enabled') === true,
    );
}

/**
 * A created volume's `encrypted = false`, judged as written (the check names EBS encryption by
 * default, which may encrypt it anyway), unless this plan shows that setting already on.
 */
function createdUnencrypted(
  plan: TerraformPlan,
  resource: PlannedResource,
  encrypted: boolean | undefined,
): boolean | undefined {
  if (encrypted !== false || !isCreated(resource)) return encrypted;
  return encryptionByDefaultInForce(plan, resource) ? undefined : false;
}

function instanceIdOf(plan: TerraformPlan, attachment: PlannedResource): string {
  const id = attachment.attrs.str('instance_id');
  if (id) return id;
  const [instance] = plan
    .refersTo(attachment, attachment.attrs.expression('instance_id'))
    .filter((r) => r.type === 'aws_instance');
  return instance ? plan.idOf(instance) : attachment.ref;
}

export function nameOf(resource: PlannedResource): string {
  return (
    tagValue(resource.attrs.stringMap('tags_all'), 'Name') ??
    tagValue(resource.attrs.stringMap('tags'), 'Name') ??
    resource.address
  );
}

function instanceOf(plan: TerraformPlan, instance: PlannedResource): (Ec2Instance | EbsVolume)[] {
  const attrs = instance.attrs;
  const defaults: string[] = [];
  const template = launchTemplateOf(plan, instance);
  const tenancy = tenancyOf(plan, instance, template);
  if (tenancy.byDefault) defaults.push('tenancy');
  const own = attrs.blocks('metadata_options');
  const metadata = own?.[0] ?? template?.attrs.blocks('metadata_options')?.[0];
  const endpoint = metadata?.str('http_endpoint');
  const id = plan.idOf(instance);
  const region = plan.regionOf(instance);
  const volumes = devicesOf(plan, instance, id, region);
  const subnet = subnetOf(plan, instance);
  const profile = attrs.str('iam_instance_profile');
  const resource: Ec2Instance = {
    type: 'Ec2Instance',
    ...plan.base(instance, nameOf(instance), region),
    ...(defaults.length > 0 && { defaults }),
    state: attrs.str('instance_state') ?? undefined,
    tenancy: tenancy.value,
    metadataHttpTokens: oneOf(['required', 'optional'] as const, metadata?.str('http_tokens')),
    metadataEndpointEnabled: endpoint === 'enabled' ? true : endpoint === 'disabled' ? false : undefined,
    imageId: attrs.str('ami') ?? undefined,
    vpcId: subnet && subnetVpc(plan, subnet),
    subnetId: attrs.str('subnet_id') ?? (subnet && (subnet.attrs.str('id') ?? subnet.ref)),
    securityGroupIds: groupIdsOf(plan, instance, 'vpc_security_group_ids'),
    volumeIds: volumes.map((v) => v.id),
    // The plan names the profile, not its ARN; only "none" is certain.
    instanceProfileArn: profile === null ? null : undefined,
  };
  return [resource, ...volumes];
}

/** The aws_launch_template in this plan that an instance launches from. */
function launchTemplateOf(plan: TerraformPlan, instance: PlannedResource): PlannedResource | undefined {
  const [block] = instance.attrs.blocks('launch_template') ?? [];
  if (!block) return undefined;
  const templates = plan.ofType('aws_launch_template');
  const matches = (t: PlannedResource, v: string) => t.attrs.str('id') === v || t.attrs.str('name') === v;
  for (const attr of ['id', 'name']) {
    const link = plan.link(instance, attr, templates, matches, false, block);
    if (link.kind === 'linked') return link.owners[0];
  }
  return undefined;
}

function subnetOf(plan: TerraformPlan, instance: PlannedResource): PlannedResource | undefined {
  const link = plan.link(
    instance,
    'subnet_id',
    plan.ofType('aws_subnet', 'aws_default_subnet'),
    (s, v) => s.attrs.str('id') === v,
  );
  return link.kind === 'linked' ? link.owners[0] : undefined;
}

function subnetVpc(plan: TerraformPlan, subnet: PlannedResource): string | undefined {
  return vpcOfSubnet(plan, subnet)?.id;
}

function vpcOfSubnet(
  plan: TerraformPlan,
  subnet: PlannedResource,
): { id: string; vpc?: PlannedResource } | undefined {
  const known = subnet.attrs.str('vpc_id');
  const vpcs = plan.ofType('aws_vpc', 'aws_default_vpc');
  const link = plan.link(subnet, 'vpc_id', vpcs, (v, id) => v.attrs.str('id') === id);
  const vpc = link.kind === 'linked' ? link.owners[0] : undefined;
  if (vpc) return { id: vpcIdOf(vpc), vpc };
  return known ? { id: known } : undefined;
}

/**
 * An instance's tenancy: as set (on the instance or its launch template), 'host' when placed on a
 * dedicated host, else the tenancy of its VPC, which instances inherit (a default VPC is shared).
 */
function tenancyOf(
  plan: TerraformPlan,
  instance: PlannedResource,
  template: PlannedResource | undefined,
): { value?: Tenancy; byDefault?: boolean } {
  const attrs = instance.attrs;
  const set = attrs.str('tenancy');
  if (set !== undefined && set !== null) return { value: oneOf(TENANCIES, set) };
  if (attrs.str('host_id') || attrs.str('host_resource_group_arn')) return { value: 'host' };
  const [block] = attrs.blocks('launch_template') ?? [];
  if (block) {
    const placement = template?.attrs.blocks('placement')?.[0]?.str('tenancy');
    return { value: oneOf(TENANCIES, placement) };
  }
  if (attrs.str('subnet_id') === null && attrs.blocks('network_interface')?.length === 0) {
    return { value: 'default', byDefault: true };
  }
  const subnet = subnetOf(plan, instance);
  const vpc = subnet && vpcOfSubnet(plan, subnet)?.vpc;
  const vpcTenancy = vpc?.attrs.str('instance_tenancy');
  if (vpcTenancy === 'dedicated' || vpcTenancy === 'default') return { value: vpcTenancy, byDefault: true };
  return {};
}

/** The root device and EBS block devices of an instance, as volumes. */
function devicesOf(
  plan: TerraformPlan,
  instance: PlannedResource,
  instanceId: string,
  region: string,
): EbsVolume[] {
  const attrs = instance.attrs;
  const inForce = encryptionByDefaultInForce(plan, instance);
  const roots = attrs.blocks('root_block_device');
  const volumes: EbsVolume[] = [
    device(plan, instance, instanceId, region, roots?.[0], 'root_block_device', inForce),
  ];
  for (const block of attrs.blocks('ebs_block_device') ?? []) {
    const name = block.str('device_name') ?? 'ebs_block_device';
    volumes.push(device(plan, instance, instanceId, region, block, name, inForce));
  }
  return volumes;
}

function device(
  plan: TerraformPlan,
  instance: PlannedResource,
  instanceId: string,
  region: string,
  block: Attrs | undefined,
  name: string,
  inForce: boolean,
): EbsVolume {
  const defaults: string[] = [];
  let encrypted = createdUnencrypted(plan, instance, block?.bool('encrypted') ?? undefined);
  // Unset, a device takes its snapshot's (the AMI's) encryption, or the region's default.
  if (encrypted === undefined && inForce && !block?.str('snapshot_id')) {
    encrypted = true;
    defaults.push('encrypted');
  }
  const key = encrypted && block ? plan.keyRef(instance, block, 'kms_key_id') : undefined;
  // A device's tags: its own, else the instance's volume_tags; none when neither is set.
  const ownTags = block?.stringMap('tags');
  const volumeTags = instance.attrs.stringMap('volume_tags');
  const tags = ownTags && Object.keys(ownTags).length > 0 ? ownTags : (volumeTags ?? noTags());
  const tagsUnknown = volumeTags === undefined && instance.attrs.configured('volume_tags') !== false;
  // Findings on a device point at its instance, so the instance's suppressions hold for it too.
  const suppressions = [
    ...plan.suppressions(instance, instance.attrs.stringMap('tags') ?? noTags()),
    ...plan.suppressions(instance, tags),
  ].filter((s, i, all) => all.findIndex((o) => o.checkId === s.checkId) === i);
  return {
    type: 'EbsVolume',
    id: block?.str('volume_id') ?? `${instance.ref}/${name}`,
    name: `${nameOf(instance)} ${name === 'root_block_device' ? 'root volume' : name}`,
    account: plan.account,
    region,
    tags,
    ...(tagsUnknown && { tagsUnknown: true }),
    source: plan.sourceOf(instance),
    ...(suppressions.length > 0 && { suppressions }),
    ...(defaults.length > 0 && { defaults }),
    encrypted,
    // Encrypted without a named key (or with the key unknown): the region's default EBS key or the AMI's.
    kmsKeyId: key ?? (encrypted && !block ? '(known after apply)' : undefined),
    sizeGiB: block?.int('volume_size') ?? undefined,
    attachedInstanceIds: [instanceId],
  };
}

function volumeOf(plan: TerraformPlan, volume: PlannedResource, instances: string[]): EbsVolume {
  const attrs = volume.attrs;
  const defaults: string[] = [];
  const region = plan.regionOf(volume);
  let encrypted = createdUnencrypted(plan, volume, attrs.bool('encrypted') ?? undefined);
  if (encrypted === undefined && attrs.configured('encrypted') === false && isCreated(volume)) {
    // A volume from a snapshot keeps the snapshot's encryption; a blank one follows the region default.
    if (attrs.str('snapshot_id') === null && encryptionByDefaultInForce(plan, volume)) {
      encrypted = true;
      defaults.push('encrypted');
    }
  }
  return {
    type: 'EbsVolume',
    ...plan.base(volume, nameOf(volume), region),
    ...(defaults.length > 0 && { defaults }),
    encrypted,
    kmsKeyId: encrypted ? (plan.keyRef(volume, attrs, 'kms_key_id') ?? undefined) : undefined,
    sizeGiB: attrs.int('size') ?? undefined,
    attachedInstanceIds: instances,
  };
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null | undefined): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}
