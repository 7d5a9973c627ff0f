import { z } from 'zod';
import { resourceSchema } from '../base.js';

export const LambdaFunctionSchema = resourceSchema('LambdaFunction', {
  runtime: z.string().optional(),
  /** Customer managed key for environment variables; undefined = AWS managed key. */
  kmsKeyArn: z.string().optional(),
  vpcId: z.string().optional(),
  /** Function URL with auth type NONE. */
  publicUrl: z.boolean().optional(),
});
export type LambdaFunction = z.infer<typeof LambdaFunctionSchema>;

export const EcsServiceSchema = resourceSchema('EcsService', {
  cluster: z.string().optional(),
  launchType: z.enum(['EC2', 'FARGATE', 'EXTERNAL']).optional(),
  assignPublicIp: z.boolean().optional(),
});
export type EcsService = z.infer<typeof EcsServiceSchema>;

export const EksClusterSchema = resourceSchema('EksCluster', {
  version: z.string().optional(),
  endpointPublicAccess: z.boolean().optional(),
  publicAccessCidrs: z.array(z.string()).optional(),
  secretsEncryptionKeyArn: z.string().nullable().optional(),
  logTypesEnabled: z.array(z.string()).optional(),
});
export type EksCluster = z.infer<typeof EksClusterSchema>;

export const EcrRepositorySchema = resourceSchema('EcrRepository', {
  scanOnPush: z.boolean().optional(),
  tagImmutable: z.boolean().optional(),
  encryptionType: z.enum(['AES256', 'KMS', 'KMS_DSSE']).optional(),
  kmsKeyId: z.string().optional(),
});
export type EcrRepository = z.infer<typeof EcrRepositorySchema>;

export const CloudFrontDistributionSchema = resourceSchema('CloudFrontDistribution', {
  /** allow-all, https-only, redirect-to-https of the default cache behavior. */
  viewerProtocolPolicy: z.enum(['allow-all', 'https-only', 'redirect-to-https']).optional(),
  minimumProtocolVersion: z.string().optional(),
  webAclId: z.string().nullable().optional(),
  loggingEnabled: z.boolean().optional(),
});
export type CloudFrontDistribution = z.infer<typeof CloudFrontDistributionSchema>;

export const WorkspaceSchema = resourceSchema('Workspace', {
  rootVolumeEncrypted: z.boolean().optional(),
  userVolumeEncrypted: z.boolean().optional(),
  volumeKmsKeyId: z.string().optional(),
});
export type Workspace = z.infer<typeof WorkspaceSchema>;
