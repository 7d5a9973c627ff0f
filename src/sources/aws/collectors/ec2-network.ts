import {
  DescribeVpnConnectionsCommand,
  DescribeVpnGatewaysCommand,
  type EC2Client,
  type FlowLog,
  type IpPermission,
  type NetworkInterface,
  paginateDescribeFlowLogs,
  paginateDescribeNetworkInterfaces,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeTransitGatewayAttachments,
  paginateDescribeVpcs,
  type RouteTable,
  type SecurityGroup as SdkSecurityGroup,
  type Subnet as SdkSubnet,
  type Vpc as SdkVpc,
  type VpnConnection as SdkVpnConnection,
  type VpnGateway as SdkVpnGateway,
  type TransitGatewayAttachment,
} from '@aws-sdk/client-ec2';
import type {
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
  Vpc,
  VpnConnection,
  VpnGateway,
} from '../../../inventory/kinds/ec2.js';
import type { Resource, ResourceType } from '../../../inventory/resources.js';
import type { AwsContext } from '../context.js';
import { baseOf, ec2Arn, listAll, nameOf, tagsOf } from './regional-kit.js';

type FlowLogEntry = NonNullable<Vpc['flowLogs']>[number];

function ruleOf(permission: IpPermission): SecurityGroupRule {
  return {
    protocol: permission.IpProtocol ?? '-1',
    ...(permission.FromPort !== undefined && { fromPort: permission.FromPort }),
    ...(permission.ToPort !== undefined && { toPort: permission.ToPort }),
    ipv4Ranges: (permission.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])),
    ipv6Ranges: (permission.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
    sourceGroupIds: (permission.UserIdGroupPairs ?? []).flatMap((p) => (p.GroupId ? [p.GroupId] : [])),
    prefixListIds: (permission.PrefixListIds ?? []).flatMap((p) => (p.PrefixListId ? [p.PrefixListId] : [])),
  };
}

/** Network interfaces per security group id, from one region-wide listing. */
function attachmentCounts(interfaces: readonly NetworkInterface[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const eni of interfaces) {
    for (const group of eni.Groups ?? []) {
      if (group.GroupId) counts.set(group.GroupId, (counts.get(group.GroupId) ?? 0) + 1);
    }
  }
  return counts;
}

function securityGroupOf(
  ctx: AwsContext,
  region: string,
  group: SdkSecurityGroup & { GroupId: string },
  attachments: ReadonlyMap<string, number> | undefined,
): SecurityGroup {
  const tags = tagsOf(group.Tags);
  return {
    type: 'SecurityGroup',
    ...baseOf(
      ctx,
      region,
      ec2Arn(ctx, region, `security-group/${group.GroupId}`),
      group.GroupName ?? group.GroupId,
      tags,
    ),
    groupId: group.GroupId,
    vpcId: group.VpcId,
    // Every VPC has exactly one group named 'default', and no other group may take that name.
    isDefault: group.GroupName === 'default',
    ingress: (group.IpPermissions ?? []).map(ruleOf),
    egress: (group.IpPermissionsEgress ?? []).map(ruleOf),
    attachmentCount: attachments ? (attachments.get(group.GroupId) ?? 0) : undefined,
  };
}

const TRAFFIC_TYPES = new Set(['ACCEPT', 'REJECT', 'ALL']);

/**
 * Flow logs by the resource they watch. Active means created and delivering: a log whose
 * delivery fails (a broken role or bucket policy) records nothing.
 */
function flowLogsByResource(logs: readonly FlowLog[]): Map<string, FlowLogEntry[]> {
  const byResource = new Map<string, FlowLogEntry[]>();
  for (const log of logs) {
    if (!log.ResourceId || !log.FlowLogId || !log.TrafficType || !TRAFFIC_TYPES.has(log.TrafficType))
      continue;
    const entry: FlowLogEntry = {
      id: log.FlowLogId,
      trafficType: log.TrafficType as FlowLogEntry['trafficType'],
      active: log.FlowLogStatus === 'ACTIVE' && log.DeliverLogsStatus !== 'FAILED',
    };
    const list = byResource.get(log.ResourceId) ?? [];
    list.push(entry);
    byResource.set(log.ResourceId, list);
  }
  return byResource;
}

/** Attachment states in which a transit gateway no longer (or not yet) carries the VPC's traffic. */
const GONE_ATTACHMENT = new Set(['deleted', 'deleting', 'failed', 'failing', 'rejected', 'rejecting']);

function transitGatewaysByVpc(attachments: readonly TransitGatewayAttachment[]): Map<string, string[]> {
  const byVpc = new Map<string, string[]>();
  for (const a of attachments) {
    if (a.ResourceType !== 'vpc' || !a.ResourceId || !a.TransitGatewayId) continue;
    if (a.State && GONE_ATTACHMENT.has(a.State)) continue;
    const list = byVpc.get(a.ResourceId) ?? [];
    if (!list.includes(a.TransitGatewayId)) list.push(a.TransitGatewayId);
    byVpc.set(a.ResourceId, list);
  }
  return byVpc;
}

