import {
  type DBCluster,
  type DBClusterSnapshot,
  type DBInstance,
  type DBSnapshot,
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
  RDSClient,
} from '@aws-sdk/client-rds';
import type { RdsCluster, RdsInstance, RdsSnapshot } from '../../../inventory/kinds/databases.js';
import type { Resource } from '../../../inventory/resources.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { arnOf, baseOf, eachLimited, ec2Arn, listAll, tagsOf } from './regional-kit.js';

const instanceArn = (ctx: AwsContext, region: string, id: string) => arnOf(ctx, 'rds', region, `db:${id}`);
const clusterArn = (ctx: AwsContext, region: string, id: string) =>
  arnOf(ctx, 'rds', region, `cluster:${id}`);

function securityGroupArns(
  ctx: AwsContext,
  region: string,
  groups: readonly { VpcSecurityGroupId?: string | undefined }[] | undefined,
): string[] | undefined {
  return groups?.flatMap((g) =>
    g.VpcSecurityGroupId ? [ec2Arn(ctx, region, `security-group/${g.VpcSecurityGroupId}`)] : [],
  );
}

export function rdsInstanceOf(
  ctx: AwsContext,
  region: string,
  db: DBInstance & { DBInstanceIdentifier: string },
): RdsInstance {
  const id = db.DBInstanceArn ?? instanceArn(ctx, region, db.DBInstanceIdentifier);
  return {
    type: 'RdsInstance',
    ...baseOf(ctx, region, id, db.DBInstanceIdentifier, tagsOf(db.TagList)),
    engine: db.Engine,
    engineVersion: db.EngineVersion,
    storageEncrypted: db.StorageEncrypted,
    kmsKeyId: db.KmsKeyId,
    backupRetentionDays: db.BackupRetentionPeriod,
    deletionProtection: db.DeletionProtection,
    vpcId: db.DBSubnetGroup?.VpcId,
    securityGroupIds: securityGroupArns(ctx, region, db.VpcSecurityGroups),
    instanceClass: db.DBInstanceClass,
    publiclyAccessible: db.PubliclyAccessible,
    autoMinorVersionUpgrade: db.AutoMinorVersionUpgrade,
    multiAz: db.MultiAZ,
    clusterId: db.DBClusterIdentifier ? clusterArn(ctx, region, db.DBClusterIdentifier) : undefined,
  };
}

/**
 * Aurora sets minor version upgrades per instance, and DescribeDBClusters reports the setting only
 * for Multi-AZ DB clusters; for the others the members decide: on only when every member has it on.
 */
function clusterAutoMinorUpgrade(
  cluster: DBCluster,
  members: readonly (RdsInstance | undefined)[],
): boolean | undefined {
  if (cluster.AutoMinorVersionUpgrade !== undefined) return cluster.AutoMinorVersionUpgrade;
  if (members.length === 0 || members.some((m) => m?.autoMinorVersionUpgrade === undefined)) return undefined;
  return members.every((m) => m?.autoMinorVersionUpgrade === true);
}

export function rdsClusterOf(
  ctx: AwsContext,
  region: string,
  cluster: DBCluster & { DBClusterIdentifier: string },
  /** The region's instances by identifier. */
  instances: ReadonlyMap<string, RdsInstance> | undefined,
): RdsCluster {
  const id = cluster.DBClusterArn ?? clusterArn(ctx, region, cluster.DBClusterIdentifier);
  const memberNames = (cluster.DBClusterMembers ?? []).flatMap((m) =>
    m.DBInstanceIdentifier ? [m.DBInstanceIdentifier] : [],
  );
  // undefined for a member that was not read: it makes what depends on the members unknown.
  const members = memberNames.map((name) => instances?.get(name));
  const memberIds = memberNames.map((name, i) => members[i]?.id ?? instanceArn(ctx, region, name));
  return {
    type: 'RdsCluster',
    ...baseOf(ctx, region, id, cluster.DBClusterIdentifier, tagsOf(cluster.TagList)),
    engine: cluster.Engine,
    engineVersion: cluster.EngineVersion,
    storageEncrypted: cluster.StorageEncrypted,
    kmsKeyId: cluster.KmsKeyId,
    backupRetentionDays: cluster.BackupRetentionPeriod,
    deletionProtection: cluster.DeletionProtection,
    // DescribeDBClusters names the subnet group only; the members carry its VPC.
    vpcId: members.find((m) => m?.vpcId)?.vpcId,
    securityGroupIds: securityGroupArns(ctx, region, cluster.VpcSecurityGroups),
    autoMinorVersionUpgrade: clusterAutoMinorUpgrade(cluster, members),
    memberInstanceIds: memberIds,
  };
}

/** The 'restore' attribute: who may copy or restore the snapshot. */
function restoreSharing(
  attributes: readonly { AttributeName?: string | undefined; AttributeValues?: string[] | undefined }[],
): { public: boolean; sharedWithAccounts: string[] } {
  const values = attributes
    .filter((a) => a.AttributeName === 'restore')
    .flatMap((a) => a.AttributeValues ?? []);
  return { public: values.includes('all'), sharedWithAccounts: values.filter((v) => v !== 'all') };
}

/** What a snapshot's attributes call fills: who may restore it. */
const SHARING_FIELDS = ['public', 'sharedWithAccounts'];

/** Automated snapshots cannot be shared (AWS requires a manual copy first), so no call is needed. */
const isAutomated = (snapshotType: string | undefined) => snapshotType === 'automated';

