import type { ApiCall } from './context.js';

/** SDK client → IAM service prefix. */
const SERVICE_PREFIX: Record<string, string> = {
  STSClient: 'sts',
  IAMClient: 'iam',
  S3Client: 's3',
  S3ControlClient: 's3',
  EC2Client: 'ec2',
  SSMClient: 'ssm',
  KMSClient: 'kms',
  CloudTrailClient: 'cloudtrail',
  RDSClient: 'rds',
  RedshiftClient: 'redshift',
  DynamoDBClient: 'dynamodb',
  ElasticLoadBalancingV2Client: 'elasticloadbalancing',
  ElasticLoadBalancingClient: 'elasticloadbalancing',
  LambdaClient: 'lambda',
};

/** API operations whose IAM action has another name (S3 mostly). Keyed "Client:Operation". */
const RENAMED: Record<string, string> = {
  'S3Client:ListBuckets': 'ListAllMyBuckets',
  'S3Client:GetBucketEncryption': 'GetEncryptionConfiguration',
  'S3Client:GetPublicAccessBlock': 'GetBucketPublicAccessBlock',
  'S3Client:GetObjectLockConfiguration': 'GetBucketObjectLockConfiguration',
  'S3ControlClient:GetPublicAccessBlock': 'GetAccountPublicAccessBlock',
  'LambdaClient:ListFunctions': 'ListFunctions',
};

/** The IAM service prefix of an SDK client class, e.g. S3ControlClient → s3. */
export function serviceOfClient(clientName: string): string {
  return SERVICE_PREFIX[clientName] ?? clientName.replace(/Client$/, '').toLowerCase();
}

/** The IAM action an SDK request needs, e.g. S3Client + GetBucketEncryptionCommand → s3:GetEncryptionConfiguration. */
export function iamActionOf(call: Pick<ApiCall, 'service' | 'operation'>): string {
  const prefix = serviceOfClient(call.service);
  const operation = call.operation.replace(/Command$/, '');
  return `${prefix}:${RENAMED[`${call.service}:${operation}`] ?? operation}`;
}

/** Read-only by name: Describe/List/Get, and generating the IAM credential report. */
export function isReadOnlyAction(action: string): boolean {
  const [, name = ''] = action.split(':');
  return /^(Describe|List|Get)[A-Z]/.test(name) || action === 'iam:GenerateCredentialReport';
}