function vpcOf(
  ctx: AwsContext,
  region: string,
  vpc: SdkVpc & { VpcId: string },
  flowLogs: ReadonlyMap<string, FlowLogEntry[]> | undefined,
  transitGateways: ReadonlyMap<string, string[]> | undefined,
): Vpc {
  const tags = tagsOf(vpc.Tags);
  return {
    type: 'Vpc',
    ...baseOf(ctx, region, ec2Arn(ctx, region, `vpc/${vpc.VpcId}`), nameOf(tags, vpc.VpcId), tags),
    vpcId: vpc.VpcId,
    isDefault: vpc.IsDefault,
    cidrBlock: vpc.CidrBlock,
    flowLogs: flowLogs ? (flowLogs.get(vpc.VpcId) ?? []) : undefined,
    transitGatewayIds: transitGateways ? (transitGateways.get(vpc.VpcId) ?? []) : undefined,
  };
}

/** A route that sends traffic to an internet gateway (any destination), and is not a blackhole. */
function routesToIgw(table: RouteTable): boolean {
  return (table.Routes ?? []).some((r) => r.GatewayId?.startsWith('igw-') && r.State !== 'blackhole');
}

/**
 * Which subnets reach an internet gateway: AWS calls a subnet public when its route table (its
 * explicit association, or else its VPC's main table) has a route to an internet gateway.
 */
function internetRouting(tables: readonly RouteTable[]): {
  bySubnet: Map<string, boolean>;
  mainByVpc: Map<string, boolean>;
} {
  const bySubnet = new Map<string, boolean>();
  const mainByVpc = new Map<string, boolean>();
  for (const table of tables) {
    const toIgw = routesToIgw(table);
    for (const association of table.Associations ?? []) {
      if (association.Main && table.VpcId) mainByVpc.set(table.VpcId, toIgw);
      if (association.SubnetId) bySubnet.set(association.SubnetId, toIgw);
    }
  }
  return { bySubnet, mainByVpc };
}

function subnetOf(
  ctx: AwsContext,
  region: string,
  subnet: SdkSubnet & { SubnetId: string; VpcId: string },
  routing: ReturnType<typeof internetRouting> | undefined,
): Subnet {
  const tags = tagsOf(subnet.Tags);
  const id = subnet.SubnetArn ?? ec2Arn(ctx, region, `subnet/${subnet.SubnetId}`);
  return {
    type: 'Subnet',
    ...baseOf(ctx, region, id, nameOf(tags, subnet.SubnetId), tags),
    vpcId: subnet.VpcId,
    cidrBlock: subnet.CidrBlock,
    mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch,
    routesToInternetGateway:
      routing?.bySubnet.get(subnet.SubnetId) ?? routing?.mainByVpc.get(subnet.VpcId) ?? undefined,
  };
}

function vpnGatewayOf(
  ctx: AwsContext,
  region: string,
  gateway: SdkVpnGateway & { VpnGatewayId: string },
): VpnGateway {
  const tags = tagsOf(gateway.Tags);
  return {
    type: 'VpnGateway',
    ...baseOf(
      ctx,
      region,
      ec2Arn(ctx, region, `vpn-gateway/${gateway.VpnGatewayId}`),
      nameOf(tags, gateway.VpnGatewayId),
      tags,
    ),
    state: gateway.State,
    attachedVpcIds: (gateway.VpcAttachments ?? []).flatMap((a) =>
      a.State === 'attached' && a.VpcId ? [a.VpcId] : [],
    ),
  };
}

function vpnConnectionOf(
  ctx: AwsContext,
  region: string,
  connection: SdkVpnConnection & { VpnConnectionId: string },
): VpnConnection {
  const tags = tagsOf(connection.Tags);
  return {
    type: 'VpnConnection',
    ...baseOf(
      ctx,
      region,
      ec2Arn(ctx, region, `vpn-connection/${connection.VpnConnectionId}`),
      nameOf(tags, connection.VpnConnectionId),
      tags,
    ),
    state: connection.State,
    vpnGatewayId: connection.VpnGatewayId,
    transitGatewayId: connection.TransitGatewayId,
    tunnelsUp: connection.VgwTelemetry
      ? connection.VgwTelemetry.filter((t) => t.Status === 'UP').length
      : undefined,
  };
}

/**
 * Region-wide lookups that enrich already-listed resources (interfaces per group, flow logs,
 * routes, transit gateway attachments). A failure leaves one field of every resource of the type
 * unknown, not the resources unlisted: a detail gap, naming that field.
 */
function enrichment(region: string, api: string, type: ResourceType, fields: string[]) {
  return { service: 'ec2', region, api: `ec2:${api}`, resourceTypes: [type], detail: true, fields };
}