function rdsSnapshotOf(
  ctx: AwsContext,
  region: string,
  snapshot: { kind: 'instance'; value: DBSnapshot } | { kind: 'cluster'; value: DBClusterSnapshot },
  id: string,
  name: string,
  sharing: { public: boolean; sharedWithAccounts: string[] } | undefined,
): RdsSnapshot {
  const s = snapshot.value;
  return {
    type: 'RdsSnapshot',
    ...baseOf(ctx, region, id, name, tagsOf(s.TagList)),
    snapshotKind: snapshot.kind,
    encrypted: snapshot.kind === 'instance' ? snapshot.value.Encrypted : snapshot.value.StorageEncrypted,
    kmsKeyId: s.KmsKeyId,
    public: sharing?.public,
    sharedWithAccounts: sharing?.sharedWithAccounts,
  };
}

async function readInstanceSnapshots(
  ctx: AwsContext,
  client: RDSClient,
  region: string,
): Promise<Resource[]> {
  const snapshots = await listAll(
    ctx,
    { service: 'rds', region, api: 'rds:DescribeDBSnapshots', resourceTypes: ['RdsSnapshot'] },
    () => paginateDescribeDBSnapshots({ client }, {}),
    (page) => page.DBSnapshots,
  );
  const named = (snapshots ?? []).filter((s): s is DBSnapshot & { DBSnapshotIdentifier: string } =>
    Boolean(s.DBSnapshotIdentifier),
  );
  return eachLimited(ctx, named, async (s) => {
    const id = s.DBSnapshotArn ?? arnOf(ctx, 'rds', region, `snapshot:${s.DBSnapshotIdentifier}`);
    let sharing: ReturnType<typeof restoreSharing> | undefined = { public: false, sharedWithAccounts: [] };
    if (!isAutomated(s.SnapshotType)) {
      const out = await ctx.call(
        {
          service: 'rds',
          region,
          api: 'rds:DescribeDBSnapshotAttributes',
          resourceTypes: ['RdsSnapshot'],
          resourceId: id,
          fields: SHARING_FIELDS,
        },
        () =>
          client.send(
            new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.DBSnapshotIdentifier }),
          ),
      );
      sharing = out ? restoreSharing(out.DBSnapshotAttributesResult?.DBSnapshotAttributes ?? []) : undefined;
    }
    return rdsSnapshotOf(ctx, region, { kind: 'instance', value: s }, id, s.DBSnapshotIdentifier, sharing);
  });
}

async function readClusterSnapshots(ctx: AwsContext, client: RDSClient, region: string): Promise<Resource[]> {
  const snapshots = await listAll(
    ctx,
    { service: 'rds', region, api: 'rds:DescribeDBClusterSnapshots', resourceTypes: ['RdsSnapshot'] },
    () => paginateDescribeDBClusterSnapshots({ client }, {}),
    (page) => page.DBClusterSnapshots,
  );
  const named = (snapshots ?? []).filter(
    (s): s is DBClusterSnapshot & { DBClusterSnapshotIdentifier: string } =>
      Boolean(s.DBClusterSnapshotIdentifier),
  );
  return eachLimited(ctx, named, async (s) => {
    const id =
      s.DBClusterSnapshotArn ??
      arnOf(ctx, 'rds', region, `cluster-snapshot:${s.DBClusterSnapshotIdentifier}`);
    let sharing: ReturnType<typeof restoreSharing> | undefined = { public: false, sharedWithAccounts: [] };
    if (!isAutomated(s.SnapshotType)) {
      const out = await ctx.call(
        {
          service: 'rds',
          region,
          api: 'rds:DescribeDBClusterSnapshotAttributes',
          resourceTypes: ['RdsSnapshot'],
          resourceId: id,
          fields: SHARING_FIELDS,
        },
        () =>
          client.send(
            new DescribeDBClusterSnapshotAttributesCommand({
              DBClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier,
            }),
          ),
      );
      sharing = out
        ? restoreSharing(out.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? [])
        : undefined;
    }
    return rdsSnapshotOf(
      ctx,
      region,
      { kind: 'cluster', value: s },
      id,
      s.DBClusterSnapshotIdentifier,
      sharing,
    );
  });
}

async function readDatabases(ctx: AwsContext, client: RDSClient, region: string): Promise<Resource[]> {
  const [dbs, clusters] = await Promise.all([
    listAll(
      ctx,
      { service: 'rds', region, api: 'rds:DescribeDBInstances', resourceTypes: ['RdsInstance'] },
      () => paginateDescribeDBInstances({ client }, {}),
      (page) => page.DBInstances,
    ),
    listAll(
      ctx,
      { service: 'rds', region, api: 'rds:DescribeDBClusters', resourceTypes: ['RdsCluster'] },
      () => paginateDescribeDBClusters({ client }, {}),
      (page) => page.DBClusters,
    ),
  ]);
  const instances = (dbs ?? [])
    .filter((d): d is DBInstance & { DBInstanceIdentifier: string } => Boolean(d.DBInstanceIdentifier))
    .map((d) => rdsInstanceOf(ctx, region, d));
  const byName = dbs ? new Map(instances.map((i) => [i.name, i])) : undefined;
  return [
    ...instances,
    ...(clusters ?? [])
      .filter((c): c is DBCluster & { DBClusterIdentifier: string } => Boolean(c.DBClusterIdentifier))
      .map((c) => rdsClusterOf(ctx, region, c, byName)),
  ];
}

/** RDS (and Aurora) DB instances, clusters and their snapshots, per region. */
export const rdsCollector: Collector = {
  service: 'rds',
  scope: 'regional',
  async collect(ctx, region) {
    const client = ctx.client(RDSClient, region);
    const parts = await Promise.all([
      readDatabases(ctx, client, region),
      readInstanceSnapshots(ctx, client, region),
      readClusterSnapshots(ctx, client, region),
    ]);
    return parts.flat();
  },
};
