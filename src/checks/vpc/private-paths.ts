import type { Inventory } from '../../inventory/inventory.js';
import type { Vpc } from '../../inventory/kinds/ec2.js';
import type { ResourceType } from '../../inventory/resources.js';

/** A way to reach a VPC that does not cross the internet. */
interface PrivatePath {
  kind: 'vpn' | 'direct-connect' | 'transit-gateway-vpn';
  /** e.g. "VPN vpn-0abc via vgw-0def". */
  description: string;
}

interface PathSurvey {
  paths: PrivatePath[];
  /** Paths that exist on paper but do not carry traffic now, and inputs that could not be read. */
  notes: string[];
}

/** The last segment of an id or ARN, so 'vgw-1' and 'arn:…:vpn-gateway/vgw-1' compare equal. */
export function shortId(ref: string): string {
  // An ARN ends in "…:vpc/vpc-0abc"; other ids (a template's "cfn:infra/app.yaml#Vpc") are compared whole.
  return ref.startsWith('arn:') ? (ref.split(/[/:]/).pop() ?? ref) : ref;
}

const sameId = (a: string, b: string): boolean => shortId(a) === shortId(b);

const PATH_TYPES: readonly ResourceType[] = ['VpnGateway', 'VpnConnection', 'DirectConnectInterface'];

/**
 * The VPN and Direct Connect paths into a VPC: a virtual private gateway attached to it with an
 * available VPN connection or Direct Connect private interface, or a transit gateway attached to it
 * with an available VPN connection.
 */
export function privatePathsTo(vpc: Vpc, inventory: Inventory): PathSurvey {
  const paths: PrivatePath[] = [];
  const notes: string[] = [];
  const connections = inventory.ofType('VpnConnection');

  const gateways = inventory
    .ofType('VpnGateway')
    .filter((g) => g.attachedVpcIds.some((id) => sameId(id, vpc.vpcId)))
    .filter((g) => g.state === undefined || g.state === 'available');
  for (const gateway of gateways) {
    const onGateway = (ref: string | undefined) => inventory.find('VpnGateway', ref)?.id === gateway.id;
    for (const connection of connections.filter((c) => onGateway(c.vpnGatewayId))) {
      const label = `VPN ${connection.name} via ${gateway.name}`;
      const usable = usableVpn(connection.state, connection.tunnelsUp);
      if (usable === true) paths.push({ kind: 'vpn', description: label });
      else notes.push(`${label} ${usable}`);
    }
    for (const vif of inventory
      .ofType('DirectConnectInterface')
      .filter((v) => onGateway(v.virtualGatewayId))) {
      const label = `Direct Connect interface ${vif.name} via ${gateway.name}`;
      if (vif.state === 'available') paths.push({ kind: 'direct-connect', description: label });
      else notes.push(`${label} is ${vif.state ?? 'in an unknown state'}`);
    }
  }

  for (const tgw of vpc.transitGatewayIds ?? []) {
    for (const connection of connections.filter(
      (c) => c.transitGatewayId && sameId(c.transitGatewayId, tgw),
    )) {
      const label = `VPN ${connection.name} via transit gateway ${shortId(tgw)}`;
      const usable = usableVpn(connection.state, connection.tunnelsUp);
      if (usable === true) paths.push({ kind: 'transit-gateway-vpn', description: label });
      else notes.push(`${label} ${usable}`);
    }
  }
  if (vpc.transitGatewayIds === undefined) notes.push('transit gateway attachments of the VPC are unknown');

  for (const gap of inventory.gaps) {
    const missed = gap.resourceTypes.filter((t) => PATH_TYPES.includes(t));
    if (missed.length > 0 && !gap.resourceId && gap.region === vpc.region && gap.account === vpc.account) {
      notes.push(`${missed.join(', ')} could not be listed in ${gap.region}`);
    }
  }
  return { paths, notes };
}

/** true, or why the connection carries no traffic. */
function usableVpn(state: string | undefined, tunnelsUp: number | undefined): true | string {
  if (state !== 'available') return `is ${state ?? 'in an unknown state'}`;
  if (tunnelsUp === 0) return 'is available but has no tunnel up';
  return true;
}
