import type { SecurityGroupRule } from '../../inventory/kinds/ec2.js';

/** An inclusive TCP/UDP port range. */
interface PortRange {
  from: number;
  to: number;
}

interface NamedPort {
  port: number;
  service: string;
}

const ALL_PORTS: PortRange = { from: 0, to: 65535 };

/**
 * Remote administration ports of the guest operating system, the customer's side of EC2. CIS 5.2/5.3
 * and FSBP EC2.13/14/53/54 name SSH and RDP; WinRM is how Windows is administered remotely (PowerShell
 * remoting, Ansible), so exposing it to the internet is the same risk as exposing RDP.
 */
export const ADMIN_PORTS: readonly NamedPort[] = [
  { port: 22, service: 'SSH' },
  { port: 3389, service: 'RDP' },
  { port: 5985, service: 'WinRM over HTTP' },
  { port: 5986, service: 'WinRM over HTTPS' },
];

/**
 * A range this wide serves no single service: it is usually the "ephemeral ports" mistake
 * (security groups are stateful, return traffic needs no rule) or a stand-in for "everything".
 */
export const WIDE_PORT_RANGE = 1024;

/** 'all', 'tcp', 'udp', 'icmp', 'icmpv6', or the protocol as written (a number or name). */
export function protocolOf(rule: SecurityGroupRule): string {
  const protocol = rule.protocol.trim().toLowerCase();
  switch (protocol) {
    case '-1':
    case 'all':
      return 'all';
    case '6':
      return 'tcp';
    case '17':
      return 'udp';
    case '1':
      return 'icmp';
    case '58':
      return 'icmpv6';
    default:
      return protocol;
  }
}

/**
 * The TCP/UDP ports a rule opens. null when its protocol carries no ports (ICMP, where fromPort and
 * toPort are the ICMP type and code; ESP, GRE, …). A missing bound, or -1, means no limit.
 */
export function portRangeOf(rule: SecurityGroupRule): PortRange | null {
  const protocol = protocolOf(rule);
  if (protocol === 'all') return ALL_PORTS;
  if (protocol !== 'tcp' && protocol !== 'udp') return null;
  const from = rule.fromPort === undefined || rule.fromPort < 0 ? ALL_PORTS.from : rule.fromPort;
  const to = rule.toPort === undefined || rule.toPort < 0 ? ALL_PORTS.to : rule.toPort;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

function portCount(range: PortRange): number {
  return range.to - range.from + 1;
}

/** Port 0 is reserved, so 1-65535 opens every usable port just as 0-65535 does. */
function coversAllPorts(range: PortRange): boolean {
  return range.from <= 1 && range.to >= ALL_PORTS.to;
}

/** A CIDR with prefix length 0 (0.0.0.0/0, ::/0, or any spelling of them): every address. */
export function isInternetCidr(cidr: string): boolean {
  const [address, prefix, ...rest] = cidr.trim().split('/');
  return rest.length === 0 && !!address && prefix !== undefined && /^0+$/.test(prefix.trim());
}

/**
 * The sources of a rule that mean "anyone on the internet". Security group and prefix list
 * sources are not counted: they name known peers.
 */
export function internetSourcesOf(rule: SecurityGroupRule): string[] {
  return [...rule.ipv4Ranges, ...rule.ipv6Ranges].filter(isInternetCidr);
}

/** A short human form of a rule: "all traffic", "tcp 22", "udp 1024-65535", "icmp". */
export function describeRule(rule: SecurityGroupRule): string {
  const protocol = protocolOf(rule);
  if (protocol === 'all') return 'all traffic';
  const range = portRangeOf(rule);
  if (range === null) return /^\d+$/.test(protocol) ? `protocol ${protocol}` : protocol;
  if (coversAllPorts(range)) return `${protocol} all ports`;
  return range.from === range.to ? `${protocol} ${range.from}` : `${protocol} ${range.from}-${range.to}`;
}

/** One port a rule opens to the internet. */
interface PortExposure {
  port: number;
  service: string;
  cidrs: string[];
  rule: string;
}

/** Which of the given ports the rules open to anyone on the internet, rule by rule. */
export function internetExposures(
  rules: readonly SecurityGroupRule[],
  ports: readonly NamedPort[],
): PortExposure[] {
  const exposures: PortExposure[] = [];
  for (const rule of rules) {
    const cidrs = internetSourcesOf(rule);
    const range = portRangeOf(rule);
    if (cidrs.length === 0 || range === null) continue;
    for (const { port, service } of ports) {
      if (port >= range.from && port <= range.to) {
        exposures.push({ port, service, cidrs, rule: describeRule(rule) });
      }
    }
  }
  return exposures;
}

/** "SSH (22) to 0.0.0.0/0, ::/0 [tcp 22]" — names the port, the sources and the rule. */
export function describeExposure(exposure: PortExposure): string {
  return `${exposure.service} (${exposure.port}) to ${exposure.cidrs.join(', ')} [${exposure.rule}]`;
}

/** How broadly a rule opens the instance to the internet. */
type Breadth = 'all-traffic' | 'all-ports' | 'wide-range';

export interface BroadExposure {
  breadth: Breadth;
  ports: number;
  cidrs: string[];
  rule: string;
}

/**
 * Whether a rule lets the internet reach every protocol, every port of a protocol, or a range of
 * at least WIDE_PORT_RANGE ports. null when the rule is narrower or not open to the internet.
 */
export function broadInternetExposure(rule: SecurityGroupRule): BroadExposure | null {
  const cidrs = internetSourcesOf(rule);
  const range = portRangeOf(rule);
  if (cidrs.length === 0 || range === null) return null;
  const ports = portCount(range);
  const described = { ports, cidrs, rule: describeRule(rule) };
  if (protocolOf(rule) === 'all') return { breadth: 'all-traffic', ...described };
  if (coversAllPorts(range)) return { breadth: 'all-ports', ...described };
  if (ports >= WIDE_PORT_RANGE) return { breadth: 'wide-range', ...described };
  return null;
}
