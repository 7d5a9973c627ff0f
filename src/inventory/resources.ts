import { z } from 'zod';
import type { ServiceId } from '../model/responsibility.js';
import { AwsAccountSchema } from './kinds/account.js';
import { CloudTrailTrailSchema } from './kinds/cloudtrail.js';
import {
  CloudFrontDistributionSchema,
  EcrRepositorySchema,
  EcsServiceSchema,
  EksClusterSchema,
  LambdaFunctionSchema,
  WorkspaceSchema,
} from './kinds/compute.js';
import {
  DynamoDbTableSchema,
  RdsClusterSchema,
  RdsInstanceSchema,
  RdsSnapshotSchema,
  RedshiftClusterSchema,
} from './kinds/databases.js';
import {
  AmiSchema,
  DirectConnectInterfaceSchema,
  EbsSnapshotSchema,
  EbsVolumeSchema,
  Ec2InstanceSchema,
  Ec2RegionSettingsSchema,
  SecurityGroupSchema,
  SubnetSchema,
  VpcSchema,
  VpnConnectionSchema,
  VpnGatewaySchema,
} from './kinds/ec2.js';
import { LoadBalancerSchema } from './kinds/elb.js';
import { IamGroupSchema, IamPolicySchema, IamRoleSchema, IamUserSchema } from './kinds/iam.js';
import { KmsKeySchema } from './kinds/kms.js';
import { S3BucketSchema } from './kinds/s3.js';

export const RESOURCE_SCHEMAS = [
  AwsAccountSchema,
  IamUserSchema,
  IamGroupSchema,
  IamRoleSchema,
  IamPolicySchema,
  Ec2InstanceSchema,
  SecurityGroupSchema,
  VpcSchema,
  SubnetSchema,
  Ec2RegionSettingsSchema,
  EbsVolumeSchema,
  EbsSnapshotSchema,
  AmiSchema,
  VpnGatewaySchema,
  VpnConnectionSchema,
  DirectConnectInterfaceSchema,
  S3BucketSchema,
  KmsKeySchema,
  CloudTrailTrailSchema,
  RdsInstanceSchema,
  RdsClusterSchema,
  RdsSnapshotSchema,
  RedshiftClusterSchema,
  DynamoDbTableSchema,
  LoadBalancerSchema,
  LambdaFunctionSchema,
  EcsServiceSchema,
  EksClusterSchema,
  EcrRepositorySchema,
  CloudFrontDistributionSchema,
  WorkspaceSchema,
] as const;

export const ResourceSchema = z.discriminatedUnion('type', RESOURCE_SCHEMAS);
export type Resource = z.infer<typeof ResourceSchema>;
export type ResourceType = Resource['type'];
export type ResourceOf<T extends ResourceType> = Extract<Resource, { type: T }>;

export const RESOURCE_TYPES: readonly ResourceType[] = RESOURCE_SCHEMAS.map((s) => s.shape.type.value);

const SERVICE_OF_TYPE: Record<ResourceType, ServiceId> = {
  AwsAccount: 'iam',
  IamUser: 'iam',
  IamGroup: 'iam',
  IamRole: 'iam',
  IamPolicy: 'iam',
  Ec2Instance: 'ec2',
  SecurityGroup: 'vpc',
  Vpc: 'vpc',
  Subnet: 'vpc',
  Ec2RegionSettings: 'ebs',
  EbsVolume: 'ebs',
  EbsSnapshot: 'ebs',
  Ami: 'ec2',
  VpnGateway: 'vpc',
  VpnConnection: 'vpc',
  DirectConnectInterface: 'vpc',
  S3Bucket: 's3',
  KmsKey: 'kms',
  CloudTrailTrail: 'cloudtrail',
  RdsInstance: 'rds',
  RdsCluster: 'aurora',
  RdsSnapshot: 'rds',
  RedshiftCluster: 'redshift',
  DynamoDbTable: 'dynamodb',
  LoadBalancer: 'elb',
  LambdaFunction: 'lambda',
  EcsService: 'ecs-fargate',
  EksCluster: 'eks',
  EcrRepository: 'ecr',
  CloudFrontDistribution: 'cloudfront',
  Workspace: 'workspaces',
};

/** Every service whose resources can be of this type (RDS instances may be Aurora members, …). */
export function servicesOfType(type: ResourceType): ServiceId[] {
  if (type === 'RdsInstance' || type === 'RdsCluster' || type === 'RdsSnapshot') return ['rds', 'aurora'];
  if (type === 'EcsService') return ['ecs-ec2', 'ecs-fargate'];
  return [SERVICE_OF_TYPE[type]];
}

/** The service whose row of the responsibility matrix a resource belongs to. */
export function serviceOf(resource: Resource): ServiceId {
  switch (resource.type) {
    case 'RdsInstance':
      return resource.clusterId || resource.engine?.startsWith('aurora') ? 'aurora' : 'rds';
    case 'RdsCluster':
      return resource.engine === undefined || resource.engine.startsWith('aurora') ? 'aurora' : 'rds';
    case 'EcsService':
      return resource.launchType === 'FARGATE' ? 'ecs-fargate' : 'ecs-ec2';
    default:
      return SERVICE_OF_TYPE[resource.type];
  }
}
