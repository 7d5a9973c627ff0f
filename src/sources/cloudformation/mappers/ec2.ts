import { awsDefault } from '../../../inventory/kind.js';
import { type SecurityGroupRule, securityGroupKind } from '../../../inventory/kinds/ec2.js';
import type { Resource, ResourceOf } from '../../../inventory/resources.js';
import { noTags } from '../../../inventory/tags.js';
import { rawProperty, type TemplateContext } from '../context.js';
import { pointerIndex } from '../pointer-index.js';
import { defaultSecurityGroupId } from '../references.js';
import type { ResourceDecl } from '../resolver.js';
import { isRecord, literal, Props, text, Unknown } from '../values.js';
import { Defaults, keyReference, type Mapper, pointers } from './common.js';

type Pointer = { logicalId: string } | string | undefined;

const TRAFFIC_TYPES = ['ACCEPT', 'REJECT', 'ALL'] as const;
const TENANCIES = ['default', 'dedicated', 'host'] as const;
type Tenancy = (typeof TENANCIES)[number];

/** VPCs (with the default security group AWS creates in each), subnets, VPN gateways and connections. */
export const mapNetwork: Mapper = (ctx) => {
  const flowLogs = ctx.ofType('AWS::EC2::FlowLog').map((decl) => {
    const p = ctx.props(decl);
    return {
      decl,
      kind: p.literal('ResourceType'),
      targets: p.has('ResourceId') ? [ctx.target(decl, 'ResourceId')] : pointers(ctx, decl, 'ResourceIds'),
      trafficType: p.literal('TrafficType'),
    };
  });
  const tgwAttachments = [
    ...ctx.ofType('AWS::EC2::TransitGatewayAttachment'),
    ...ctx.ofType('AWS::EC2::TransitGatewayVpcAttachment'),
  ].map((decl) => ({ vpc: ctx.target(decl, 'VpcId'), tgw: ctx.props(decl).text('TransitGatewayId') }));

  const flowLogsAt = pointerIndex(ctx, flowLogs, (f) => f.targets);
  const tgwAttachmentsAt = pointerIndex(ctx, tgwAttachments, (a) => [a.vpc]);
  const out: Resource[] = [];
  for (const decl of ctx.ofType('AWS::EC2::VPC')) {
    const p = ctx.props(decl);
    const d = new Defaults();
    const vpcId = ctx.idOf(decl.logicalId);
    const mine = flowLogsAt(decl).filter((f) => f.kind === 'VPC');
    const logs = mine.map((f) => {
      const trafficType = TRAFFIC_TYPES.find((t) => t === f.trafficType);
      // A flow log is active once created; delivery errors show only after deployment.
      return trafficType && { id: ctx.idOf(f.decl.logicalId), trafficType, active: true };
    });
    const tgws = tgwAttachmentsAt(decl).map((a) => a.tgw);
    const fields = {
      vpcId,
      isDefault: false,
      cidrBlock: p.text('CidrBlock'),
      flowLogs: logs.every((l) => l !== undefined)
        ? mine.length === 0
          ? d.take('flowLogs', [])
          : logs
        : undefined,
      transitGatewayIds: tgws.every((t): t is string => t !== undefined)
        ? tgws.length === 0
          ? d.take('transitGatewayIds', [])
          : tgws
        : undefined,
    };
    out.push({ type: 'Vpc', ...ctx.base(decl, 'Vpc', decl.logicalId, d.names, p), ...fields });
    out.push(defaultSecurityGroup(ctx, decl, vpcId));
  }
  for (const decl of ctx.ofType('AWS::EC2::Subnet')) {
    const p = ctx.props(decl);
    const vpcId = pointerId(ctx, ctx.target(decl, 'VpcId'));
    if (vpcId === undefined) continue;
    const d = new Defaults();
    const fields = {
      vpcId,
      cidrBlock: p.text('CidrBlock'),
      mapPublicIpOnLaunch: p.has('MapPublicIpOnLaunch')
        ? p.bool('MapPublicIpOnLaunch')
        : d.take('mapPublicIpOnLaunch', false),
    };
    out.push({ type: 'Subnet', ...ctx.base(decl, 'Subnet', decl.logicalId, d.names, p), ...fields });
  }
  const gatewayAttachments = ctx.ofType('AWS::EC2::VPCGatewayAttachment').map((decl) => ({
    gateway: ctx.target(decl, 'VpnGatewayId'),
    vpc: pointerId(ctx, ctx.target(decl, 'VpcId')),
  }));
  const gatewayAttachmentsAt = pointerIndex(ctx, gatewayAttachments, (a) => [a.gateway]);
  for (const decl of ctx.ofType('AWS::EC2::VPNGateway')) {
    const attachedVpcIds = gatewayAttachmentsAt(decl)
      .filter((a) => a.vpc !== undefined)
      .map((a) => a.vpc as string);
    out.push({
      type: 'VpnGateway',
      ...ctx.base(decl, 'VpnGateway', decl.logicalId, []),
      state: 'available',
      attachedVpcIds,
    });
  }
  for (const decl of ctx.ofType('AWS::EC2::VPNConnection')) {
    const p = ctx.props(decl);
    out.push({
      type: 'VpnConnection',
      ...ctx.base(decl, 'VpnConnection', decl.logicalId, [], p),
      // Whether the tunnels come up depends on the customer gateway, known only after deployment.
      vpnGatewayId: pointerId(ctx, ctx.target(decl, 'VpnGatewayId')),
      transitGatewayId: p.text('TransitGatewayId'),
    });
  }
  return out;
};

