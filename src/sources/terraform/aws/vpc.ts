import { awsDefault } from '../../../inventory/kind.js';
import {
  type SecurityGroup,
  type SecurityGroupRule,
  securityGroupKind,
  type Vpc,
} from '../../../inventory/kinds/ec2.js';
import { noTags, tagValue } from '../../../inventory/tags.js';
import type { Attrs } from '../attrs.js';
import { isCreated, type Join, type PlannedResource, type TerraformPlan, unresolved } from '../model.js';

const VPC_TYPES = ['aws_vpc', 'aws_default_vpc'];
const GROUP_TYPES = ['aws_security_group', 'aws_default_security_group'];
const TRAFFIC_TYPES = ['ACCEPT', 'REJECT', 'ALL'] as const;

/** A VPC's id: the real one once it exists, else a stand-in every reference to it shares. */
export function vpcIdOf(vpc: PlannedResource): string {
  return vpc.attrs.str('id') ?? vpc.ref;
}

function groupIdOf(group: PlannedResource): string {
  return group.attrs.str('id') ?? group.ref;
}

const byId = (owner: PlannedResource, value: string) => owner.attrs.str('id') === value;

/** The VPC a resource's `vpc_id` names, as a VPC id. */
export function vpcOf(
  plan: TerraformPlan,
  resource: PlannedResource,
  attrs = resource.attrs,
): string | undefined {
  const value = attrs.str('vpc_id');
  if (value !== undefined) return value ?? undefined;
  const link = plan.link(resource, 'vpc_id', plan.ofType(...VPC_TYPES), byId, false, attrs);
  return link.kind === 'linked' && link.owners[0] ? vpcIdOf(link.owners[0]) : undefined;
}

/** Security group ids a resource names in an attribute (a list, or one id). */
export function groupIdsOf(
  plan: TerraformPlan,
  resource: PlannedResource,
  attr: string,
): string[] | undefined {
  const known = resource.attrs.strings(attr);
  if (known !== undefined) return known;
  const groups = plan
    .refersTo(resource, resource.attrs.expression(attr))
    .filter((r) => GROUP_TYPES.includes(r.type));
  return groups.length > 0 ? groups.map(groupIdOf) : undefined;
}

/**
 * aws_vpc and aws_default_vpc with their flow logs (aws_flow_log) and transit gateway attachments;
 * aws_security_group and aws_default_security_group with their rules, inline or as
 * aws_security_group_rule / aws_vpc_security_group_{ingress,egress}_rule. A VPC this plan creates
 * without an aws_default_security_group gets its default group as AWS makes it.
 */
export function vpcResources(plan: TerraformPlan): (Vpc | SecurityGroup)[] {
  const vpcs = plan.ofType(...VPC_TYPES);
  const groups = plan.ofType(...GROUP_TYPES);
  const flowLogs = plan.join(['aws_flow_log'], 'vpc_id', vpcs, byId);
  const gateways = plan.join(['aws_ec2_transit_gateway_vpc_attachment'], 'vpc_id', vpcs, byId);
  const defaultGroups = plan.join(['aws_default_security_group'], 'vpc_id', vpcs, byId);
  const rules: RuleJoins = {
    legacy: plan.join(['aws_security_group_rule'], 'security_group_id', groups, byId),
    ingress: plan.join(['aws_vpc_security_group_ingress_rule'], 'security_group_id', groups, byId),
    egress: plan.join(['aws_vpc_security_group_egress_rule'], 'security_group_id', groups, byId),
  };
  const out: (Vpc | SecurityGroup)[] = [];
  for (const vpc of vpcs) {
    out.push(vpcOfPlan(plan, vpc, flowLogs, gateways));
    const managed = defaultGroups.of(vpc).length > 0 || defaultGroups.unresolved.length > 0;
    if (vpc.type === 'aws_vpc' && isCreated(vpc) && !managed) out.push(awsDefaultGroup(plan, vpc));
  }
  for (const group of groups) out.push(groupOf(plan, group, rules));
  return out;
}

