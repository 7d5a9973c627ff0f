import { z } from 'zod';
import { defineKind } from '../kind.js';

const rdsCommon = {
  engine: z.string().optional(),
  engineVersion: z.string().optional(),
  storageEncrypted: z.boolean().optional(),
  kmsKeyId: z.string().optional(),
  backupRetentionDays: z.number().int().optional(),
  deletionProtection: z.boolean().optional(),
  vpcId: z.string().optional(),
  securityGroupIds: z.array(z.string()).optional(),
};

export const rdsInstanceKind = defineKind({
  type: 'RdsInstance',
  service: 'rds',
  services: ['rds', 'aurora'],
  serviceOf: (r) => (r.clusterId || r.engine?.startsWith('aurora') ? 'aurora' : 'rds'),
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  asffType: 'AwsRdsDbInstance',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    ...rdsCommon,
    instanceClass: z.string().optional(),
    publiclyAccessible: z.boolean().optional(),
    autoMinorVersionUpgrade: z.boolean().optional(),
    multiAz: z.boolean().optional(),
    /** Aurora instances belong to a cluster, which holds storage, encryption and backups. */
    clusterId: z.string().optional(),
  },
});
const RdsInstanceSchema = rdsInstanceKind.schema;
export type RdsInstance = z.infer<typeof RdsInstanceSchema>;

export const rdsClusterKind = defineKind({
  type: 'RdsCluster',
  service: 'aurora',
  services: ['rds', 'aurora'],
  serviceOf: (r) => (r.engine === undefined || r.engine.startsWith('aurora') ? 'aurora' : 'rds'),
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  asffType: 'AwsRdsDbCluster',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    ...rdsCommon,
    autoMinorVersionUpgrade: z.boolean().optional(),
    memberInstanceIds: z.array(z.string()).optional(),
  },
});
const RdsClusterSchema = rdsClusterKind.schema;
export type RdsCluster = z.infer<typeof RdsClusterSchema>;

export const rdsSnapshotKind = defineKind({
  type: 'RdsSnapshot',
  service: 'rds',
  services: ['rds', 'aurora'],
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  asffType: 'AwsRdsDbSnapshot',
  producedBy: ['aws', 'terraform'],
  schema: {
    snapshotKind: z.enum(['instance', 'cluster']),
    encrypted: z.boolean().optional(),
    kmsKeyId: z.string().optional(),
    /** restore attribute includes 'all'. */
    public: z.boolean().optional(),
    sharedWithAccounts: z.array(z.string()).optional(),
  },
});
const RdsSnapshotSchema = rdsSnapshotKind.schema;
export type RdsSnapshot = z.infer<typeof RdsSnapshotSchema>;

export const redshiftClusterKind = defineKind({
  type: 'RedshiftCluster',
  service: 'redshift',
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  asffType: 'AwsRedshiftCluster',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    encrypted: z.boolean().optional(),
    kmsKeyId: z.string().optional(),
    publiclyAccessible: z.boolean().optional(),
    parameterGroupNames: z.array(z.string()).optional(),
    /** require_ssl resolved from the cluster's parameter group. */
    requireSsl: z.boolean().optional(),
    automatedSnapshotRetentionDays: z.number().int().optional(),
    allowVersionUpgrade: z.boolean().optional(),
    auditLoggingEnabled: z.boolean().optional(),
    vpcId: z.string().optional(),
  },
});
const RedshiftClusterSchema = redshiftClusterKind.schema;
export type RedshiftCluster = z.infer<typeof RedshiftClusterSchema>;

export const dynamoDbTableKind = defineKind({
  type: 'DynamoDbTable',
  service: 'dynamodb',
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  asffType: 'AwsDynamoDbTable',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    /** AWS_OWNED = the default AWS owned key; KMS = a KMS key (AWS managed or customer managed). */
    sseType: z.enum(['AWS_OWNED', 'KMS']).optional(),
    kmsKeyArn: z.string().optional(),
    pointInTimeRecovery: z.boolean().optional(),
    deletionProtection: z.boolean().optional(),
  },
});
const DynamoDbTableSchema = dynamoDbTableKind.schema;
export type DynamoDbTable = z.infer<typeof DynamoDbTableSchema>;