/** The id a pointer stands for: a template resource's id, or the literal id or name. */
function pointerId(ctx: TemplateContext, pointer: Pointer): string | undefined {
  if (pointer === undefined) return undefined;
  return typeof pointer === 'string' ? pointer : ctx.idOf(pointer.logicalId);
}

/**
 * Every new VPC gets a default security group that admits all traffic from its own members and
 * lets everything out. CloudFormation cannot remove those rules, so they are AWS's defaults here.
 */
function defaultSecurityGroup(
  ctx: TemplateContext,
  vpc: ResourceDecl,
  vpcId: string,
): ResourceOf<'SecurityGroup'> {
  const groupId = defaultSecurityGroupId(vpcId);
  const extra = standaloneRules(ctx, [], [groupId, defaultSecurityGroupId(ctx.idOf(vpc.logicalId))]);
  const defaults = (['ingress', 'egress'] as const).filter((field) => extra[field] !== undefined);
  const base = ctx.base(vpc, 'SecurityGroup', `${vpc.logicalId} default security group`, [...defaults]);
  // A template cannot give a VPC IPv6 in a way this reader follows, so the rules are IPv4's.
  const rules = securityGroupKind.defaults.vpcDefaultGroup.value(groupId, false);
  return {
    type: 'SecurityGroup',
    ...base,
    id: groupId,
    tags: noTags(),
    source: { ...base.source, logicalId: `${vpc.logicalId}.DefaultSecurityGroup` },
    groupId,
    vpcId,
    isDefault: true,
    ingress: extra.ingress && [...rules.ingress, ...extra.ingress],
    egress: extra.egress && [...rules.egress, ...extra.egress],
  };
}