async function readSecurityGroups(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  const [groups, interfaces] = await Promise.all([
    listAll(
      ctx,
      { service: 'ec2', region, api: 'ec2:DescribeSecurityGroups', resourceTypes: ['SecurityGroup'] },
      () => paginateDescribeSecurityGroups({ client }, {}),
      (page) => page.SecurityGroups,
    ),
    listAll(
      ctx,
      enrichment(region, 'DescribeNetworkInterfaces', 'SecurityGroup', ['attachmentCount']),
      () => paginateDescribeNetworkInterfaces({ client }, {}),
      (page) => page.NetworkInterfaces,
    ),
  ]);
  const counts = interfaces ? attachmentCounts(interfaces) : undefined;
  return (groups ?? [])
    .filter((g): g is SdkSecurityGroup & { GroupId: string } => Boolean(g.GroupId))
    .map((g) => securityGroupOf(ctx, region, g, counts));
}

async function readVpcs(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  const [vpcs, flowLogs, attachments] = await Promise.all([
    listAll(
      ctx,
      { service: 'ec2', region, api: 'ec2:DescribeVpcs', resourceTypes: ['Vpc'] },
      () => paginateDescribeVpcs({ client }, {}),
      (page) => page.Vpcs,
    ),
    listAll(
      ctx,
      enrichment(region, 'DescribeFlowLogs', 'Vpc', ['flowLogs']),
      () => paginateDescribeFlowLogs({ client }, {}),
      (page) => page.FlowLogs,
    ),
    listAll(
      ctx,
      enrichment(region, 'DescribeTransitGatewayAttachments', 'Vpc', ['transitGatewayIds']),
      () =>
        paginateDescribeTransitGatewayAttachments(
          { client },
          { Filters: [{ Name: 'resource-type', Values: ['vpc'] }] },
        ),
      (page) => page.TransitGatewayAttachments,
    ),
  ]);
  const logs = flowLogs ? flowLogsByResource(flowLogs) : undefined;
  const tgws = attachments ? transitGatewaysByVpc(attachments) : undefined;
  return (vpcs ?? [])
    .filter((v): v is SdkVpc & { VpcId: string } => Boolean(v.VpcId))
    .map((v) => vpcOf(ctx, region, v, logs, tgws));
}

async function readSubnets(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  const [subnets, tables] = await Promise.all([
    listAll(
      ctx,
      { service: 'ec2', region, api: 'ec2:DescribeSubnets', resourceTypes: ['Subnet'] },
      () => paginateDescribeSubnets({ client }, {}),
      (page) => page.Subnets,
    ),
    listAll(
      ctx,
      enrichment(region, 'DescribeRouteTables', 'Subnet', ['routesToInternetGateway']),
      () => paginateDescribeRouteTables({ client }, {}),
      (page) => page.RouteTables,
    ),
  ]);
  const routing = tables ? internetRouting(tables) : undefined;
  return (subnets ?? [])
    .filter((s): s is SdkSubnet & { SubnetId: string; VpcId: string } => Boolean(s.SubnetId && s.VpcId))
    .map((s) => subnetOf(ctx, region, s, routing));
}

/** Gateways and connections AWS still lists for a while after deletion carry nothing. */
const isDeleted = (state: string | undefined) => state === 'deleted';

async function readVpn(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  // Neither API paginates: each returns every gateway or connection of the region at once.
  const [gateways, connections] = await Promise.all([
    ctx.call({ service: 'ec2', region, api: 'ec2:DescribeVpnGateways', resourceTypes: ['VpnGateway'] }, () =>
      client.send(new DescribeVpnGatewaysCommand({})),
    ),
    ctx.call(
      { service: 'ec2', region, api: 'ec2:DescribeVpnConnections', resourceTypes: ['VpnConnection'] },
      () => client.send(new DescribeVpnConnectionsCommand({})),
    ),
  ]);
  return [
    ...(gateways?.VpnGateways ?? [])
      .filter((g): g is SdkVpnGateway & { VpnGatewayId: string } => Boolean(g.VpnGatewayId))
      .filter((g) => !isDeleted(g.State))
      .map((g) => vpnGatewayOf(ctx, region, g)),
    ...(connections?.VpnConnections ?? [])
      .filter((c): c is SdkVpnConnection & { VpnConnectionId: string } => Boolean(c.VpnConnectionId))
      .filter((c) => !isDeleted(c.State))
      .map((c) => vpnConnectionOf(ctx, region, c)),
  ];
}

/** Security groups, VPCs, subnets and VPN of one region. */
export async function readNetwork(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  const parts = await Promise.all([
    readSecurityGroups(ctx, client, region),
    readVpcs(ctx, client, region),
    readSubnets(ctx, client, region),
    readVpn(ctx, client, region),
  ]);
  return parts.flat();
}
