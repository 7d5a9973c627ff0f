import type {
  DynamoDbTable,
  RdsCluster,
  RdsInstance,
  RdsSnapshot,
  RedshiftCluster,
} from '../../../inventory/kinds/databases.js';
import type { PlannedResource, TerraformPlan } from '../model.js';
import { Defaults } from './defaults.js';
import { groupIdsOf } from './vpc.js';

type Database = RdsInstance | RdsCluster | RdsSnapshot | RedshiftCluster | DynamoDbTable;

/** A KMS key reference as the model holds it: unset (the service's own key) is left out. */
function keyOf(plan: TerraformPlan, resource: PlannedResource, attr: string): string | undefined {
  return plan.keyRef(resource, resource.attrs, attr) ?? undefined;
}

const named = (attr: string) => (owner: PlannedResource, value: string) =>
  owner.attrs.str(attr) === value || owner.attrs.str('id') === value || owner.attrs.str('arn') === value;

/** RDS (instances, clusters, their snapshots), Redshift clusters and DynamoDB tables. */
export function databaseResources(plan: TerraformPlan): Database[] {
  return [...rds(plan), ...rdsSnapshots(plan), ...redshift(plan), ...dynamoDb(plan)];
}

/**
 * aws_db_instance, aws_rds_cluster_instance (a member of an aws_rds_cluster, which holds its
 * storage, encryption and backups) and aws_rds_cluster.
 */
/** What standalone and cluster instances both set: internet reach and minor version patching. */
function exposureAndPatching(
  db: PlannedResource,
  d: Defaults,
): Pick<RdsInstance, 'publiclyAccessible' | 'autoMinorVersionUpgrade'> {
  const a = db.attrs;
  return {
    publiclyAccessible: d.attr(
      db,
      a.bool('publicly_accessible'),
      'publicly_accessible',
      'publiclyAccessible',
      false,
    ),
    autoMinorVersionUpgrade: d.attr(
      db,
      a.bool('auto_minor_version_upgrade'),
      'auto_minor_version_upgrade',
      'autoMinorVersionUpgrade',
      true,
    ),
  };
}

function rds(plan: TerraformPlan): (RdsInstance | RdsCluster)[] {
  const clusters = plan.ofType('aws_rds_cluster');
  const members = plan.join(
    ['aws_rds_cluster_instance'],
    'cluster_identifier',
    clusters,
    named('cluster_identifier'),
  );
  const out: (RdsInstance | RdsCluster)[] = [];
  for (const db of plan.ofType('aws_db_instance')) {
    const a = db.attrs;
    const d = new Defaults();
    // A restored instance or a replica takes its encryption from its source.
    const inherits = !!a.str('snapshot_identifier') || !!a.str('replicate_source_db');
    out.push({
      type: 'RdsInstance',
      ...plan.base(db, a.str('identifier') ?? db.address),
      engine: a.str('engine') ?? undefined,
      engineVersion: a.str('engine_version') ?? undefined,
      storageEncrypted: inherits
        ? (a.bool('storage_encrypted') ?? undefined)
        : d.attr(db, a.bool('storage_encrypted'), 'storage_encrypted', 'storageEncrypted', false),
      kmsKeyId: keyOf(plan, db, 'kms_key_id'),
      backupRetentionDays: a.str('replicate_source_db')
        ? (a.int('backup_retention_period') ?? undefined)
        : d.attr(db, a.int('backup_retention_period'), 'backup_retention_period', 'backupRetentionDays', 1),
      deletionProtection: d.attr(
        db,
        a.bool('deletion_protection'),
        'deletion_protection',
        'deletionProtection',
        false,
      ),
      securityGroupIds: groupIdsOf(plan, db, 'vpc_security_group_ids'),
      instanceClass: a.str('instance_class') ?? undefined,
      ...exposureAndPatching(db, d),
      multiAz: d.attr(db, a.bool('multi_az'), 'multi_az', 'multiAz', false),
      ...d.spread,
    });
  }
  const memberOf = new Map<PlannedResource, PlannedResource>();
  for (const cluster of clusters) for (const m of members.of(cluster)) memberOf.set(m, cluster);
  for (const db of plan.ofType('aws_rds_cluster_instance')) {
    const a = db.attrs;
    const d = new Defaults();
    const cluster = memberOf.get(db);
    out.push({
      type: 'RdsInstance',
      ...plan.base(db, a.str('identifier') ?? db.address),
      engine: a.str('engine') ?? cluster?.attrs.str('engine') ?? undefined,
      engineVersion: a.str('engine_version') ?? undefined,
      instanceClass: a.str('instance_class') ?? undefined,
      ...exposureAndPatching(db, d),
      // Members always belong to a cluster; which one is a stand-in when it is outside this plan.
      clusterId: cluster ? plan.idOf(cluster) : (a.str('cluster_identifier') ?? `${db.ref}/cluster`),
      ...d.spread,
    });
  }
  for (const cluster of clusters) {
    const a = cluster.attrs;
    const d = new Defaults();
    const engine = a.str('engine') ?? undefined;
    const aurora = engine === undefined || engine.startsWith('aurora');
    const inherits = !!a.str('snapshot_identifier') || !!a.str('replication_source_identifier');
    const own = members.of(cluster);
    out.push({
      type: 'RdsCluster',
      ...plan.base(cluster, a.str('cluster_identifier') ?? cluster.address),
      engine,
      engineVersion: a.str('engine_version') ?? undefined,
      // Aurora Serverless v1 clusters are always encrypted.
      storageEncrypted:
        a.str('engine_mode') === 'serverless'
          ? true
          : inherits
            ? (a.bool('storage_encrypted') ?? undefined)
            : d.attr(cluster, a.bool('storage_encrypted'), 'storage_encrypted', 'storageEncrypted', false),
      kmsKeyId: keyOf(plan, cluster, 'kms_key_id'),
      backupRetentionDays: d.attr(
        cluster,
        a.int('backup_retention_period'),
        'backup_retention_period',
        'backupRetentionDays',
        1,
      ),
      deletionProtection: d.attr(
        cluster,
        a.bool('deletion_protection'),
        'deletion_protection',
        'deletionProtection',
        false,
      ),
      securityGroupIds: groupIdsOf(plan, cluster, 'vpc_security_group_ids'),
      autoMinorVersionUpgrade:
        aurora && members.unresolved.length === 0
          ? auroraMinorUpgrades(own)
          : aurora
            ? undefined
            : d.attr(
                cluster,
                a.bool('auto_minor_version_upgrade'),
                'auto_minor_version_upgrade',
                'autoMinorVersionUpgrade',
                true,
              ),
      memberInstanceIds: members.unresolved.length === 0 ? own.map((m) => plan.idOf(m)) : undefined,
      ...d.spread,
    });
  }
  return out;
}