/** AWS::EC2::SecurityGroup with its inline rules and the standalone Ingress/Egress resources. */
export const mapSecurityGroups: Mapper = (ctx) =>
  ctx.ofType('AWS::EC2::SecurityGroup').map((decl): ResourceOf<'SecurityGroup'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const groupId = ctx.idOf(decl.logicalId);
    const groupName = p.text('GroupName');
    const extra = standaloneRules(
      ctx,
      [decl.logicalId],
      [ctx.idOf(decl.logicalId), ...(groupName === undefined ? [] : [groupName])],
    );
    const inlineIngress = p.has('SecurityGroupIngress')
      ? rulesOf(p.blocks('SecurityGroupIngress'), 'in')
      : [];
    // Inline egress rules replace the allow-all rule AWS creates; standalone ones add to it.
    const inlineEgress = p.has('SecurityGroupEgress')
      ? rulesOf(p.blocks('SecurityGroupEgress'), 'out')
      : awsDefault(securityGroupKind.defaults.egress);
    if (!p.has('SecurityGroupIngress') && extra.ingress?.length === 0) d.take('ingress', []);
    if (!p.has('SecurityGroupEgress') && extra.egress !== undefined) d.take('egress', []);
    const fields = {
      groupId,
      vpcId: p.has('VpcId') ? pointerId(ctx, ctx.target(decl, 'VpcId')) : undefined,
      isDefault: false,
      ingress: inlineIngress && extra.ingress && [...inlineIngress, ...extra.ingress],
      // A rule elsewhere that cannot be placed leaves ingress unknown, but never hides the rules that are here.
      ...(extra.ingress === undefined &&
        inlineIngress &&
        extra.ingressPlaced && { ingressAtLeast: [...inlineIngress, ...extra.ingressPlaced] }),
      egress: inlineEgress && extra.egress && [...inlineEgress, ...extra.egress],
    };
    return {
      type: 'SecurityGroup',
      ...ctx.base(decl, 'SecurityGroup', groupName ?? decl.logicalId, d.names, p),
      ...fields,
    };
  });

/** Standalone rule resources of one direction, indexed once per template by the group they name. */
interface RuleIndex {
  /** A rule whose group cannot be resolved (an undecided Fn::If, an import) may belong to any group. */
  someUnresolved: boolean;
  /** Rule positions by `ref:<logicalId>` or `name:<id or name>`. */
  byPointer: Map<string, number[]>;
  decls: readonly ResourceDecl[];
}

const ruleIndexes = new WeakMap<TemplateContext, Map<string, RuleIndex>>();

const pointerKey = (pointer: Pointer): string | undefined =>
  pointer === undefined
    ? undefined
    : typeof pointer === 'string'
      ? `name:${pointer}`
      : `ref:${pointer.logicalId}`;

function ruleIndex(ctx: TemplateContext, type: string, direction: 'in' | 'out'): RuleIndex {
  let perType = ruleIndexes.get(ctx);
  if (!perType) ruleIndexes.set(ctx, (perType = new Map()));
  const cached = perType.get(type);
  if (cached) return cached;
  const index: RuleIndex = { someUnresolved: false, byPointer: new Map(), decls: ctx.ofType(type) };
  index.decls.forEach((decl, i) => {
    const byId = ctx.target(decl, 'GroupId');
    const byName = direction === 'in' ? ctx.target(decl, 'GroupName') : undefined;
    if ((ctx.props(decl).has('GroupId') ? byId : byName) === undefined) index.someUnresolved = true;
    for (const key of new Set([pointerKey(byId), pointerKey(byName)])) {
      if (key === undefined) continue;
      const list = index.byPointer.get(key);
      if (list) list.push(i);
      else index.byPointer.set(key, [i]);
    }
  });
  perType.set(type, index);
  return index;
}

/**
 * Rules from AWS::EC2::SecurityGroupIngress / Egress resources that point at a group, by its
 * logical ids or by the ids and names it goes by; undefined when any may be unknown. Looked up in
 * an index: a template with thousands of groups and rules must not compare every pair.
 */
