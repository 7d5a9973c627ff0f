import type { Listener, LoadBalancer } from '../../../inventory/kinds/elb.js';
import type { Attrs } from '../attrs.js';
import { isCreated, type PlannedResource, type TerraformPlan } from '../model.js';
import { Defaults } from './defaults.js';
import { vpcOf } from './vpc.js';

const KINDS = ['application', 'network', 'gateway'] as const;

const byArn = (lb: PlannedResource, value: string) =>
  lb.attrs.str('arn') === value || lb.attrs.str('id') === value;

/**
 * aws_lb / aws_alb with their aws_lb_listener / aws_alb_listener (joined through load_balancer_arn,
 * which is known only after apply for a new load balancer), and Classic Load Balancers (aws_elb).
 */
export function loadBalancers(plan: TerraformPlan): LoadBalancer[] {
  const lbs = plan.ofType('aws_lb', 'aws_alb');
  const listeners = plan.join(['aws_lb_listener', 'aws_alb_listener'], 'load_balancer_arn', lbs, byArn);
  const out: LoadBalancer[] = [];
  for (const lb of lbs) {
    const a = lb.attrs;
    const d = new Defaults();
    const kind = d.attr(
      lb,
      oneOf(KINDS, a.str('load_balancer_type')),
      'load_balancer_type',
      'kind',
      'application',
    );
    const own = listeners.of(lb).map((l) => listenerV2(l.attrs));
    let list: Listener[] | undefined;
    if (listeners.unresolved.length === 0 && own.every((l) => l !== undefined)) {
      // Listeners outside this configuration cannot be seen: "none here" holds only for a new one.
      if (own.length > 0) list = own as Listener[];
      else list = d.take(lb, 'listeners', []);
    }
    out.push({
      type: 'LoadBalancer',
      ...plan.base(lb, a.str('name') ?? lb.address),
      kind: kind ?? 'application',
      scheme: schemeOf(lb, d),
      vpcId: kind === 'application' || kind === 'network' ? vpcOf(plan, lb) : undefined,
      listeners: kind === undefined ? undefined : list,
      accessLogsEnabled: accessLogs(lb, d),
      ...d.spread,
    });
  }
  const elbs = plan.ofType('aws_elb');
  const tls = classicPolicies(plan, elbs);
  for (const elb of elbs) {
    const d = new Defaults();
    const blocks = elb.attrs.blocks('listener');
    const parsed = blocks?.map((b) => classicListener(b, (port) => tls(elb, port)));
    out.push({
      type: 'LoadBalancer',
      ...plan.base(elb, elb.attrs.str('name') ?? elb.address),
      kind: 'classic',
      scheme: schemeOf(elb, d),
      listeners: parsed?.every((l) => l !== undefined) ? (parsed as Listener[]) : undefined,
      accessLogsEnabled: accessLogs(elb, d),
      ...d.spread,
    });
  }
  return out;
}

/** `internal` is computed when unset: a new load balancer is then internet-facing. */
function schemeOf(lb: PlannedResource, d: Defaults): LoadBalancer['scheme'] {
  const internal = d.attr(lb, lb.attrs.bool('internal'), 'internal', 'scheme', false);
  return internal === undefined ? undefined : internal ? 'internal' : 'internet-facing';
}

function accessLogs(lb: PlannedResource, d: Defaults): boolean | undefined {
  const blocks = lb.attrs.blocks('access_logs');
  if (blocks === undefined) return undefined;
  const [block] = blocks;
  if (!block) return isCreated(lb) ? d.take(lb, 'accessLogsEnabled', false) : undefined;
  // The v2 block defaults `enabled` to false; the classic one to true.
  const enabled = block.bool('enabled');
  return enabled ?? (enabled === null && lb.type === 'aws_elb' ? true : enabled === null ? false : undefined);
}

