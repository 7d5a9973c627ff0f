import {
  DescribeLoadBalancerAttributesCommand as DescribeClassicAttributesCommand,
  DescribeTagsCommand as DescribeClassicTagsCommand,
  DescribeLoadBalancerPoliciesCommand,
  ElasticLoadBalancingClient,
  type ListenerDescription,
  type LoadBalancerDescription,
  type PolicyDescription,
  paginateDescribeLoadBalancers as paginateDescribeClassicLoadBalancers,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  type Listener as SdkListener,
  type LoadBalancer as SdkLoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Listener, LoadBalancer } from '../../../inventory/kinds/elb.js';
import type { Resource } from '../../../inventory/resources.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { arnOf, baseOf, chunk, defaultsOf, eachLimited, listAll, tagsOf } from './regional-kit.js';

/** DescribeTags takes at most 20 load balancers per request (both APIs). */
const TAG_BATCH = 20;

type TagList = { Key?: string; Value?: string }[];

/**
 * Tags of load balancers by ARN (v2) or name (classic), asked 20 at a time. Tags only refine the
 * classification: a failed batch is recorded as a detail gap and its load balancers get none.
 */
async function tagsInBatches(
  ctx: AwsContext,
  region: string,
  keys: string[],
  describe: (batch: string[]) => Promise<[string | undefined, TagList | undefined][] | undefined>,
): Promise<Map<string, TagList>> {
  const tags = new Map<string, TagList>();
  for (const batch of chunk(keys, TAG_BATCH)) {
    const out = await ctx.call(
      {
        service: 'elb',
        region,
        api: 'elasticloadbalancing:DescribeTags',
        resourceTypes: ['LoadBalancer'],
        detail: true,
        fields: ['tags'],
      },
      async () => (await describe(batch)) ?? [],
    );
    for (const key of out ? batch : []) tags.set(key, []);
    for (const [key, list] of out ?? []) if (key) tags.set(key, list ?? []);
  }
  return tags;
}

/**
 * What each per-load-balancer call fills (see CoverageGap.fields). DescribeLoadBalancerPolicies is
 * left out on purpose: it fills the security policy inside listeners that stay known, and a gap
 * names top-level properties only, so naming `listeners` would hide the call from the verdict.
 */
const FIELDS: Record<string, string[]> = {
  DescribeListeners: ['listeners'],
  DescribeLoadBalancerAttributes: ['accessLogsEnabled'],
};

const KINDS = new Set(['application', 'network', 'gateway']);
const SCHEMES = new Set(['internet-facing', 'internal']);

function schemeOf(scheme: string | undefined): LoadBalancer['scheme'] {
  return scheme && SCHEMES.has(scheme) ? (scheme as LoadBalancer['scheme']) : undefined;
}

/** An HTTP listener whose default action sends clients to HTTPS (a redirect keeping #{protocol} does not). */
function redirectsToHttps(listener: SdkListener): boolean {
  return (listener.DefaultActions ?? []).some(
    (a) => a.Type === 'redirect' && a.RedirectConfig?.Protocol?.toUpperCase() === 'HTTPS',
  );
}

const V2_TLS_PROTOCOLS = new Set(['HTTPS', 'TLS']);

function v2ListenerOf(listener: SdkListener): Listener | undefined {
  if (listener.Port === undefined || !listener.Protocol) return undefined;
  return {
    port: listener.Port,
    protocol: listener.Protocol,
    // Only listeners that terminate TLS have a security policy (moto reports one on HTTP too).
    ...(listener.SslPolicy && V2_TLS_PROTOCOLS.has(listener.Protocol) && { sslPolicy: listener.SslPolicy }),
    ...(listener.Protocol === 'HTTP' && { redirectsToHttps: redirectsToHttps(listener) }),
  };
}

