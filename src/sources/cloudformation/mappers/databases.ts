import type { ResourceOf } from '../../../inventory/resources.js';
import type { TemplateContext } from '../context.js';
import { pointerIndex } from '../pointer-index.js';
import type { ResourceDecl } from '../resolver.js';
import { bool, type Props } from '../values.js';
import { Defaults, keyReference, type Mapper, pointers } from './common.js';

type RdsInstance = ResourceOf<'RdsInstance'>;
type RdsCluster = ResourceOf<'RdsCluster'>;

/** A property as a boolean, AWS's default when absent (recorded), undefined when unresolved. */
function flag(
  p: Props,
  property: string,
  field: string,
  fallback: boolean,
  d: Defaults,
): boolean | undefined {
  return p.has(property) ? p.bool(property) : d.take(field, fallback);
}

function number(
  p: Props,
  property: string,
  field: string,
  fallback: number,
  d: Defaults,
): number | undefined {
  return p.has(property) ? p.int(property) : d.take(field, fallback);
}

/** AWS::RDS::DBInstance and AWS::RDS::DBCluster. */
export const mapRds: Mapper = (ctx) => {
  const instances = ctx
    .ofType('AWS::RDS::DBInstance')
    .map((decl) => ({ decl, cluster: ctx.target(decl, 'DBClusterIdentifier') }));
  const instancesAt = pointerIndex(ctx, instances, (i) => [i.cluster]);
  const out: (RdsInstance | RdsCluster)[] = [];
  for (const { decl, cluster } of instances) {
    const p = ctx.props(decl);
    const d = new Defaults();
    const clusterId =
      cluster === undefined ? undefined : typeof cluster === 'string' ? cluster : ctx.idOf(cluster.logicalId);
    // A restored or replicated instance inherits encryption (and a replica its backups) from its source.
    const inherits =
      p.has('DBSnapshotIdentifier') ||
      p.has('SourceDBInstanceIdentifier') ||
      p.has('SourceDBClusterIdentifier');
    const member = p.has('DBClusterIdentifier');
    const fields = {
      engine: p.text('Engine'),
      engineVersion: p.text('EngineVersion'),
      storageEncrypted:
        member || inherits ? undefined : flag(p, 'StorageEncrypted', 'storageEncrypted', false, d),
      kmsKeyId: keyReference(p, 'KmsKeyId'),
      backupRetentionDays:
        member || p.has('SourceDBInstanceIdentifier')
          ? undefined
          : number(p, 'BackupRetentionPeriod', 'backupRetentionDays', 1, d),
      deletionProtection: flag(p, 'DeletionProtection', 'deletionProtection', false, d),
      securityGroupIds: securityGroups(ctx, decl, 'VPCSecurityGroups'),
      instanceClass: p.text('DBInstanceClass'),
      // Left out, it depends on the subnet group and the VPC's internet gateway: unknown here.
      publiclyAccessible: p.has('PubliclyAccessible') ? p.bool('PubliclyAccessible') : undefined,
      autoMinorVersionUpgrade: flag(p, 'AutoMinorVersionUpgrade', 'autoMinorVersionUpgrade', true, d),
      multiAz: member ? undefined : flag(p, 'MultiAZ', 'multiAz', false, d),
      ...(clusterId !== undefined && { clusterId }),
    };
    out.push({
      type: 'RdsInstance',
      ...ctx.base(decl, 'RdsInstance', ctx.nameOf(decl, 'DBInstanceIdentifier'), d.names, p),
      ...fields,
    });
  }
  for (const decl of ctx.ofType('AWS::RDS::DBCluster')) {
    const p = ctx.props(decl);
    const d = new Defaults();
    const name = ctx.nameOf(decl, 'DBClusterIdentifier');
    const members = instancesAt(decl, name);
    const engine = p.text('Engine');
    const aurora = engine?.startsWith('aurora');
    const inherits = p.has('SnapshotIdentifier') || p.has('SourceDBClusterIdentifier');
    const fields = {
      engine,
      engineVersion: p.text('EngineVersion'),
      // Aurora Serverless v1 clusters are always encrypted.
      storageEncrypted: inherits
        ? undefined
        : p.literal('EngineMode') === 'serverless'
          ? true
          : flag(p, 'StorageEncrypted', 'storageEncrypted', false, d),
      kmsKeyId: keyReference(p, 'KmsKeyId'),
      backupRetentionDays: number(p, 'BackupRetentionPeriod', 'backupRetentionDays', 1, d),
      deletionProtection: flag(p, 'DeletionProtection', 'deletionProtection', false, d),
      securityGroupIds: securityGroups(ctx, decl, 'VpcSecurityGroupIds'),
      autoMinorVersionUpgrade: aurora
        ? auroraMinorUpgrades(ctx, members)
        : flag(p, 'AutoMinorVersionUpgrade', 'autoMinorVersionUpgrade', true, d),
      memberInstanceIds: members.map((m) => ctx.idOf(m.decl.logicalId)),
    };
    out.push({ type: 'RdsCluster', ...ctx.base(decl, 'RdsCluster', name, d.names, p), ...fields });
  }
  return out;
};