/** Aurora applies minor versions per instance: the cluster does when all its members here do. */
function auroraMinorUpgrades(members: readonly PlannedResource[]): boolean | undefined {
  if (members.length === 0) return undefined;
  // The provider's default for auto_minor_version_upgrade is true, so a plan always states it.
  const values = members.map((m) => m.attrs.bool('auto_minor_version_upgrade'));
  if (values.includes(false)) return false;
  return values.every((v) => v === true) ? true : undefined;
}

/** aws_db_snapshot, aws_db_snapshot_copy and aws_db_cluster_snapshot, shared by `shared_accounts`. */
function rdsSnapshots(plan: TerraformPlan): RdsSnapshot[] {
  const kinds: [string, RdsSnapshot['snapshotKind'], string, string][] = [
    ['aws_db_snapshot', 'instance', 'db_snapshot_identifier', 'encrypted'],
    ['aws_db_snapshot_copy', 'instance', 'target_db_snapshot_identifier', 'encrypted'],
    ['aws_db_cluster_snapshot', 'cluster', 'db_cluster_snapshot_identifier', 'storage_encrypted'],
  ];
  return kinds.flatMap(([type, snapshotKind, nameAttr, encryptedAttr]) =>
    plan.ofType(type).map((snapshot): RdsSnapshot => {
      const a = snapshot.attrs;
      const shared = a.strings('shared_accounts');
      return {
        type: 'RdsSnapshot',
        ...plan.base(snapshot, a.str(nameAttr) ?? snapshot.address),
        snapshotKind,
        // Snapshots take their source's encryption, which the plan knows only once taken.
        encrypted: a.bool(encryptedAttr) ?? undefined,
        kmsKeyId: a.str('kms_key_id') ?? undefined,
        public: shared?.includes('all'),
        sharedWithAccounts: shared?.filter((s) => s !== 'all'),
      };
    }),
  );
}

/**
 * aws_redshift_cluster, with require_ssl from an aws_redshift_parameter_group of this plan and
 * audit logging from its own logging block or an aws_redshift_logging.
 */
