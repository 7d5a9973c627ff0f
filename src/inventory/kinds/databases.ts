import { z } from 'zod';
import { resourceSchema } from '../base.js';

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

export const RdsInstanceSchema = resourceSchema('RdsInstance', {
  ...rdsCommon,
  instanceClass: z.string().optional(),
  publiclyAccessible: z.boolean().optional(),
  autoMinorVersionUpgrade: z.boolean().optional(),
  multiAz: z.boolean().optional(),
  /** Aurora instances belong to a cluster, which holds storage, encryption and backups. */
  clusterId: z.string().optional(),
});
export type RdsInstance = z.infer<typeof RdsInstanceSchema>;

export const RdsClusterSchema = resourceSchema('RdsCluster', {
  ...rdsCommon,
  autoMinorVersionUpgrade: z.boolean().optional(),
  memberInstanceIds: z.array(z.string()).optional(),
});
export type RdsCluster = z.infer<typeof RdsClusterSchema>;

export const RdsSnapshotSchema = resourceSchema('RdsSnapshot', {
  snapshotKind: z.enum(['instance', 'cluster']),
  encrypted: z.boolean().optional(),
  kmsKeyId: z.string().optional(),
  /** restore attribute includes 'all'. */
  public: z.boolean().optional(),
  sharedWithAccounts: z.array(z.string()).optional(),
});
export type RdsSnapshot = z.infer<typeof RdsSnapshotSchema>;

export const RedshiftClusterSchema = resourceSchema('RedshiftCluster', {
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
});
export type RedshiftCluster = z.infer<typeof RedshiftClusterSchema>;

export const DynamoDbTableSchema = resourceSchema('DynamoDbTable', {
  /** AWS_OWNED = the default AWS owned key; KMS = a KMS key (AWS managed or customer managed). */
  sseType: z.enum(['AWS_OWNED', 'KMS']).optional(),
  kmsKeyArn: z.string().optional(),
  pointInTimeRecovery: z.boolean().optional(),
  deletionProtection: z.boolean().optional(),
});
export type DynamoDbTable = z.infer<typeof DynamoDbTableSchema>;