function standaloneRules(
  ctx: TemplateContext,
  logicalIds: readonly string[],
  names: readonly string[],
): {
  ingress: SecurityGroupRule[] | undefined;
  egress: SecurityGroupRule[] | undefined;
  /** The ingress rules that name this group, when others may too. */
  ingressPlaced: SecurityGroupRule[] | undefined;
} {
  const keys = [...logicalIds.map((id) => `ref:${id}`), ...names.map((name) => `name:${name}`)];
  const collect = (type: string, direction: 'in' | 'out', placedOnly = false) => {
    const index = ruleIndex(ctx, type, direction);
    if (index.someUnresolved && !placedOnly) return undefined;
    const positions = new Set(keys.flatMap((key) => index.byPointer.get(key) ?? []));
    const rules: SecurityGroupRule[] = [];
    for (const i of [...positions].sort((a, b) => a - b)) {
      const rule = ruleOf(ctx.props(index.decls[i] as ResourceDecl), direction);
      if (rule === undefined) return undefined;
      rules.push(rule);
    }
    return rules;
  };
  const ingress = collect('AWS::EC2::SecurityGroupIngress', 'in');
  return {
    ingress,
    egress: collect('AWS::EC2::SecurityGroupEgress', 'out'),
    ingressPlaced: ingress ?? collect('AWS::EC2::SecurityGroupIngress', 'in', true),
  };
}

function rulesOf(blocks: Props[] | undefined, direction: 'in' | 'out'): SecurityGroupRule[] | undefined {
  if (blocks === undefined) return undefined;
  const rules: SecurityGroupRule[] = [];
  for (const block of blocks) {
    const rule = ruleOf(block, direction);
    if (rule === undefined) return undefined;
    rules.push(rule);
  }
  return rules;
}

/** One rule; undefined when any part that decides what it opens is unknown. */
function ruleOf(p: Props, direction: 'in' | 'out'): SecurityGroupRule | undefined {
  if (p.unknown) return undefined;
  const protocol = p.literal('IpProtocol');
  if (protocol === undefined) return undefined;
  const port = (name: string): number | undefined | null => {
    if (!p.has(name)) return undefined;
    const value = p.int(name);
    return value === undefined ? null : value;
  };
  const fromPort = port('FromPort');
  const toPort = port('ToPort');
  if (fromPort === null || toPort === null) return undefined;
  const one = (name: string): string[] | null => {
    if (!p.has(name)) return [];
    const value = literal(p.get(name));
    return value === undefined ? null : [value];
  };
  const peer = (name: string): string[] | null => {
    if (!p.has(name)) return [];
    const value = text(p.get(name));
    return value === undefined ? null : [value];
  };
  const ipv4 = one('CidrIp');
  const ipv6 = one('CidrIpv6');
  const groups =
    direction === 'in'
      ? [peer('SourceSecurityGroupId'), peer('SourceSecurityGroupName')]
      : [peer('DestinationSecurityGroupId')];
  const prefixes = peer(direction === 'in' ? 'SourcePrefixListId' : 'DestinationPrefixListId');
  if (ipv4 === null || ipv6 === null || prefixes === null || groups.includes(null)) return undefined;
  return {
    protocol: protocol.toLowerCase(),
    ...(fromPort !== undefined && { fromPort }),
    ...(toPort !== undefined && { toPort }),
    ipv4Ranges: ipv4,
    ipv6Ranges: ipv6,
    sourceGroupIds: groups.flat() as string[],
    prefixListIds: prefixes,
  };
}