function v2LoadBalancerOf(
  ctx: AwsContext,
  region: string,
  lb: SdkLoadBalancer & { LoadBalancerArn: string },
  listeners: readonly SdkListener[] | undefined,
  attributes: ReadonlyMap<string, string> | undefined,
  tags: TagList | undefined,
): LoadBalancer {
  // The type is always set by the API; an unknown future type is read as the closest, network.
  const kind = lb.Type && KINDS.has(lb.Type) ? (lb.Type as LoadBalancer['kind']) : 'network';
  const accessLogs = attributes?.get('access_logs.s3.enabled');
  // Application and Network Load Balancers log access only when turned on; Gateway ones cannot.
  const logsByDefault = attributes !== undefined && accessLogs === undefined && kind !== 'gateway';
  return {
    type: 'LoadBalancer',
    ...baseOf(
      ctx,
      region,
      lb.LoadBalancerArn,
      lb.LoadBalancerName ?? lb.LoadBalancerArn,
      tagsOf(tags),
      tags === undefined,
    ),
    kind,
    scheme: schemeOf(lb.Scheme),
    vpcId: lb.VpcId,
    listeners: listeners?.map(v2ListenerOf).filter((l): l is Listener => l !== undefined),
    accessLogsEnabled: logsByDefault ? false : accessLogs === undefined ? undefined : accessLogs === 'true',
    ...defaultsOf(logsByDefault ? ['accessLogsEnabled'] : []),
  };
}

async function readV2(ctx: AwsContext, region: string): Promise<Resource[]> {
  const client = ctx.client(ElasticLoadBalancingV2Client, region);
  const listed = await listAll(
    ctx,
    {
      service: 'elb',
      region,
      api: 'elasticloadbalancing:DescribeLoadBalancers',
      resourceTypes: ['LoadBalancer'],
    },
    () => paginateDescribeLoadBalancers({ client }, {}),
    (page) => page.LoadBalancers,
  );
  const lbs = (listed ?? []).filter((lb): lb is SdkLoadBalancer & { LoadBalancerArn: string } =>
    Boolean(lb.LoadBalancerArn),
  );
  const tags = await tagsInBatches(
    ctx,
    region,
    lbs.map((lb) => lb.LoadBalancerArn),
    async (batch) =>
      (await client.send(new DescribeTagsCommand({ ResourceArns: batch }))).TagDescriptions?.map((d) => [
        d.ResourceArn,
        d.Tags,
      ]),
  );
  return eachLimited(ctx, lbs, async (lb) => {
    const where = (api: string) => ({
      service: 'elb',
      region,
      api: `elasticloadbalancing:${api}`,
      resourceTypes: ['LoadBalancer' as const],
      resourceId: lb.LoadBalancerArn,
      ...(FIELDS[api] && { fields: FIELDS[api] }),
    });
    const [listeners, attributes] = await Promise.all([
      listAll(
        ctx,
        where('DescribeListeners'),
        () => paginateDescribeListeners({ client }, { LoadBalancerArn: lb.LoadBalancerArn }),
        (page) => page.Listeners,
      ),
      ctx.call(where('DescribeLoadBalancerAttributes'), () =>
        client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lb.LoadBalancerArn })),
      ),
    ]);
    const attributeMap = attributes
      ? new Map(
          (attributes.Attributes ?? []).flatMap((a) => (a.Key ? [[a.Key, a.Value ?? ''] as const] : [])),
        )
      : undefined;
    return v2LoadBalancerOf(ctx, region, lb, listeners, attributeMap, tags.get(lb.LoadBalancerArn));
  });
}

/**
 * The security policy of a classic HTTPS/SSL listener: the predefined policy its SSL negotiation
 * policy references, or, for a custom policy, the policy's own name (which demarc cannot judge).
 */
export function classicSslPolicy(
  listener: ListenerDescription,
  policies: readonly PolicyDescription[],
): string | undefined {
  const named = new Set(listener.PolicyNames ?? []);
  const negotiation = policies.find(
    (p) => p.PolicyName && named.has(p.PolicyName) && p.PolicyTypeName === 'SSLNegotiationPolicyType',
  );
  if (!negotiation) return undefined;
  const reference = negotiation.PolicyAttributeDescriptions?.find(
    (a) => a.AttributeName === 'Reference-Security-Policy',
  )?.AttributeValue;
  return reference || negotiation.PolicyName;
}

const TLS_PROTOCOLS = new Set(['HTTPS', 'SSL']);

