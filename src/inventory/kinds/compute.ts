import { z } from 'zod';
import { PolicyDocumentSchema } from '../base.js';
import { defineKind } from '../kind.js';

/**
 * What a Lambda environment variable's value looks like, judged by the source so the value itself
 * never enters the inventory (a snapshot written from a live scan would otherwise hold secrets).
 */
const ENV_VALUE_KINDS = [
  'empty',
  /** A pointer to a secret store (a Secrets Manager or SSM ARN) that the code reads at run time. */
  'reference',
  /** A secret store's value copied into the variable at deployment (a CloudFormation dynamic reference). */
  'deployed-secret',
  'aws-access-key-id',
  /** A credential with a well-known shape: private key, JWT, GitHub/Slack/Stripe/GitLab/npm token. */
  'token',
  'plain',
  /** Not known from the input (an IaC expression resolved at deployment). */
  'unknown',
] as const;

const LambdaEnvVarSchema = z.strictObject({
  name: z.string(),
  valueKind: z.enum(ENV_VALUE_KINDS),
  /** The value redacted: at most its first four characters, and its length. */
  redacted: z.string(),
});
export type LambdaEnvVar = z.infer<typeof LambdaEnvVarSchema>;

export const lambdaFunctionKind = defineKind({
  type: 'LambdaFunction',
  service: 'lambda',
  traits: { scope: 'regional', data: 'handles', keyCustody: true },
  asffType: 'AwsLambdaFunction',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    runtime: z.string().optional(),
    /** Zip functions run on a managed runtime; Image functions bring their own. */
    packageType: z.enum(['Zip', 'Image']).optional(),
    /** Customer managed key for environment variables; undefined = AWS managed key. */
    kmsKeyArn: z.string().optional(),
    /** null = not attached to a VPC. */
    vpcId: z.string().nullable().optional(),
    /** Subnets the function is attached to; [] = none. */
    subnetIds: z.array(z.string()).optional(),
    /** Function URL with auth type NONE. */
    publicUrl: z.boolean().optional(),
    /** The function's resource-based policy; null = it has none. */
    resourcePolicy: PolicyDocumentSchema.nullable().optional(),
    /** Environment variables (names, and what their values look like); [] = none. */
    environment: z.array(LambdaEnvVarSchema).optional(),
    /** null = no code signing configuration. */
    codeSigningConfigArn: z.string().nullable().optional(),
    /** How the runtime is patched: Auto (default), FunctionUpdate, Manual (pinned version). */
    runtimeUpdateMode: z.enum(['Auto', 'FunctionUpdate', 'Manual']).optional(),
  },
});
const LambdaFunctionSchema = lambdaFunctionKind.schema;
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