/** AWS::EC2::Instance (with its launch template's settings) and the volumes it creates or attaches. */
export const mapInstances: Mapper = (ctx) => {
  const out: Resource[] = [];
  const attachments = ctx.ofType('AWS::EC2::VolumeAttachment').map((decl) => ({
    volume: ctx.target(decl, 'VolumeId'),
    instance: ctx.target(decl, 'InstanceId'),
  }));
  const attachmentsOfInstance = pointerIndex(ctx, attachments, (a) => [a.instance]);
  const attachmentsOfVolume = pointerIndex(ctx, attachments, (a) => [a.volume]);
  for (const decl of ctx.ofType('AWS::EC2::Instance')) {
    const p = ctx.props(decl);
    const d = new Defaults();
    const instanceId = ctx.idOf(decl.logicalId);
    const template = launchTemplateOf(ctx, decl, p);
    // The instance's own settings win over its launch template's.
    const setting = (name: string): Props =>
      p.has(name) || template === undefined ? p.sub(name) : template.sub(name);
    const metadata = setting('MetadataOptions');
    const volumes = blockDeviceVolumes(ctx, decl, instanceId, setting('BlockDeviceMappings'));
    const attached = [
      ...(p.blocks('Volumes') ?? []).map((v) => v.text('VolumeId')),
      ...attachmentsOfInstance(decl).map((a) => pointerId(ctx, a.volume)),
    ];
    const subnet = ctx.target(decl, 'SubnetId');
    const groups = [...pointers(ctx, decl, 'SecurityGroupIds'), ...pointers(ctx, decl, 'SecurityGroups')];
    const profile = p.get('IamInstanceProfile');
    const fields = {
      tenancy: tenancyOf(ctx, decl, p, template, d),
      // Without MetadataOptions the AMI's and the account's IMDS defaults apply, unknown here.
      metadataHttpTokens: httpTokens(metadata.literal('HttpTokens')),
      // HttpEndpoint left out of stated MetadataOptions is "enabled", as the EC2 API documents.
      metadataEndpointEnabled:
        metadata.has('HttpEndpoint') || !metadata.isBlock
          ? endpointEnabled(metadata.literal('HttpEndpoint'))
          : d.take('metadataEndpointEnabled', true),
      imageId: p.text('ImageId') ?? template?.text('ImageId'),
      subnetId: pointerId(ctx, subnet),
      vpcId: vpcOfSubnet(ctx, subnet),
      securityGroupIds: groups.every((g) => g !== undefined)
        ? groups.map((g) => pointerId(ctx, g) as string)
        : undefined,
      volumeIds: attached.every((v) => v !== undefined)
        ? [...(attached as string[]), ...volumes.map((v) => v.id)]
        : undefined,
      instanceProfileArn:
        profile === undefined
          ? d.take('instanceProfileArn', null)
          : profile instanceof Unknown
            ? undefined
            : text(profile),
    };
    out.push({
      type: 'Ec2Instance',
      ...ctx.base(decl, 'Ec2Instance', decl.logicalId, d.names, p),
      ...fields,
    });
    out.push(...volumes);
  }
  for (const decl of ctx.ofType('AWS::EC2::Volume')) {
    const p = ctx.props(decl);
    // Left out, a blank volume is created unencrypted unless the region encrypts by default (the check says so).
    const blank = !p.unknown && !p.has('Encrypted') && !p.has('SnapshotId');
    const fields = {
      encrypted: blank ? false : volumeEncrypted(p),
      kmsKeyId: keyReference(p, 'KmsKeyId'),
      sizeGiB: p.int('Size'),
      attachedInstanceIds: attachmentsOfVolume(decl)
        .map((a) => pointerId(ctx, a.instance))
        .filter((id): id is string => id !== undefined),
    };
    const defaults = blank ? ['encrypted'] : [];
    out.push({ type: 'EbsVolume', ...ctx.base(decl, 'EbsVolume', decl.logicalId, defaults, p), ...fields });
  }
  return out;
};

/**
 * Encrypted as written. `false` is judged as written; the check names EBS encryption by default,
 * the account setting that may encrypt the volume anyway. Left out, a device takes its snapshot's
 * encryption, which the template does not show.
 */
function volumeEncrypted(p: Props): boolean | undefined {
  return p.bool('Encrypted');
}

function launchTemplateOf(ctx: TemplateContext, decl: ResourceDecl, p: Props): Props | undefined {
  if (!p.has('LaunchTemplate')) return undefined;
  const spec = rawProperty(decl, 'LaunchTemplate');
  const pointer = isRecord(spec)
    ? ctx.targetOf(decl, spec.LaunchTemplateId ?? spec.LaunchTemplateName)
    : undefined;
  const template = ctx
    .ofType('AWS::EC2::LaunchTemplate')
    .find((t) => ctx.points(pointer, t, ctx.props(t).text('LaunchTemplateName')));
  // A launch template from elsewhere: its settings are unknown.
  return template
    ? ctx.props(template).sub('LaunchTemplateData')
    : new Props(new Unknown('a launch template outside this template'));
}

function httpTokens(value: string | undefined): 'required' | 'optional' | undefined {
  return value === 'required' || value === 'optional' ? value : undefined;
}