function listenerV2(a: Attrs): Listener | undefined {
  const port = a.int('port');
  const protocol = a.str('protocol')?.toUpperCase();
  if (typeof port !== 'number' || !protocol) return undefined;
  const sslPolicy = a.str('ssl_policy');
  return {
    port,
    protocol,
    ...(sslPolicy && { sslPolicy }),
    ...(protocol === 'HTTP' && { redirectsToHttps: redirectsToHttps(a) }),
  };
}

/** Whether an HTTP listener's default action redirects to HTTPS (the usual port 80 listener). */
function redirectsToHttps(a: Attrs): boolean | undefined {
  const actions = a.blocks('default_action');
  if (!actions) return undefined;
  const ordered = [...actions].sort((x, y) => (x.int('order') ?? 0) - (y.int('order') ?? 0));
  const [first] = ordered;
  if (!first) return false;
  const type = first.str('type');
  if (type === undefined) return undefined;
  if (type !== 'redirect') return false;
  const [redirect] = first.blocks('redirect') ?? [];
  const protocol = redirect?.str('protocol');
  return protocol === undefined ? undefined : protocol === 'HTTPS';
}

function classicListener(a: Attrs, policyOf: (port: number) => string | undefined): Listener | undefined {
  const port = a.int('lb_port');
  const protocol = a.str('lb_protocol')?.toUpperCase();
  if (typeof port !== 'number' || !protocol) return undefined;
  const sslPolicy = protocol === 'HTTPS' || protocol === 'SSL' ? policyOf(port) : undefined;
  return { port, protocol, ...(sslPolicy && { sslPolicy }) };
}

const byName = (elb: PlannedResource, value: string) => elb.attrs.str('name') === value;

/**
 * The TLS policy of a Classic Load Balancer's port: the SSLNegotiationPolicyType
 * aws_load_balancer_policy that an aws_load_balancer_listener_policy sets on it. A predefined policy
 * is named by its Reference-Security-Policy attribute; a custom one by its own name, which no
 * known policy matches. Unknown (the check then does not assess) when the plan cannot tell, and
 * when no policy is set: the policy AWS picks then is not one a plan states.
 */
function classicPolicies(
  plan: TerraformPlan,
  elbs: readonly PlannedResource[],
): (elb: PlannedResource, port: number) => string | undefined {
  const listenerPolicies = plan.join(
    ['aws_load_balancer_listener_policy'],
    'load_balancer_name',
    elbs,
    byName,
  );
  const policies = plan.join(['aws_load_balancer_policy'], 'load_balancer_name', elbs, byName);
  return (elb, port) => {
    if (listenerPolicies.unresolved.length > 0) return undefined;
    const own = listenerPolicies.of(elb);
    const ports = own.map((l) => l.attrs.int('load_balancer_port'));
    // A port known only after apply could be this one; two policies on one port race.
    if (ports.includes(undefined)) return undefined;
    const set = own.filter((_, i) => ports[i] === port);
    if (set.length !== 1) return undefined;
    const chosen = set[0] as PlannedResource;
    const link = plan.link(
      chosen,
      'policy_names',
      plan.ofType('aws_load_balancer_policy'),
      (p, name) => p.attrs.str('policy_name') === name && policies.of(elb).includes(p),
      true,
    );
    if (link.kind !== 'linked') return undefined;
    const tls = link.owners.filter((p) => p.attrs.str('policy_type_name') === 'SSLNegotiationPolicyType');
    const [policy] = tls;
    if (tls.length !== 1 || !policy) return undefined;
    const attributes = policy.attrs.blocks('policy_attribute');
    if (attributes === undefined || attributes.some((b) => b.str('name') === undefined)) return undefined;
    const reference = attributes.find((b) => b.str('name') === 'Reference-Security-Policy');
    return reference ? (reference.str('value') ?? undefined) : (policy.attrs.str('policy_name') ?? undefined);
  };
}

function oneOf<T extends string>(
  allowed: readonly T[],
  value: string | null | undefined,
): T | null | undefined {
  if (value === null || value === undefined) return value;
  return allowed.includes(value as T) ? (value as T) : undefined;
}