/** Aurora applies minor versions per instance: the cluster does when every member here does. */
function auroraMinorUpgrades(ctx: TemplateContext, members: { decl: ResourceDecl }[]): boolean | undefined {
  if (members.length === 0) return undefined;
  const values = members.map((m) => {
    const p = ctx.props(m.decl);
    return p.has('AutoMinorVersionUpgrade') ? p.bool('AutoMinorVersionUpgrade') : true;
  });
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

function securityGroups(ctx: TemplateContext, decl: ResourceDecl, property: string): string[] | undefined {
  const found = pointers(ctx, decl, property);
  if (found.some((g) => g === undefined)) return undefined;
  return found.map((g) => (typeof g === 'string' ? g : ctx.idOf((g as { logicalId: string }).logicalId)));
}

/** AWS::Redshift::Cluster, with require_ssl from an AWS::Redshift::ClusterParameterGroup of the template. */
export const mapRedshift: Mapper = (ctx) =>
  ctx.ofType('AWS::Redshift::Cluster').map((decl): ResourceOf<'RedshiftCluster'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const groupPointer = ctx.target(decl, 'ClusterParameterGroupName');
    const groupDecl = ctx
      .ofType('AWS::Redshift::ClusterParameterGroup')
      .find((g) => ctx.points(groupPointer, g, ctx.nameOf(g, 'ParameterGroupName')));
    const groupName = p.has('ClusterParameterGroupName')
      ? groupDecl
        ? ctx.nameOf(groupDecl, 'ParameterGroupName')
        : p.text('ClusterParameterGroupName')
      : undefined;
    const inherits = p.has('SnapshotIdentifier');
    const fields = {
      // New and restored provisioned clusters are encrypted by default since January 2025.
      encrypted: inherits ? undefined : flag(p, 'Encrypted', 'encrypted', true, d),
      kmsKeyId: keyReference(p, 'KmsKeyId'),
      // Public access is off by default for new clusters since January 2025.
      publiclyAccessible: flag(p, 'PubliclyAccessible', 'publiclyAccessible', false, d),
      parameterGroupNames: groupName === undefined ? undefined : [groupName],
      // Only a parameter group of this template that sets require_ssl says what it is; the default
      // group's value and groups from elsewhere are not in the input.
      requireSsl: groupDecl ? requireSslOf(ctx.props(groupDecl)) : undefined,
      automatedSnapshotRetentionDays: number(
        p,
        'AutomatedSnapshotRetentionPeriod',
        'automatedSnapshotRetentionDays',
        1,
        d,
      ),
      allowVersionUpgrade: flag(p, 'AllowVersionUpgrade', 'allowVersionUpgrade', true, d),
      auditLoggingEnabled: p.has('LoggingProperties')
        ? p.sub('LoggingProperties').unknown
          ? undefined
          : true
        : d.take('auditLoggingEnabled', false),
    };
    return {
      type: 'RedshiftCluster',
      ...ctx.base(decl, 'RedshiftCluster', ctx.nameOf(decl, 'ClusterIdentifier'), d.names, p),
      ...fields,
    };
  });

function requireSslOf(group: Props): boolean | undefined {
  const parameters = group.blocks('Parameters');
  if (parameters === undefined) return undefined;
  const entry = parameters.find((e) => e.literal('ParameterName')?.toLowerCase() === 'require_ssl');
  return entry ? bool(entry.get('ParameterValue')) : undefined;
}