function endpointEnabled(value: string | undefined): boolean | undefined {
  if (value === 'enabled') return true;
  if (value === 'disabled') return false;
  return undefined;
}

/**
 * An instance's tenancy: its own (or its launch template's) Placement, raised by its VPC's instance
 * tenancy (every instance in a dedicated VPC is dedicated). Without a subnet it lands in the default
 * VPC, whose tenancy is default; in a subnet of another stack the VPC's tenancy is unknown.
 */
function tenancyOf(
  ctx: TemplateContext,
  decl: ResourceDecl,
  p: Props,
  template: Props | undefined,
  d: Defaults,
): Tenancy | undefined {
  const own = p.has('Tenancy') ? p.get('Tenancy') : template?.sub('Placement').get('Tenancy');
  const stated = own === undefined ? undefined : TENANCIES.find((t) => t === literal(own));
  if (own !== undefined && stated === undefined) return undefined;
  if (stated === 'host' || stated === 'dedicated') return stated;
  const vpc = vpcDeclOfSubnet(ctx, ctx.target(decl, 'SubnetId'));
  if (vpc === null) return stated ?? d.take('tenancy', 'default');
  if (vpc === undefined) return undefined;
  const vpcTenancy = ctx.props(vpc).has('InstanceTenancy')
    ? ctx.props(vpc).literal('InstanceTenancy')
    : 'default';
  if (vpcTenancy === undefined) return undefined;
  if (vpcTenancy === 'dedicated') return 'dedicated';
  return stated ?? d.take('tenancy', 'default');
}

/** The VPC of this template a subnet pointer leads to; null when there is no subnet (default VPC). */
function vpcDeclOfSubnet(ctx: TemplateContext, subnet: Pointer): ResourceDecl | undefined | null {
  if (subnet === undefined) return null;
  if (typeof subnet === 'string') return undefined;
  const subnetDecl = ctx.ofType('AWS::EC2::Subnet').find((s) => s.logicalId === subnet.logicalId);
  if (!subnetDecl) return undefined;
  const vpc = ctx.target(subnetDecl, 'VpcId');
  if (vpc === undefined || typeof vpc === 'string') return undefined;
  return ctx.ofType('AWS::EC2::VPC').find((v) => v.logicalId === vpc.logicalId);
}

function vpcOfSubnet(ctx: TemplateContext, subnet: Pointer): string | undefined {
  if (subnet === undefined || typeof subnet === 'string') return undefined;
  const subnetDecl = ctx.ofType('AWS::EC2::Subnet').find((s) => s.logicalId === subnet.logicalId);
  return subnetDecl ? pointerId(ctx, ctx.target(subnetDecl, 'VpcId')) : undefined;
}

/** EBS volumes created from an instance's (or its launch template's) block device mappings. */
function blockDeviceVolumes(
  ctx: TemplateContext,
  decl: ResourceDecl,
  instanceId: string,
  mappings: Props,
): ResourceOf<'EbsVolume'>[] {
  const blocks = mappings.items() ?? [];
  const volumes: ResourceOf<'EbsVolume'>[] = [];
  for (const block of blocks) {
    if (!block.has('Ebs')) continue;
    const ebs = block.sub('Ebs');
    const device = block.text('DeviceName') ?? `#${volumes.length + 1}`;
    const base = ctx.base(decl, 'EbsVolume', `${decl.logicalId} ${device}`, []);
    volumes.push({
      type: 'EbsVolume',
      ...base,
      id: `${instanceId}/volume${device.startsWith('/') ? device : `/${device}`}`,
      tags: noTags(),
      source: { ...base.source, logicalId: `${decl.logicalId}.BlockDeviceMappings[${device}]` },
      encrypted: volumeEncrypted(ebs),
      kmsKeyId: keyReference(ebs, 'KmsKeyId'),
      sizeGiB: ebs.int('VolumeSize'),
      attachedInstanceIds: [instanceId],
    });
  }
  return volumes;
}
