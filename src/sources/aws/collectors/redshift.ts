import {
  type Cluster,
  DescribeLoggingStatusCommand,
  type Parameter,
  paginateDescribeClusterParameters,
  paginateDescribeClusters,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import type { RedshiftCluster } from '../../../inventory/kinds/databases.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { arnOf, baseOf, defaultsOf, eachLimited, listAll, tagsOf } from './regional-kit.js';

/** require_ssl as a parameter group sets it; byDefault when the group leaves it at the engine default. */
interface RequireSsl {
  value: boolean;
  byDefault: boolean;
}

/** require_ssl is off unless a custom parameter group turns it on (AWS's documented default). */
export function requireSslOf(parameters: readonly Parameter[]): RequireSsl {
  const parameter = parameters.find((p) => p.ParameterName === 'require_ssl');
  if (!parameter?.ParameterValue) return { value: false, byDefault: true };
  return {
    value: parameter.ParameterValue.trim().toLowerCase() === 'true',
    byDefault: parameter.Source === 'engine-default',
  };
}

function redshiftClusterOf(
  ctx: AwsContext,
  region: string,
  cluster: Cluster & { ClusterIdentifier: string },
  requireSsl: RequireSsl | undefined,
  auditLoggingEnabled: boolean | undefined,
): RedshiftCluster {
  const id = arnOf(ctx, 'redshift', region, `cluster:${cluster.ClusterIdentifier}`);
  const groups = cluster.ClusterParameterGroups?.flatMap((g) =>
    g.ParameterGroupName ? [g.ParameterGroupName] : [],
  );
  return {
    type: 'RedshiftCluster',
    ...baseOf(ctx, region, id, cluster.ClusterIdentifier, tagsOf(cluster.Tags)),
    encrypted: cluster.Encrypted,
    kmsKeyId: cluster.KmsKeyId,
    publiclyAccessible: cluster.PubliclyAccessible,
    parameterGroupNames: groups,
    requireSsl: requireSsl?.value,
    automatedSnapshotRetentionDays: cluster.AutomatedSnapshotRetentionPeriod,
    allowVersionUpgrade: cluster.AllowVersionUpgrade,
    auditLoggingEnabled,
    vpcId: cluster.VpcId,
    ...defaultsOf(requireSsl?.byDefault ? ['requireSsl'] : []),
  };
}

/**
 * Redshift clusters per region. require_ssl is read once per distinct parameter group (clusters
 * share them); audit logging per cluster.
 */
export const redshiftCollector: Collector = {
  service: 'redshift',
  scope: 'regional',
  async collect(ctx, region) {
    const client = ctx.client(RedshiftClient, region);
    const listed = await listAll(
      ctx,
      { service: 'redshift', region, api: 'redshift:DescribeClusters', resourceTypes: ['RedshiftCluster'] },
      () => paginateDescribeClusters({ client }, {}),
      (page) => page.Clusters,
    );
    const clusters = (listed ?? []).filter((c): c is Cluster & { ClusterIdentifier: string } =>
      Boolean(c.ClusterIdentifier),
    );
    const groupNames = [
      ...new Set(clusters.flatMap((c) => c.ClusterParameterGroups?.map((g) => g.ParameterGroupName) ?? [])),
    ].filter((g): g is string => Boolean(g));
    const ssl = new Map<string, RequireSsl | undefined>();
    await eachLimited(ctx, groupNames, async (group) => {
      // The gap names the parameter group: it is that resource's read that failed, not a listing.
      const parameters = await listAll(
        ctx,
        {
          service: 'redshift',
          region,
          api: 'redshift:DescribeClusterParameters',
          resourceTypes: ['RedshiftCluster'],
          resourceId: arnOf(ctx, 'redshift', region, `parametergroup:${group}`),
          fields: ['requireSsl'],
        },
        () => paginateDescribeClusterParameters({ client }, { ParameterGroupName: group }),
        (page) => page.Parameters,
      );
      ssl.set(group, parameters ? requireSslOf(parameters) : undefined);
    });
    return eachLimited(ctx, clusters, async (cluster) => {
      const id = arnOf(ctx, 'redshift', region, `cluster:${cluster.ClusterIdentifier}`);
      const logging = await ctx.call(
        {
          service: 'redshift',
          region,
          api: 'redshift:DescribeLoggingStatus',
          resourceTypes: ['RedshiftCluster'],
          resourceId: id,
          fields: ['auditLoggingEnabled'],
        },
        () => client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: cluster.ClusterIdentifier })),
      );
      // A cluster has one parameter group; its require_ssl is the cluster's.
      const group = cluster.ClusterParameterGroups?.[0]?.ParameterGroupName;
      return redshiftClusterOf(
        ctx,
        region,
        cluster,
        group ? ssl.get(group) : undefined,
        logging ? logging.LoggingEnabled === true : undefined,
      );
    });
  },
};