function vpcOfPlan(plan: TerraformPlan, vpc: PlannedResource, flowLogs: Join, gateways: Join): Vpc {
  const defaults: string[] = [];
  let logs: Vpc['flowLogs'];
  if (flowLogs.unresolved.length === 0) {
    const list = flowLogs.of(vpc).map((log) => {
      const trafficType = log.attrs.str('traffic_type');
      const known = TRAFFIC_TYPES.find((t) => t === trafficType);
      // A new flow log delivers once created; its delivery health is not in a plan.
      return known && { id: log.attrs.str('id') ?? log.ref, trafficType: known, active: true };
    });
    if (list.every((l) => l !== undefined)) logs = list;
    if (logs?.length === 0 && isCreated(vpc)) defaults.push('flowLogs');
  }
  let transitGatewayIds: string[] | undefined;
  if (gateways.unresolved.length === 0) {
    transitGatewayIds = gateways.of(vpc).map((a) => {
      const id = a.attrs.str('transit_gateway_id');
      if (id) return id;
      const expr = a.attrs.expression('transit_gateway_id');
      const [tgw] = plan.refersTo(a, expr).filter((r) => r.type === 'aws_ec2_transit_gateway');
      return tgw ? (tgw.attrs.str('id') ?? tgw.ref) : unresolved(expr);
    });
  }
  return {
    type: 'Vpc',
    ...plan.base(vpc, tagValue(vpc.attrs.stringMap('tags'), 'Name') ?? vpc.address),
    ...(defaults.length > 0 && { defaults }),
    vpcId: vpcIdOf(vpc),
    isDefault: vpc.type === 'aws_default_vpc',
    cidrBlock: vpc.attrs.str('cidr_block') ?? undefined,
    flowLogs: logs,
    transitGatewayIds,
  };
}

/**
 * The default security group AWS creates with every VPC: all traffic in from members of the group,
 * all traffic out (to ::/0 as well when the VPC has IPv6). It carries the VPC's suppressions, since
 * findings on it point at the VPC.
 */
function awsDefaultGroup(plan: TerraformPlan, vpc: PlannedResource): SecurityGroup {
  const groupId = `${vpc.ref}/default_security_group`;
  const ipv6 =
    vpc.attrs.bool('assign_generated_ipv6_cidr_block') === true || !!vpc.attrs.str('ipv6_cidr_block');
  const rules = securityGroupKind.defaults.vpcDefaultGroup.value(groupId, ipv6);
  const { tagsUnknown: _, ...base } = plan.base(vpc, 'default');
  return {
    type: 'SecurityGroup',
    ...base,
    id: groupId,
    tags: noTags(),
    defaults: ['ingress', 'egress'],
    groupId,
    vpcId: vpcIdOf(vpc),
    isDefault: true,
    ingress: rules.ingress,
    egress: rules.egress,
  };
}

interface RuleJoins {
  legacy: Join;
  ingress: Join;
  egress: Join;
}

function groupOf(plan: TerraformPlan, group: PlannedResource, joins: RuleJoins): SecurityGroup {
  const groupId = groupIdOf(group);
  const defaults: string[] = [];
  const rules = (direction: 'ingress' | 'egress') => {
    const own = joins[direction];
    const legacy = (r: PlannedResource) => r.attrs.str('type') === direction;
    // A rule whose group is known only after apply could belong to this group.
    if (own.unresolved.length > 0 || joins.legacy.unresolved.some(legacy)) return undefined;
    const inline = group.attrs.blocks(direction);
    let list: (SecurityGroupRule | undefined)[];
    if (inline !== undefined) {
      list = inline.map((block) => inlineRule(block, groupId));
    } else if (group.type === 'aws_default_security_group') {
      // Terraform removes every rule of the default group it adopts, then adds the configured ones.
      list = group.attrs.configured(direction) === false ? [] : [undefined];
    } else if (isCreated(group) && group.attrs.configured(direction) === false) {
      // A new group has no inbound rules; Terraform removes the allow-all outbound rule AWS adds.
      list = direction === 'ingress' ? awsDefault(securityGroupKind.defaults.ingress) : [];
      if (direction === 'ingress') defaults.push('ingress');
    } else {
      return undefined;
    }
    list.push(
      ...joins.legacy
        .of(group)
        .filter(legacy)
        .map((r) => legacyRule(plan, r, groupId)),
    );
    list.push(...own.of(group).map((r) => vpcRule(plan, r)));
    if (list.some((r) => r === undefined)) return undefined;
    return dedupe(list as SecurityGroupRule[]);
  };
  const ingress = rules('ingress');
  const egress = rules('egress');
  return {
    type: 'SecurityGroup',
    ...plan.base(group, group.attrs.str('name') ?? group.address),
    ...(defaults.length > 0 && { defaults }),
    groupId,
    vpcId: vpcOf(plan, group),
    isDefault: group.type === 'aws_default_security_group',
    ingress,
    egress,
  };
}

