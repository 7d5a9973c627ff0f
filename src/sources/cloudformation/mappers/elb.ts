import type { Listener } from '../../../inventory/kinds/elb.js';
import type { ResourceOf } from '../../../inventory/resources.js';
import { pointerIndex } from '../pointer-index.js';
import type { Props } from '../values.js';
import { Defaults, type Mapper } from './common.js';

type LoadBalancer = ResourceOf<'LoadBalancer'>;

const KINDS = ['application', 'network', 'gateway'] as const;

/** Elastic Load Balancing v2 load balancers with their listeners, and Classic Load Balancers. */
export const mapElb: Mapper = (ctx) => {
  const listeners = ctx
    .ofType('AWS::ElasticLoadBalancingV2::Listener')
    .map((decl) => ({ target: ctx.target(decl, 'LoadBalancerArn'), listener: listenerV2(ctx.props(decl)) }));
  // A listener whose load balancer cannot be resolved may belong to any load balancer here.
  const unplaced = listeners.some((l) => l.target === undefined);
  const listenersAt = pointerIndex(ctx, listeners, (l) => [l.target]);
  const v2 = ctx.ofType('AWS::ElasticLoadBalancingV2::LoadBalancer').map((decl): LoadBalancer => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const type = p.has('Type') ? p.literal('Type') : d.take('kind', 'application');
    const kind = KINDS.find((k) => k === type);
    const mine = listenersAt(decl);
    // Listeners of another stack cannot be seen, so "none here" is what a new load balancer has.
    const known = !unplaced && mine.every((l) => l.listener !== undefined);
    const fields = {
      scheme: p.has('Scheme') ? scheme(p.literal('Scheme')) : d.take('scheme', 'internet-facing' as const),
      listeners: known
        ? mine.length === 0
          ? d.take('listeners', [])
          : mine.map((l) => l.listener as Listener)
        : undefined,
      accessLogsEnabled: attribute(p, 'access_logs.s3.enabled', d, 'accessLogsEnabled'),
    };
    return {
      type: 'LoadBalancer',
      ...ctx.base(decl, 'LoadBalancer', ctx.nameOf(decl, 'Name'), d.names, p),
      // An unknown type cannot be judged; treating it as an ALB is the only kind-neutral choice left.
      kind: kind ?? 'application',
      ...fields,
      ...(kind === undefined && { listeners: undefined }),
    };
  });
  const classic = ctx.ofType('AWS::ElasticLoadBalancing::LoadBalancer').map((decl): LoadBalancer => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const blocks = p.blocks('Listeners');
    const parsed = blocks?.map(classicListener);
    const logging = p.sub('AccessLoggingPolicy');
    const fields = {
      scheme: p.has('Scheme') ? scheme(p.literal('Scheme')) : d.take('scheme', 'internet-facing' as const),
      listeners: parsed?.every((l) => l !== undefined) ? (parsed as Listener[]) : undefined,
      accessLogsEnabled: p.has('AccessLoggingPolicy')
        ? logging.bool('Enabled')
        : d.take('accessLogsEnabled', false),
    };
    return {
      type: 'LoadBalancer',
      ...ctx.base(decl, 'LoadBalancer', ctx.nameOf(decl, 'LoadBalancerName'), d.names, p),
      kind: 'classic',
      ...fields,
    };
  });
  return [...v2, ...classic];
};

function scheme(value: string | undefined): LoadBalancer['scheme'] {
  return value === 'internet-facing' || value === 'internal' ? value : undefined;
}

function attribute(p: Props, key: string, d: Defaults, field: string): boolean | undefined {
  const attributes = p.blocks('LoadBalancerAttributes');
  if (attributes === undefined) return undefined;
  const entry = attributes.find((a) => a.literal('Key') === key);
  return entry ? entry.bool('Value') : d.take(field, false);
}

/**
 * A v2 listener. The security policy is left unknown when the template does not name one: the
 * default differs between the console and the API and has changed over time.
 */
function listenerV2(p: Props): Listener | undefined {
  const port = p.int('Port');
  const protocol = p.literal('Protocol');
  if (p.unknown || protocol === undefined || port === undefined) {
    // A Gateway Load Balancer listener has neither port nor protocol.
    return p.has('Protocol') || p.has('Port') ? undefined : { port: 0, protocol: 'GENEVE' };
  }
  const actions = p.blocks('DefaultActions');
  const redirect = actions?.find((a) => a.literal('Type') === 'redirect');
  const redirectsToHttps =
    actions === undefined
      ? undefined
      : redirect
        ? redirect.sub('RedirectConfig').literal('Protocol') === 'HTTPS'
        : false;
  const sslPolicy = p.literal('SslPolicy');
  return {
    port,
    protocol: protocol.toUpperCase(),
    ...(sslPolicy && { sslPolicy }),
    ...(protocol.toUpperCase() === 'HTTP' && redirectsToHttps !== undefined && { redirectsToHttps }),
  };
}

function classicListener(p: Props): Listener | undefined {
  const port = p.int('LoadBalancerPort');
  const protocol = p.literal('Protocol');
  if (port === undefined || protocol === undefined) return undefined;
  return { port, protocol: protocol.toUpperCase() };
}