function redshift(plan: TerraformPlan): RedshiftCluster[] {
  const clusters = plan.ofType('aws_redshift_cluster');
  const groups = plan.ofType('aws_redshift_parameter_group');
  const logging = plan.join(
    ['aws_redshift_logging'],
    'cluster_identifier',
    clusters,
    named('cluster_identifier'),
  );
  return clusters.map((cluster): RedshiftCluster => {
    const a = cluster.attrs;
    const d = new Defaults();
    const link = plan.link(cluster, 'cluster_parameter_group_name', groups, named('name'));
    const group = link.kind === 'linked' && link.owners.length === 1 ? link.owners[0] : undefined;
    const groupName = group
      ? (group.attrs.str('name') ?? group.address)
      : a.str('cluster_parameter_group_name');
    const restored = !!a.str('snapshot_identifier');
    return {
      type: 'RedshiftCluster',
      ...plan.base(cluster, a.str('cluster_identifier') ?? cluster.address),
      // New and restored provisioned clusters are encrypted by default since January 2025.
      encrypted: restored
        ? (a.bool('encrypted') ?? undefined)
        : d.attr(cluster, a.bool('encrypted'), 'encrypted', 'encrypted', true),
      kmsKeyId: keyOf(plan, cluster, 'kms_key_id'),
      // Public access is off by default for new clusters since January 2025.
      publiclyAccessible: d.attr(
        cluster,
        a.bool('publicly_accessible'),
        'publicly_accessible',
        'publiclyAccessible',
        false,
      ),
      parameterGroupNames: groupName ? [groupName] : undefined,
      // Only a group of this plan that sets require_ssl says what it is: the default group's value
      // changed over time, and groups from elsewhere are not in the plan.
      requireSsl: group ? requireSslOf(group) : undefined,
      automatedSnapshotRetentionDays: d.attr(
        cluster,
        a.int('automated_snapshot_retention_period'),
        'automated_snapshot_retention_period',
        'automatedSnapshotRetentionDays',
        1,
      ),
      allowVersionUpgrade: d.attr(
        cluster,
        a.bool('allow_version_upgrade'),
        'allow_version_upgrade',
        'allowVersionUpgrade',
        true,
      ),
      auditLoggingEnabled: auditLogging(cluster, logging.of(cluster), logging.unresolved.length > 0, d),
      ...d.spread,
    };
  });
}

function requireSslOf(group: PlannedResource): boolean | undefined {
  const parameters = group.attrs.blocks('parameter');
  const entry = parameters?.find((p) => p.str('name')?.toLowerCase() === 'require_ssl');
  const value = entry?.str('value')?.toLowerCase();
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

function auditLogging(
  cluster: PlannedResource,
  separate: readonly PlannedResource[],
  unresolved: boolean,
  d: Defaults,
): boolean | undefined {
  if (separate.length > 0) return true;
  const [block] = cluster.attrs.blocks('logging') ?? [];
  const enabled = block?.bool('enable');
  if (enabled !== undefined && enabled !== null) return enabled;
  if (unresolved) return undefined;
  return d.take(cluster, 'auditLoggingEnabled', false);
}

/** aws_dynamodb_table: server-side encryption and point-in-time recovery are nested blocks. */
function dynamoDb(plan: TerraformPlan): DynamoDbTable[] {
  return plan.ofType('aws_dynamodb_table').map((table): DynamoDbTable => {
    const a = table.attrs;
    const d = new Defaults();
    const sse = a.blocks('server_side_encryption');
    const [sseBlock] = sse ?? [];
    let sseType: DynamoDbTable['sseType'];
    let kmsKeyArn: string | undefined;
    if (sseBlock) {
      const enabled = sseBlock.bool('enabled');
      if (enabled === true) {
        sseType = 'KMS';
        kmsKeyArn = plan.keyRef(table, sseBlock, 'kms_key_arn') ?? undefined;
      } else if (enabled === false || enabled === null) {
        sseType = 'AWS_OWNED';
      }
    } else if (sse !== undefined || a.configured('server_side_encryption') === false) {
      // Without the block a table is encrypted with the AWS owned key.
      sseType = d.take(table, 'sseType', 'AWS_OWNED');
    }
    const pitr = a.blocks('point_in_time_recovery');
    const [pitrBlock] = pitr ?? [];
    let pointInTimeRecovery: boolean | undefined;
    if (pitrBlock) {
      pointInTimeRecovery = d.attr(
        table,
        pitrBlock.bool('enabled'),
        'enabled',
        'pointInTimeRecovery',
        false,
        pitrBlock,
      );
    } else if (pitr !== undefined || a.configured('point_in_time_recovery') === false) {
      pointInTimeRecovery = d.take(table, 'pointInTimeRecovery', false);
    }
    return {
      type: 'DynamoDbTable',
      ...plan.base(table, a.str('name') ?? table.address),
      sseType,
      ...(kmsKeyArn !== undefined && { kmsKeyArn }),
      pointInTimeRecovery,
      deletionProtection: d.attr(
        table,
        a.bool('deletion_protection_enabled'),
        'deletion_protection_enabled',
        'deletionProtection',
        false,
      ),
      ...d.spread,
    };
  });
}