function protocolOf(attrs: Attrs, key: string): string | undefined {
  return attrs.str(key)?.toLowerCase();
}

/** A port: null (unset) is no bound, which the rule model writes as undefined. */
function port(value: number | null | undefined): number | undefined | false {
  return value === undefined ? false : (value ?? undefined);
}

/** One block of a group's inline `ingress` or `egress`. */
function inlineRule(block: Attrs, groupId: string): SecurityGroupRule | undefined {
  const protocol = protocolOf(block, 'protocol');
  const fromPort = port(block.int('from_port'));
  const toPort = port(block.int('to_port'));
  const ipv4Ranges = block.strings('cidr_blocks');
  const ipv6Ranges = block.strings('ipv6_cidr_blocks');
  const prefixListIds = block.strings('prefix_list_ids');
  // Peer groups do not decide internet exposure: an unknown one keeps a stand-in name.
  const peers = block.strings('security_groups') ?? [unresolved(block.expression('security_groups'))];
  const self = block.bool('self');
  if (!protocol || fromPort === false || toPort === false) return undefined;
  if (!ipv4Ranges || !ipv6Ranges || !prefixListIds || self === undefined) return undefined;
  return {
    protocol,
    fromPort,
    toPort,
    ipv4Ranges,
    ipv6Ranges,
    sourceGroupIds: self ? [...peers, groupId] : peers,
    prefixListIds,
  };
}

/** aws_security_group_rule. */
function legacyRule(
  plan: TerraformPlan,
  rule: PlannedResource,
  groupId: string,
): SecurityGroupRule | undefined {
  const attrs = rule.attrs;
  const protocol = protocolOf(attrs, 'protocol');
  const fromPort = port(attrs.int('from_port'));
  const toPort = port(attrs.int('to_port'));
  const ipv4Ranges = attrs.strings('cidr_blocks');
  const ipv6Ranges = attrs.strings('ipv6_cidr_blocks');
  const prefixListIds = attrs.strings('prefix_list_ids');
  const self = attrs.bool('self');
  if (!protocol || fromPort === false || toPort === false) return undefined;
  if (!ipv4Ranges || !ipv6Ranges || !prefixListIds || self === undefined) return undefined;
  const peer = self ? groupId : peerOf(plan, rule, 'source_security_group_id');
  return {
    protocol,
    fromPort,
    toPort,
    ipv4Ranges,
    ipv6Ranges,
    sourceGroupIds: peer ? [peer] : [],
    prefixListIds,
  };
}

/** aws_vpc_security_group_ingress_rule / _egress_rule: one peer per rule. */
function vpcRule(plan: TerraformPlan, rule: PlannedResource): SecurityGroupRule | undefined {
  const attrs = rule.attrs;
  const protocol = protocolOf(attrs, 'ip_protocol');
  const fromPort = port(attrs.int('from_port'));
  const toPort = port(attrs.int('to_port'));
  const ipv4 = attrs.str('cidr_ipv4');
  const ipv6 = attrs.str('cidr_ipv6');
  const prefixList = attrs.str('prefix_list_id');
  if (!protocol || fromPort === false || toPort === false) return undefined;
  if (ipv4 === undefined || ipv6 === undefined || prefixList === undefined) return undefined;
  const peer = peerOf(plan, rule, 'referenced_security_group_id');
  return {
    protocol,
    fromPort,
    toPort,
    ipv4Ranges: ipv4 ? [ipv4] : [],
    ipv6Ranges: ipv6 ? [ipv6] : [],
    sourceGroupIds: peer ? [peer] : [],
    prefixListIds: prefixList ? [prefixList] : [],
  };
}

function peerOf(plan: TerraformPlan, rule: PlannedResource, attr: string): string | undefined {
  const value = rule.attrs.str(attr);
  if (value !== undefined) return value ?? undefined;
  const [group] = groupIdsOf(plan, rule, attr) ?? [];
  return group ?? unresolved(rule.attrs.expression(attr));
}

function dedupe(rules: SecurityGroupRule[]): SecurityGroupRule[] {
  const seen = new Set<string>();
  return rules.filter((rule) => {
    const key = JSON.stringify([
      rule.protocol,
      rule.fromPort,
      rule.toPort,
      [...rule.ipv4Ranges].sort(),
      [...rule.ipv6Ranges].sort(),
      [...rule.sourceGroupIds].sort(),
      [...rule.prefixListIds].sort(),
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
