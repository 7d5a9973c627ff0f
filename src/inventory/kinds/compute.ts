import { z } from 'zod';
import { defineKind } from '../kind.js';

export const lambdaFunctionKind = defineKind({
  type: 'LambdaFunction',
  service: 'lambda',
  traits: { scope: 'regional', data: 'handles', keyCustody: true },
  asffType: 'AwsLambdaFunction',
  producedBy: ['cloudformation'],
  schema: {
    runtime: z.string().optional(),
    /** Customer managed key for environment variables; undefined = AWS managed key. */
    kmsKeyArn: z.string().optional(),
    vpcId: z.string().optional(),
    /** Function URL with auth type NONE. */
    publicUrl: z.boolean().optional(),
  },
});
export const LambdaFunctionSchema = lambdaFunctionKind.schema;
export type LambdaFunction = z.infer<typeof LambdaFunctionSchema>;

export const ecsServiceKind = defineKind({
  type: 'EcsService',
  service: 'ecs-fargate',
  services: ['ecs-ec2', 'ecs-fargate'],
  serviceOf: (r) => (r.launchType === 'FARGATE' ? 'ecs-fargate' : 'ecs-ec2'),
  traits: { scope: 'regional', data: 'handles' },
  asffType: 'AwsEcsService',
  producedBy: [],
  schema: {
    cluster: z.string().optional(),
    launchType: z.enum(['EC2', 'FARGATE', 'EXTERNAL']).optional(),
    assignPublicIp: z.boolean().optional(),
  },
});
export const EcsServiceSchema = ecsServiceKind.schema;
export type EcsService = z.infer<typeof EcsServiceSchema>;

export const eksClusterKind = defineKind({
  type: 'EksCluster',
  service: 'eks',
  traits: { scope: 'regional', data: 'handles' },
  asffType: 'AwsEksCluster',
  producedBy: [],
  schema: {
    version: z.string().optional(),
    endpointPublicAccess: z.boolean().optional(),
    publicAccessCidrs: z.array(z.string()).optional(),
    secretsEncryptionKeyArn: z.string().nullable().optional(),
    logTypesEnabled: z.array(z.string()).optional(),
  },
});
export const EksClusterSchema = eksClusterKind.schema;
export type EksCluster = z.infer<typeof EksClusterSchema>;

export const ecrRepositoryKind = defineKind({
  type: 'EcrRepository',
  service: 'ecr',
  traits: { scope: 'regional', data: 'handles', keyCustody: true },
  asffType: 'AwsEcrRepository',
  producedBy: [],
  schema: {
    scanOnPush: z.boolean().optional(),
    tagImmutable: z.boolean().optional(),
    encryptionType: z.enum(['AES256', 'KMS', 'KMS_DSSE']).optional(),
    kmsKeyId: z.string().optional(),
  },
});
export const EcrRepositorySchema = ecrRepositoryKind.schema;
export type EcrRepository = z.infer<typeof EcrRepositorySchema>;

export const cloudFrontDistributionKind = defineKind({
  type: 'CloudFrontDistribution',
  service: 'cloudfront',
  traits: { scope: 'global', data: 'handles' },
  asffType: 'AwsCloudFrontDistribution',
  producedBy: [],
  schema: {
    /** allow-all, https-only, redirect-to-https of the default cache behavior. */
    viewerProtocolPolicy: z.enum(['allow-all', 'https-only', 'redirect-to-https']).optional(),
    minimumProtocolVersion: z.string().optional(),
    webAclId: z.string().nullable().optional(),
    loggingEnabled: z.boolean().optional(),
  },
});
export const CloudFrontDistributionSchema = cloudFrontDistributionKind.schema;
export type CloudFrontDistribution = z.infer<typeof CloudFrontDistributionSchema>;

export const workspaceKind = defineKind({
  type: 'Workspace',
  service: 'workspaces',
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  producedBy: [],
  schema: {
    rootVolumeEncrypted: z.boolean().optional(),
    userVolumeEncrypted: z.boolean().optional(),
    volumeKmsKeyId: z.string().optional(),
  },
});
export const WorkspaceSchema = workspaceKind.schema;
export type Workspace = z.infer<typeof WorkspaceSchema>;