/** AWS::DynamoDB::Table, AWS::DynamoDB::GlobalTable and SAM's AWS::Serverless::SimpleTable. */
export const mapDynamoDb: Mapper = (ctx) => {
  const tables = ctx.ofType('AWS::DynamoDB::Table').map((decl): ResourceOf<'DynamoDbTable'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const fields = {
      ...sseOf(p.sub('SSESpecification'), p.has('SSESpecification'), d),
      pointInTimeRecovery: p.has('PointInTimeRecoverySpecification')
        ? pitrOf(p.sub('PointInTimeRecoverySpecification'))
        : d.take('pointInTimeRecovery', false),
      deletionProtection: flag(p, 'DeletionProtectionEnabled', 'deletionProtection', false, d),
    };
    return {
      type: 'DynamoDbTable',
      ...ctx.base(decl, 'DynamoDbTable', ctx.nameOf(decl, 'TableName'), d.names, p),
      ...fields,
    };
  });
  const globals = ctx.ofType('AWS::DynamoDB::GlobalTable').map((decl): ResourceOf<'DynamoDbTable'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const replicas = p.blocks('Replicas') ?? [];
    // The replica of the deployment region is the table here; which one that is needs the region.
    const here =
      replicas.find((r) => r.text('Region') === ctx.region) ??
      (replicas.length === 1 ? replicas[0] : undefined);
    const sse = sseOf(p.sub('SSESpecification'), p.has('SSESpecification'), d);
    const replicaKey = here?.sub('SSESpecification').has('KMSMasterKeyId')
      ? keyReference(here.sub('SSESpecification'), 'KMSMasterKeyId')
      : undefined;
    const fields = {
      ...sse,
      ...(sse.sseType === 'KMS' && {
        kmsKeyArn: here ? replicaKey : `unresolved (the replica of ${ctx.region})`,
      }),
      pointInTimeRecovery: here
        ? here.has('PointInTimeRecoverySpecification')
          ? pitrOf(here.sub('PointInTimeRecoverySpecification'))
          : d.take('pointInTimeRecovery', false)
        : undefined,
      deletionProtection: here
        ? flag(here, 'DeletionProtectionEnabled', 'deletionProtection', false, d)
        : undefined,
    };
    return {
      type: 'DynamoDbTable',
      ...ctx.base(decl, 'DynamoDbTable', ctx.nameOf(decl, 'TableName'), d.names, p),
      ...fields,
    };
  });
  const simple = ctx.ofType('AWS::Serverless::SimpleTable').map((decl): ResourceOf<'DynamoDbTable'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const fields = {
      ...sseOf(p.sub('SSESpecification'), p.has('SSESpecification'), d),
      // SimpleTable cannot turn point-in-time recovery on.
      pointInTimeRecovery: d.take('pointInTimeRecovery', false),
      deletionProtection: d.take('deletionProtection', false),
    };
    return {
      type: 'DynamoDbTable',
      ...ctx.base(decl, 'DynamoDbTable', ctx.nameOf(decl, 'TableName'), d.names, p),
      ...fields,
    };
  });
  return [...tables, ...globals, ...simple];
};

/** SSEEnabled true means a KMS key (aws/dynamodb unless one is named); otherwise the AWS owned key. */
function sseOf(
  sse: Props,
  present: boolean,
  d: Defaults,
): Pick<ResourceOf<'DynamoDbTable'>, 'sseType' | 'kmsKeyArn'> {
  if (!present) return { sseType: d.take('sseType', 'AWS_OWNED') };
  const enabled = sse.has('SSEEnabled') ? sse.bool('SSEEnabled') : false;
  if (enabled === undefined) return {};
  if (!enabled) return { sseType: 'AWS_OWNED' };
  const kmsKeyArn = keyReference(sse, 'KMSMasterKeyId');
  return { sseType: 'KMS', ...(kmsKeyArn !== undefined && { kmsKeyArn }) };
}

function pitrOf(spec: Props): boolean | undefined {
  return spec.has('PointInTimeRecoveryEnabled') ? spec.bool('PointInTimeRecoveryEnabled') : false;
}