function classicLoadBalancerOf(
  ctx: AwsContext,
  region: string,
  lb: LoadBalancerDescription & { LoadBalancerName: string },
  policies: readonly PolicyDescription[] | undefined,
  accessLogsEnabled: boolean | undefined,
  tags: readonly { Key?: string; Value?: string }[] | undefined,
): LoadBalancer {
  const listeners: Listener[] = [];
  for (const description of lb.ListenerDescriptions ?? []) {
    const l = description.Listener;
    if (!l?.Protocol || l.LoadBalancerPort === undefined) continue;
    const protocol = l.Protocol.toUpperCase();
    const sslPolicy =
      TLS_PROTOCOLS.has(protocol) && policies ? classicSslPolicy(description, policies) : undefined;
    listeners.push({ port: l.LoadBalancerPort, protocol, ...(sslPolicy && { sslPolicy }) });
  }
  return {
    type: 'LoadBalancer',
    ...baseOf(
      ctx,
      region,
      arnOf(ctx, 'elasticloadbalancing', region, `loadbalancer/${lb.LoadBalancerName}`),
      lb.LoadBalancerName,
      tagsOf(tags),
      tags === undefined,
    ),
    kind: 'classic',
    scheme: schemeOf(lb.Scheme),
    vpcId: lb.VPCId,
    listeners,
    accessLogsEnabled,
  };
}

async function readClassic(ctx: AwsContext, region: string): Promise<Resource[]> {
  const client = ctx.client(ElasticLoadBalancingClient, region);
  const listed = await listAll(
    ctx,
    {
      service: 'elb',
      region,
      api: 'elasticloadbalancing:DescribeLoadBalancers',
      resourceTypes: ['LoadBalancer'],
    },
    () => paginateDescribeClassicLoadBalancers({ client }, {}),
    (page) => page.LoadBalancerDescriptions,
  );
  const lbs = (listed ?? []).filter((lb): lb is LoadBalancerDescription & { LoadBalancerName: string } =>
    Boolean(lb.LoadBalancerName),
  );
  const tags = await tagsInBatches(
    ctx,
    region,
    lbs.map((lb) => lb.LoadBalancerName),
    async (batch) =>
      (await client.send(new DescribeClassicTagsCommand({ LoadBalancerNames: batch }))).TagDescriptions?.map(
        (d) => [d.LoadBalancerName, d.Tags],
      ),
  );
  return eachLimited(ctx, lbs, async (lb) => {
    const where = (api: string) => ({
      service: 'elb',
      region,
      api: `elasticloadbalancing:${api}`,
      resourceTypes: ['LoadBalancer' as const],
      resourceId: arnOf(ctx, 'elasticloadbalancing', region, `loadbalancer/${lb.LoadBalancerName}`),
      ...(FIELDS[api] && { fields: FIELDS[api] }),
    });
    const needsPolicies = (lb.ListenerDescriptions ?? []).some((d) =>
      TLS_PROTOCOLS.has(d.Listener?.Protocol?.toUpperCase() ?? ''),
    );
    const [policies, attributes] = await Promise.all([
      needsPolicies
        ? ctx.call(where('DescribeLoadBalancerPolicies'), () =>
            client.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: lb.LoadBalancerName })),
          )
        : Promise.resolve({ PolicyDescriptions: [] }),
      ctx.call(where('DescribeLoadBalancerAttributes'), () =>
        client.send(new DescribeClassicAttributesCommand({ LoadBalancerName: lb.LoadBalancerName })),
      ),
    ]);
    const accessLog = attributes?.LoadBalancerAttributes?.AccessLog;
    return classicLoadBalancerOf(
      ctx,
      region,
      lb,
      policies ? (policies.PolicyDescriptions ?? []) : undefined,
      attributes ? accessLog?.Enabled === true : undefined,
      tags.get(lb.LoadBalancerName),
    );
  });
}

/** Application, Network and Gateway Load Balancers (elbv2) and Classic Load Balancers, per region. */
export const elbCollector: Collector = {
  service: 'elb',
  scope: 'regional',
  async collect(ctx, region) {
    const parts = await Promise.all([readV2(ctx, region), readClassic(ctx, region)]);
    return parts.flat();
  },
};
