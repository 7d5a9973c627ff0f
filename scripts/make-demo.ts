/**
 * Builds examples/demo-account.json, the estate `demarc scan --demo` scans without an AWS account.
 *
 * Kestrel Freight Analytics is fictional: a European freight-analytics company running production in
 * eu-west-1, disaster recovery in eu-central-1, and a marketing team that set up shop in us-east-1
 * (customer data outside the EU). The estate mixes good and bad configuration on purpose, so every
 * responsibility domain and every check has something to say.
 *
 * The output is deterministic: ids are hashes of resource names, and times count back from a fixed
 * collection time, so regenerating gives the same bytes. Run `node dist/scripts/make-demo.js`.
 * The data tables are kept one row per resource (formatter off) so they read as tables.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PolicyDocument, PolicyStatement } from '../src/inventory/base.js';
import type { SecurityGroupRule } from '../src/inventory/kinds/ec2.js';
import {
  type Resource,
  type ResourceOf,
  ResourceSchema,
  type ResourceType,
} from '../src/inventory/resources.js';
import { envVarsOf } from '../src/sources/shared/env-values.js';
import { type Snapshot, SnapshotSchema } from '../src/sources/snapshot/format.js';

const DEMO_FILE = 'examples/demo-account.json';
const DEMO_COLLECTED_AT = '2026-11-20T08:30:00Z';

// ---------------------------------------------------------------------------------------------
// The company

const PROD = '123456789012'; // kestrel-production
const LOGS = '210987654321'; // kestrel-log-archive (shared services)
const ORG_MANAGEMENT = '998877665544'; // the organization's management account (not scanned)
const VENDOR = '444455556666'; // Telemetrix, the telematics vendor
const PARTNER = '777788889999'; // Nordhaven Logistics, a carrier partner
const ORG_ID = 'o-k3stre1fa9';

const EU_PRIMARY = 'eu-west-1';
const EU_DR = 'eu-central-1';
const US = 'us-east-1';
const REGIONS = [EU_PRIMARY, EU_DR, US];

/** HQ office in Rotterdam, reached through the site-to-site VPN. */
const HQ_CIDR = '198.51.100.0/24';

type Tags = Record<string, string>;
type Level = 'public' | 'internal' | 'confidential' | 'restricted';

/** The house tagging scheme; resources tagged `untagged` are the ones nobody got round to. */
function tags(team: string, environment: string, classification?: Level, extra: Tags = {}): Tags {
  return {
    Team: team,
    Environment: environment,
    ...(classification && { DataClassification: classification }),
    ...extra,
  };
}
const untagged: Tags = {};

// ---------------------------------------------------------------------------------------------
// Deterministic ids and times

function hex(seed: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    out += createHash('sha256').update(`${seed}#${round}`).digest('hex');
  }
  return out.slice(0, length);
}

/** EC2-style id: prefix, '0', 16 hex digits (i-0…, vol-0…, sg-0…). */
const awsId = (prefix: string, seed: string): string => `${prefix}-0${hex(`${prefix}:${seed}`, 16)}`;

function uuid(seed: string): string {
  const h = hex(`uuid:${seed}`, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function accessKeyId(seed: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = createHash('sha256').update(`access-key:${seed}`).digest();
  let id = 'AKIA';
  for (let i = 0; i < 16; i++) id += alphabet.charAt((bytes[i] ?? 0) % alphabet.length);
  return id;
}

/** An ISO time `days` (and `hours`) before the collection time. */
function daysAgo(days: number, hours = 0): string {
  const ms = Date.parse(DEMO_COLLECTED_AT) - (days * 24 + hours) * 3_600_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function base<T extends ResourceType>(
  type: T,
  id: string,
  name: string,
  region: string,
  resourceTags: Tags,
  account = PROD,
) {
  return { type, id, name, account, region, tags: resourceTags, source: { kind: 'snapshot' as const } };
}

/** Finds a row of a data table by name; a typo in a reference fails the build, not the demo. */
function lookup<T extends { name: string }>(table: readonly T[], name: string, what: string): T {
  const row = table.find((r) => r.name === name);
  if (!row) throw new Error(`make-demo: unknown ${what} '${name}'`);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Policy documents

const ALLOW_ALL: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' };

function doc(...statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

const bucketArn = (bucket: string): string => `arn:aws:s3:::${bucket}`;
const bucketAndObjects = (bucket: string, prefix = ''): string[] => [
  bucketArn(bucket),
  `${bucketArn(bucket)}/${prefix}*`,
];

function denyInsecureTransport(bucket: string): PolicyStatement {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: bucketAndObjects(bucket),
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

function publicRead(bucket: string): PolicyStatement {
  return {
    Sid: 'PublicRead',
    Effect: 'Allow',
    Principal: '*',
    Action: 's3:GetObject',
    Resource: `${bucketArn(bucket)}/*`,
  };
}

function accountRead(bucket: string, account: string, prefix: string): PolicyStatement {
  return {
    Sid: 'PartnerRead',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: ['s3:GetObject', 's3:ListBucket'],
    Resource: bucketAndObjects(bucket, prefix),
  };
}

/** Lets CloudTrail deliver the named accounts' logs, and nobody else's, into the bucket. */
function cloudTrailWrite(bucket: string, sourceAccounts: string[]): PolicyStatement[] {
  const cloudtrail = { Service: 'cloudtrail.amazonaws.com' };
  return [
    {
      Sid: 'CloudTrailAclCheck',
      Effect: 'Allow',
      Principal: cloudtrail,
      Action: 's3:GetBucketAcl',
      Resource: bucketArn(bucket),
    },
    {
      Sid: 'CloudTrailWrite',
      Effect: 'Allow',
      Principal: cloudtrail,
      Action: 's3:PutObject',
      Resource: sourceAccounts.map((account) => `${bucketArn(bucket)}/AWSLogs/${account}/*`),
      Condition: {
        StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': sourceAccounts },
      },
    },
  ];
}

function logDelivery(bucket: string, sourceAccount: string): PolicyStatement {
  return {
    Sid: 'S3ServerAccessLogsDelivery',
    Effect: 'Allow',
    Principal: { Service: 'logging.s3.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: `${bucketArn(bucket)}/*`,
    Condition: { StringEquals: { 'aws:SourceAccount': sourceAccount } },
  };
}

// ---------------------------------------------------------------------------------------------
// Accounts

function accounts(): ResourceOf<'AwsAccount'>[] {
  const strongPasswords = {
    minimumLength: 14,
    requireSymbols: true,
    requireNumbers: true,
    requireUppercase: true,
    requireLowercase: true,
    maxAgeDays: 90,
    reusePrevention: 24,
  };
  const blockAll = {
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
  };
  return [
    {
      ...base('AwsAccount', PROD, 'kestrel-production', 'global', untagged),
      rootMfaEnabled: true,
      rootHardwareMfa: false,
      rootAccessKeysPresent: false,
      // Someone signed in as root to change the support plan ten days ago.
      rootLastUsed: daysAgo(10, 3),
      passwordPolicy: { ...strongPasswords, minimumLength: 12, reusePrevention: 5 },
      // Half on: new public ACLs are blocked, but existing ones still count (IgnorePublicAcls off), and
      // public bucket policies stay allowed because of the website buckets.
      s3PublicAccessBlock: {
        ...blockAll,
        ignorePublicAcls: false,
        blockPublicPolicy: false,
        restrictPublicBuckets: false,
      },
      organizationId: ORG_ID,
    },
    {
      ...base('AwsAccount', LOGS, 'kestrel-log-archive', 'global', untagged, LOGS),
      rootMfaEnabled: true,
      rootHardwareMfa: true,
      rootAccessKeysPresent: false,
      rootLastUsed: null,
      passwordPolicy: strongPasswords,
      s3PublicAccessBlock: blockAll,
      organizationId: ORG_ID,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// KMS

interface KeySpec {
  name: string;
  region: string;
  account?: string;
  aliases: string[];
  manager: 'AWS' | 'CUSTOMER';
  rotates: boolean;
  tags: Tags;
  origin?: 'AWS_KMS' | 'EXTERNAL';
  state?: string;
  /** For AWS managed keys: the service they serve (kms:ViaService). */
  service?: string;
}

const CMK = 'CUSTOMER';
const AWS = 'AWS';

// biome-ignore format: one row per key reads as a table
const KEYS: readonly KeySpec[] = [
  { name: 'datalake',         region: EU_PRIMARY, aliases: ['alias/kestrel/datalake'],         manager: CMK, rotates: true,  tags: tags('data', 'prod', 'confidential') },
  // Key material generated in the company's own HSM and imported (BYOK); imported keys cannot rotate automatically.
  { name: 'payroll-byok',     region: EU_PRIMARY, aliases: ['alias/kestrel/payroll-byok'],     manager: CMK, rotates: false, tags: tags('payroll', 'prod', 'restricted'), origin: 'EXTERNAL' },
  { name: 'ebs',              region: EU_PRIMARY, aliases: ['alias/kestrel/ebs'],              manager: CMK, rotates: true,  tags: tags('platform', 'prod', 'internal') },
  { name: 'rds',              region: EU_PRIMARY, aliases: ['alias/kestrel/rds'],              manager: CMK, rotates: false, tags: tags('platform', 'prod', 'confidential') },
  { name: 'app-secrets',      region: EU_PRIMARY, aliases: ['alias/kestrel/app-secrets', 'alias/kestrel/eks-secrets'], manager: CMK, rotates: true, tags: tags('platform', 'prod', 'confidential') },
  { name: 'terraform-state',  region: EU_PRIMARY, aliases: ['alias/kestrel/terraform-state'],  manager: CMK, rotates: true,  tags: tags('platform', 'prod', 'internal') },
  { name: 'telematics-share', region: EU_PRIMARY, aliases: ['alias/kestrel/telematics-share'], manager: CMK, rotates: true,  tags: tags('operations', 'prod', 'confidential', { Vendor: 'Telemetrix' }) },
  { name: 'legacy-ftp',       region: EU_PRIMARY, aliases: ['alias/legacy-ftp'],               manager: CMK, rotates: false, tags: untagged },
  { name: 'reporting-2022',   region: EU_PRIMARY, aliases: [],                                 manager: CMK, rotates: false, tags: tags('data', 'prod', 'internal'), state: 'Disabled' },
  { name: 'aws/s3',           region: EU_PRIMARY, aliases: ['alias/aws/s3'],                   manager: AWS, rotates: true,  tags: untagged, service: 's3' },
  { name: 'aws/ebs',          region: EU_PRIMARY, aliases: ['alias/aws/ebs'],                  manager: AWS, rotates: true,  tags: untagged, service: 'ec2' },
  { name: 'aws/rds',          region: EU_PRIMARY, aliases: ['alias/aws/rds'],                  manager: AWS, rotates: true,  tags: untagged, service: 'rds' },
  { name: 'aws/dynamodb',     region: EU_PRIMARY, aliases: ['alias/aws/dynamodb'],             manager: AWS, rotates: true,  tags: untagged, service: 'dynamodb' },
  { name: 'dr',               region: EU_DR,      aliases: ['alias/kestrel/dr'],               manager: CMK, rotates: true,  tags: tags('platform', 'dr', 'confidential') },
  { name: 'dr/aws/ebs',       region: EU_DR,      aliases: ['alias/aws/ebs'],                  manager: AWS, rotates: true,  tags: untagged, service: 'ec2' },
  { name: 'mkt-campaigns',    region: US,         aliases: ['alias/mkt/campaigns'],            manager: CMK, rotates: false, tags: tags('marketing', 'prod', 'confidential') },
  { name: 'us/aws/s3',        region: US,         aliases: ['alias/aws/s3'],                   manager: AWS, rotates: true,  tags: untagged, service: 's3' },
  { name: 'cloudtrail',       region: EU_PRIMARY, aliases: ['alias/kestrel/cloudtrail'],       manager: CMK, rotates: true,  tags: tags('security', 'prod', 'confidential'), account: LOGS },
];

/** What a few customer keys' policies allow beyond the account and its key administrators. */
const KEY_GRANTS: Record<string, PolicyStatement[]> = {
  'telematics-share': [
    {
      Sid: 'AllowTelemetrixDecrypt',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${VENDOR}:root` },
      Action: ['kms:Decrypt', 'kms:DescribeKey'],
      Resource: '*',
    },
  ],
  // "So the old FTP clients can decrypt": open to any principal, with no condition.
  'legacy-ftp': [
    {
      Sid: 'AllowLegacyClients',
      Effect: 'Allow',
      Principal: '*',
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
      Resource: '*',
    },
  ],
  cloudtrail: [
    {
      Sid: 'AllowCloudTrailEncrypt',
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: {
        StringLike: {
          'kms:EncryptionContext:aws:cloudtrail:arn': [PROD, LOGS].map(
            (a) => `arn:aws:cloudtrail:*:${a}:trail/*`,
          ),
        },
        StringEquals: { 'aws:SourceAccount': [PROD, LOGS] },
      },
    },
  ],
};

function keyArn(name: string): string {
  const key = lookup(KEYS, name, 'KMS key');
  return `arn:aws:kms:${key.region}:${key.account ?? PROD}:key/${uuid(key.name)}`;
}

function keyPolicy(spec: KeySpec): PolicyDocument {
  const account = spec.account ?? PROD;
  if (spec.manager === 'AWS') {
    // The shape AWS gives its managed keys: usable by the account's principals, only through the service.
    return {
      Version: '2012-10-17',
      Id: `auto-${spec.service}`,
      Statement: [
        {
          Sid: 'AllowThroughServiceForAccountPrincipals',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: [
            'kms:Encrypt',
            'kms:Decrypt',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:CreateGrant',
            'kms:DescribeKey',
          ],
          Resource: '*',
          Condition: {
            StringEquals: {
              'kms:CallerAccount': account,
              'kms:ViaService': `${spec.service}.${spec.region}.amazonaws.com`,
            },
          },
        },
        {
          Sid: 'AllowDirectMetadataAccess',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account}:root` },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
          Resource: '*',
        },
      ],
    };
  }
  const admin =
    account === PROD ? roleArn('KestrelAdministrators') : roleArn('OrganizationAccountAccessRole', LOGS);
  return doc(
    {
      Sid: 'EnableIamPolicies',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${account}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'AllowKeyAdministration',
      Effect: 'Allow',
      Principal: { AWS: admin },
      // biome-ignore format: a list of actions
      Action: ['kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*',
        'kms:Disable*', 'kms:Get*', 'kms:Delete*', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion'],
      Resource: '*',
    },
    ...(KEY_GRANTS[spec.name] ?? []),
  );
}

function kmsKey(spec: KeySpec): ResourceOf<'KmsKey'> {
  return {
    ...base(
      'KmsKey',
      keyArn(spec.name),
      spec.aliases[0] ?? uuid(spec.name),
      spec.region,
      spec.tags,
      spec.account ?? PROD,
    ),
    keyId: uuid(spec.name),
    aliases: spec.aliases,
    manager: spec.manager,
    origin: spec.origin ?? 'AWS_KMS',
    keyState: spec.state ?? 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    rotationEnabled: spec.rotates,
    policy: keyPolicy(spec),
  };
}

// ---------------------------------------------------------------------------------------------
// IAM

const awsPolicy = (path: string): string => `arn:aws:iam::aws:policy/${path}`;

/** AWS managed policies the estate attaches; the document is kept only where AWS's is short. */
const AWS_POLICIES: readonly { name: string; arn: string; document?: PolicyDocument }[] = [
  { name: 'AdministratorAccess', arn: awsPolicy('AdministratorAccess'), document: doc(ALLOW_ALL) },
  { name: 'ReadOnlyAccess', arn: awsPolicy('ReadOnlyAccess') },
  { name: 'PowerUserAccess', arn: awsPolicy('PowerUserAccess') },
  { name: 'Billing', arn: awsPolicy('job-function/Billing') },
  { name: 'AmazonSSMManagedInstanceCore', arn: awsPolicy('AmazonSSMManagedInstanceCore') },
  {
    name: 'AmazonECSTaskExecutionRolePolicy',
    arn: awsPolicy('service-role/AmazonECSTaskExecutionRolePolicy'),
  },
  { name: 'AmazonEKSWorkerNodePolicy', arn: awsPolicy('AmazonEKSWorkerNodePolicy') },
  {
    name: 'AWSLambdaBasicExecutionRole',
    arn: awsPolicy('service-role/AWSLambdaBasicExecutionRole'),
    document: doc({
      Effect: 'Allow',
      Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: '*',
    }),
  },
  { name: 'CloudWatchReadOnlyAccess', arn: awsPolicy('CloudWatchReadOnlyAccess') },
];

const CUSTOMER_POLICIES: readonly { name: string; document: PolicyDocument }[] = [
  {
    name: 'KestrelRequireMfa',
    // Everything but setting up one's own MFA is denied until the session has MFA.
    document: doc({
      Sid: 'DenyAllWithoutMfa',
      Effect: 'Deny',
      NotAction: [
        'iam:ChangePassword',
        'iam:CreateVirtualMFADevice',
        'iam:EnableMFADevice',
        'iam:ListMFADevices',
      ],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    }),
  },
  {
    name: 'KestrelDataLakeReadWrite',
    document: doc(
      {
        Sid: 'DataLakeObjects',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
        Resource: [
          ...bucketAndObjects('kestrel-datalake-raw'),
          ...bucketAndObjects('kestrel-datalake-curated'),
        ],
      },
      {
        Sid: 'DataLakeKey',
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: keyArn('datalake'),
      },
    ),
  },
  {
    name: 'KestrelMarketingAnalytics',
    document: doc(
      { Effect: 'Allow', Action: 's3:*', Resource: bucketAndObjects('kestrel-mkt-*') },
      { Effect: 'Allow', Action: ['athena:*', 'glue:Get*', 'redshift:GetClusterCredentials'], Resource: '*' },
    ),
  },
  {
    name: 'KestrelCiDeploy',
    document: doc(
      {
        Sid: 'PushImages',
        Effect: 'Allow',
        Action: ['ecr:GetAuthorizationToken', 'ecr:PutImage', 'ecr:UploadLayerPart'],
        Resource: '*',
      },
      {
        Sid: 'Deploy',
        Effect: 'Allow',
        Action: ['ecs:UpdateService', 'ecs:RegisterTaskDefinition', 'lambda:UpdateFunctionCode'],
        Resource: '*',
      },
      {
        Sid: 'PassTaskRole',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: `arn:aws:iam::${PROD}:role/kestrel-ecs-task-execution`,
      },
    ),
  },
  // Written in 2019 "for now" and never narrowed.
  { name: 'KestrelLegacyFullAccess', document: doc({ Sid: 'LegacyOps', ...ALLOW_ALL }) },
  {
    name: 'KestrelBackupExport',
    document: doc(
      {
        Effect: 'Allow',
        Action: ['rds:CreateDBSnapshot', 'rds:CopyDBSnapshot', 'rds:DescribeDBSnapshots'],
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: `${bucketArn('kestrel-db-backups-eu-central-1')}/*`,
      },
    ),
  },
  {
    name: 'KestrelTelemetryVendorRead',
    document: doc(
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: bucketAndObjects('kestrel-partner-exchange', 'telematics/'),
      },
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn('telematics-share') },
    ),
  },
];

function policyArn(name: string): string {
  const aws = AWS_POLICIES.find((p) => p.name === name);
  return aws ? aws.arn : `arn:aws:iam::${PROD}:policy/${lookup(CUSTOMER_POLICIES, name, 'policy').name}`;
}

/** An access key: days since created, days since last used (null = never), and whether it is active. */
type KeyUse = [created: number, lastUsed: number | null, active?: boolean];

interface UserSpec {
  name: string;
  tags: Tags;
  created: number;
  /** Console password: MFA on, days since the last sign-in (null = never signed in). */
  console?: [mfa: boolean, lastUsed: number | null];
  keys?: KeyUse[];
  groups?: string[];
  policies?: string[];
  service?: boolean;
}

const MFA = true;
const NO_MFA = false;

// biome-ignore format: one row per user reads as a table
const USERS: readonly UserSpec[] = [
  { name: 'alice.moreau',      tags: tags('platform', 'prod'),   created: 1450, console: [MFA, 0],      groups: ['Administrators'] },
  { name: 'bjorn.halvorsen',   tags: tags('platform', 'prod'),   created: 610,  console: [NO_MFA, 2],   groups: ['Developers'] },
  { name: 'chiara.ricci',      tags: tags('data', 'prod'),       created: 820,  console: [MFA, 1],      groups: ['Developers', 'DataEngineers'], policies: ['KestrelDataLakeReadWrite'] },
  // A contractor given admin "just for the migration".
  { name: 'dev.okafor',        tags: tags('platform', 'prod', undefined, { Contractor: 'true' }), created: 240, console: [NO_MFA, 6], policies: ['AdministratorAccess'] },
  { name: 'elena.petrova',     tags: tags('data', 'prod'),       created: 530,  console: [MFA, 0],      groups: ['DataEngineers'] },
  { name: 'farid.haddad',      tags: tags('data', 'prod'),       created: 900,  console: [MFA, 3],      groups: ['DataEngineers'], keys: [[212, 1]] },
  // Invited four months ago, never signed in.
  { name: 'greta.lindqvist',   tags: tags('finance', 'prod'),    created: 121,  console: [NO_MFA, null], groups: ['Finance'] },
  { name: 'hugo.martin',       tags: tags('marketing', 'prod'),  created: 400,  console: [NO_MFA, 4],   groups: ['Marketing'], keys: [[380, 4]] },
  { name: 'ines.carvalho',     tags: tags('finance', 'prod'),    created: 700,  console: [MFA, 12],     groups: ['Finance', 'ReadOnly'] },
  // Left in the spring; the account was never closed.
  { name: 'jakub.nowak',       tags: tags('operations', 'prod'), created: 1100, console: [MFA, 203],    groups: ['Developers'], keys: [[640, 188]] },
  { name: 'break-glass-admin', tags: tags('security', 'prod'),   created: 1460, console: [MFA, 75],     groups: ['Administrators'] },
  { name: 'svc-ci-deployer',     service: true, tags: tags('platform', 'prod', undefined, { Purpose: 'ci' }),       created: 700,  keys: [[41, 0]],   policies: ['KestrelCiDeploy'] },
  { name: 'svc-backup-exporter', service: true, tags: tags('platform', 'prod', undefined, { Purpose: 'backup' }),   created: 980,  keys: [[403, 1]],  policies: ['KestrelBackupExport'] },
  { name: 'svc-legacy-ftp-sync', service: true, tags: untagged,                                                     created: 1820, keys: [[301, null], [1500, 330, false]], policies: ['KestrelLegacyFullAccess'] },
  { name: 'svc-utm-tracker',     service: true, tags: tags('marketing', 'prod', undefined, { Purpose: 'tracking' }), created: 260, keys: [[58, 0]] },
  { name: 'svc-grafana-reader',  service: true, tags: tags('platform', 'prod', undefined, { Purpose: 'monitoring' }), created: 150, keys: [[20, 0]], groups: ['ReadOnly'] },
];

type NamedPolicy = { name: string; document: PolicyDocument };

/** Inline policies, by user or role name. */
const INLINE_POLICIES: Record<string, NamedPolicy[]> = {
  'svc-utm-tracker': [
    {
      name: 'campaign-bucket-access',
      document: doc({
        Effect: 'Allow',
        Action: 's3:*',
        Resource: bucketAndObjects('kestrel-mkt-campaign-data'),
      }),
    },
  ],
  'kestrel-lambda-ingest': [
    {
      name: 'shipment-events-write',
      document: doc({
        Effect: 'Allow',
        Action: ['dynamodb:PutItem', 'dynamodb:BatchWriteItem'],
        Resource: `arn:aws:dynamodb:${EU_PRIMARY}:${PROD}:table/kestrel-shipment-events`,
      }),
    },
  ],
  'mkt-analytics-instance': [
    { name: 'everything-s3', document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) },
  ],
};

// biome-ignore format: one row per group reads as a table
const GROUPS: readonly { name: string; policies: string[] }[] = [
  { name: 'Administrators', policies: ['AdministratorAccess', 'KestrelRequireMfa'] },
  { name: 'Developers',     policies: ['PowerUserAccess', 'KestrelRequireMfa'] },
  { name: 'DataEngineers',  policies: ['KestrelDataLakeReadWrite', 'KestrelRequireMfa'] },
  { name: 'Marketing',      policies: ['KestrelMarketingAnalytics'] },
  { name: 'Finance',        policies: ['Billing', 'KestrelRequireMfa'] },
  { name: 'ReadOnly',       policies: ['ReadOnlyAccess', 'CloudWatchReadOnlyAccess'] },
];

const trustService = (service: string): PolicyDocument =>
  doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });
const trustAccount = (account: string): PolicyDocument =>
  doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' });
const trustSso = (): PolicyDocument =>
  doc({
    Effect: 'Allow',
    Principal: { Federated: `arn:aws:iam::${PROD}:saml-provider/KestrelEntraID` },
    Action: 'sts:AssumeRoleWithSAML',
    Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
  });
const trustGitHub = (): PolicyDocument =>
  doc({
    Effect: 'Allow',
    Principal: { Federated: `arn:aws:iam::${PROD}:oidc-provider/token.actions.githubusercontent.com` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:kestrel-freight/*:ref:refs/heads/main' },
    },
  });

interface RoleSpec {
  name: string;
  account?: string;
  path?: string;
  tags: Tags;
  trust: PolicyDocument;
  policies: string[];
}

// biome-ignore format: one row per role reads as a table
const ROLES: readonly RoleSpec[] = [
  { name: 'KestrelAdministrators',         tags: tags('security', 'prod'),   trust: trustSso(),                          policies: ['AdministratorAccess'] },
  { name: 'OrganizationAccountAccessRole', tags: untagged,                   trust: trustAccount(ORG_MANAGEMENT),        policies: ['AdministratorAccess'] },
  { name: 'OrganizationAccountAccessRole', tags: untagged,                   trust: trustAccount(ORG_MANAGEMENT),        policies: ['AdministratorAccess'], account: LOGS },
  { name: 'kestrel-app-instance',          tags: tags('platform', 'prod'),   trust: trustService('ec2.amazonaws.com'),   policies: ['AmazonSSMManagedInstanceCore', 'KestrelDataLakeReadWrite'] },
  { name: 'kestrel-ecs-task-execution',    tags: tags('platform', 'prod'),   trust: trustService('ecs-tasks.amazonaws.com'), policies: ['AmazonECSTaskExecutionRolePolicy'] },
  { name: 'kestrel-eks-node',              tags: tags('platform', 'prod'),   trust: trustService('ec2.amazonaws.com'),   policies: ['AmazonEKSWorkerNodePolicy', 'AmazonSSMManagedInstanceCore'] },
  { name: 'kestrel-lambda-ingest',         tags: tags('data', 'prod'),       trust: trustService('lambda.amazonaws.com'), policies: ['AWSLambdaBasicExecutionRole'], path: 'service-role/' },
  // The vendor's account may assume this role with no ExternalId condition.
  { name: 'telemetrix-readonly',           tags: tags('operations', 'prod', undefined, { Vendor: 'Telemetrix' }), trust: trustAccount(VENDOR), policies: ['KestrelTelemetryVendorRead'] },
  { name: 'kestrel-legacy-ops-automation', tags: untagged,                   trust: trustService('ec2.amazonaws.com'),   policies: ['KestrelLegacyFullAccess'] },
  { name: 'github-actions-deploy',         tags: tags('platform', 'prod'),   trust: trustGitHub(),                       policies: ['KestrelCiDeploy'] },
  { name: 'mkt-analytics-instance',        tags: tags('marketing', 'prod'),  trust: trustService('ec2.amazonaws.com'),   policies: ['AmazonSSMManagedInstanceCore'] },
];

function roleArn(name: string, account = PROD): string {
  const role = ROLES.find((r) => r.name === name && (r.account ?? PROD) === account);
  if (!role) throw new Error(`make-demo: unknown role '${name}' in ${account}`);
  return `arn:aws:iam::${account}:role/${role.path ?? ''}${role.name}`;
}
const instanceProfileArn = (role: string): string => `arn:aws:iam::${PROD}:instance-profile/${role}`;

function iamUser(spec: UserSpec): ResourceOf<'IamUser'> {
  const arn = `arn:aws:iam::${PROD}:user/${spec.service ? 'service/' : ''}${spec.name}`;
  const [mfa, lastSignIn] = spec.console ?? [false, null];
  return {
    ...base('IamUser', arn, spec.name, 'global', spec.tags),
    createdAt: daysAgo(spec.created),
    consoleAccess: spec.console !== undefined,
    mfaActive: mfa,
    passwordLastUsed: lastSignIn === null ? null : daysAgo(lastSignIn, 5),
    accessKeys: (spec.keys ?? []).map(([created, lastUsed, active], i) => ({
      id: accessKeyId(`${spec.name}:${i}`),
      active: active ?? true,
      createdAt: daysAgo(created, 7),
      lastUsedAt: lastUsed === null ? null : daysAgo(lastUsed, 2),
    })),
    attachedPolicyArns: (spec.policies ?? []).map(policyArn),
    inlinePolicies: INLINE_POLICIES[spec.name] ?? [],
    groups: spec.groups ?? [],
  };
}

function iamGroup(spec: (typeof GROUPS)[number]): ResourceOf<'IamGroup'> {
  return {
    ...base('IamGroup', `arn:aws:iam::${PROD}:group/${spec.name}`, spec.name, 'global', untagged),
    attachedPolicyArns: spec.policies.map(policyArn),
    inlinePolicies: [],
    members: USERS.filter((u) => u.groups?.includes(spec.name)).map((u) => u.name),
  };
}

function iamRole(spec: RoleSpec): ResourceOf<'IamRole'> {
  const account = spec.account ?? PROD;
  return {
    ...base('IamRole', roleArn(spec.name, account), spec.name, 'global', spec.tags, account),
    assumeRolePolicy: spec.trust,
    attachedPolicyArns: spec.policies.map(policyArn),
    inlinePolicies: INLINE_POLICIES[spec.name] ?? [],
  };
}

/** How many of the production account's users, groups and roles have a managed policy attached. */
function attachmentCount(name: string): number {
  const prodRoles = ROLES.filter((r) => (r.account ?? PROD) === PROD);
  return [USERS, GROUPS, prodRoles].flat().filter((x) => x.policies?.includes(name)).length;
}

function iamPolicies(): ResourceOf<'IamPolicy'>[] {
  const customer = CUSTOMER_POLICIES.map(
    (p): ResourceOf<'IamPolicy'> => ({
      ...base('IamPolicy', policyArn(p.name), p.name, 'global', untagged),
      managedBy: 'customer',
      document: p.document,
      attachmentCount: attachmentCount(p.name),
    }),
  );
  const aws = AWS_POLICIES.map(
    (p): ResourceOf<'IamPolicy'> => ({
      ...base('IamPolicy', p.arn, p.name, 'global', untagged),
      managedBy: 'aws',
      ...(p.document && { document: p.document }),
      attachmentCount: attachmentCount(p.name),
    }),
  );
  return [...customer, ...aws];
}

// ---------------------------------------------------------------------------------------------
// Networks: VPCs, subnets, security groups, VPN and Direct Connect

type FlowLogTraffic = 'ACCEPT' | 'REJECT' | 'ALL';

// biome-ignore format: one row per VPC reads as a table
const VPCS: readonly { name: string; region: string; cidr: string; flowLogs: FlowLogTraffic[]; tags: Tags; isDefault?: boolean }[] = [
  { name: 'kestrel-prod',  region: EU_PRIMARY, cidr: '10.10.0.0/16',  flowLogs: ['ALL'],    tags: tags('platform', 'prod') },
  { name: 'default',       region: EU_PRIMARY, cidr: '172.31.0.0/16', flowLogs: [],         tags: untagged, isDefault: true },
  { name: 'kestrel-dr',    region: EU_DR,      cidr: '10.30.0.0/16',  flowLogs: ['REJECT'], tags: tags('platform', 'dr') },
  { name: 'mkt-analytics', region: US,         cidr: '10.50.0.0/16',  flowLogs: [],         tags: tags('marketing', 'prod') },
];

const vpcIdOf = (name: string): string => awsId('vpc', lookup(VPCS, name, 'VPC').name);
const regionOfVpc = (name: string): string => lookup(VPCS, name, 'VPC').region;

/** `igw`: routes to an internet gateway; `autoIp`: also maps a public IP on launch. */
// biome-ignore format: one row per subnet reads as a table
const SUBNETS: readonly { name: string; vpc: string; cidr: string; igw?: boolean; autoIp?: boolean }[] = [
  { name: 'kestrel-prod-public-a', vpc: 'kestrel-prod',  cidr: '10.10.0.0/24',  igw: true },
  { name: 'kestrel-prod-app-a',    vpc: 'kestrel-prod',  cidr: '10.10.10.0/24' },
  { name: 'kestrel-prod-app-b',    vpc: 'kestrel-prod',  cidr: '10.10.11.0/24' },
  { name: 'kestrel-prod-data-a',   vpc: 'kestrel-prod',  cidr: '10.10.20.0/24' },
  { name: 'kestrel-prod-data-b',   vpc: 'kestrel-prod',  cidr: '10.10.21.0/24' },
  { name: 'default-eu-west-1a',    vpc: 'default',       cidr: '172.31.0.0/20', igw: true, autoIp: true },
  { name: 'kestrel-dr-public-a',   vpc: 'kestrel-dr',    cidr: '10.30.0.0/24',  igw: true },
  { name: 'kestrel-dr-app-a',      vpc: 'kestrel-dr',    cidr: '10.30.10.0/24' },
  { name: 'mkt-public-a',          vpc: 'mkt-analytics', cidr: '10.50.0.0/24',  igw: true, autoIp: true },
  { name: 'mkt-public-b',          vpc: 'mkt-analytics', cidr: '10.50.1.0/24',  igw: true, autoIp: true },
];

const regionOfSubnet = (name: string): string => regionOfVpc(lookup(SUBNETS, name, 'subnet').vpc);
const subnetArn = (name: string): string =>
  `arn:aws:ec2:${regionOfSubnet(name)}:${PROD}:subnet/${awsId('subnet', lookup(SUBNETS, name, 'subnet').name)}`;

/** A security-group rule in a compact form: protocol, port or range, and where from. */
function rule(
  protocol: string,
  ports: [number, number] | number | undefined,
  from: { v4?: string[]; v6?: string[]; groups?: string[] },
): SecurityGroupRule {
  const [fromPort, toPort] = typeof ports === 'number' ? [ports, ports] : (ports ?? []);
  return {
    protocol,
    ...(fromPort !== undefined && { fromPort, toPort }),
    ipv4Ranges: from.v4 ?? [],
    ipv6Ranges: from.v6 ?? [],
    sourceGroupIds: (from.groups ?? []).map(groupIdOf),
    prefixListIds: [],
  };
}
const ANY4 = ['0.0.0.0/0'];
const ANY6 = ['::/0'];
const ALL_TRAFFIC = '-1';
const web = (): SecurityGroupRule[] => [
  rule('tcp', 443, { v4: ANY4, v6: ANY6 }),
  rule('tcp', 80, { v4: ANY4, v6: ANY6 }),
];

interface SgSpec {
  name: string;
  vpc: string;
  tags: Tags;
  isDefault?: boolean;
  ingress: () => SecurityGroupRule[];
  egress?: () => SecurityGroupRule[];
  /** Network interfaces beyond the instances and databases listed here (load balancers, Lambda, EKS). */
  otherEnis?: number;
}

/** A default group as AWS creates it: members may reach each other. */
const selfOnly = (name: string) => () => [rule(ALL_TRAFFIC, undefined, { groups: [name] })];
/** No rules at all: how CIS wants every default group (restrict all traffic). */
const none = () => [];

// biome-ignore format: one row per security group reads as a table
const SECURITY_GROUPS: readonly SgSpec[] = [
  { name: 'kestrel-prod-default',  vpc: 'kestrel-prod', tags: untagged, isDefault: true, ingress: selfOnly('kestrel-prod-default') },
  { name: 'kestrel-web-alb',       vpc: 'kestrel-prod', tags: tags('platform', 'prod'), ingress: web, otherEnis: 3 },
  { name: 'kestrel-web',           vpc: 'kestrel-prod', tags: tags('platform', 'prod'), ingress: () => [rule('tcp', 8080, { groups: ['kestrel-web-alb'] })] },
  { name: 'kestrel-api',           vpc: 'kestrel-prod', tags: tags('platform', 'prod'), ingress: () => [rule('tcp', 8443, { groups: ['kestrel-web'], v4: ['10.10.0.0/16'] })], otherEnis: 2 },
  { name: 'kestrel-bastion',       vpc: 'kestrel-prod', tags: tags('platform', 'prod'), ingress: () => [rule('tcp', 22, { v4: ANY4 })] },
  { name: 'kestrel-reporting-rdp', vpc: 'kestrel-prod', tags: tags('data', 'prod'),     ingress: () => [rule('tcp', 3389, { v4: ANY4 })] },
  { name: 'kestrel-payroll',       vpc: 'kestrel-prod', tags: tags('payroll', 'prod', 'restricted'),
    ingress: () => [rule('tcp', 443, { v4: ['10.10.0.0/16', HQ_CIDR] }), rule('tcp', 22, { groups: ['kestrel-bastion'] })],
    egress: () => [rule('tcp', 443, { v4: ['10.10.0.0/16'] }), rule('tcp', 3306, { v4: ['10.10.20.0/23'] })] },
  { name: 'kestrel-db',            vpc: 'kestrel-prod', tags: tags('platform', 'prod'),
    ingress: () => [rule('tcp', 5432, { groups: ['kestrel-api', 'kestrel-ecs-nodes'] }), rule('tcp', 3306, { groups: ['kestrel-payroll'] }), rule('tcp', 1521, { v4: ['10.10.0.0/16'] })] },
  // Dynamic host ports for the load balancer's target groups.
  { name: 'kestrel-ecs-nodes',     vpc: 'kestrel-prod', tags: tags('platform', 'prod'), ingress: () => [rule('tcp', [32768, 65535], { groups: ['kestrel-web-alb'] })] },
  { name: 'kestrel-eks-nodes',     vpc: 'kestrel-prod', tags: tags('platform', 'prod'), ingress: () => [rule(ALL_TRAFFIC, undefined, { groups: ['kestrel-eks-nodes'] }), rule('tcp', 10250, { v4: ['10.10.0.0/16'] })], otherEnis: 4 },
  { name: 'kestrel-jenkins',       vpc: 'kestrel-prod', tags: tags('platform', 'prod'), ingress: () => [rule('tcp', 8080, { v4: [HQ_CIDR] }), rule('tcp', [0, 65535], { v4: ['10.0.0.0/8'] })] },
  // "Temporarily" opened while debugging passive FTP in 2021.
  { name: 'legacy-ftp',            vpc: 'kestrel-prod', tags: untagged, ingress: () => [rule(ALL_TRAFFIC, undefined, { v4: ANY4 })], otherEnis: 1 },
  { name: 'default-eu-west-1',     vpc: 'default',      tags: untagged, isDefault: true, ingress: none, egress: none },
  { name: 'launch-wizard-1',       vpc: 'default',      tags: untagged, ingress: () => [rule('tcp', 22, { v4: ANY4 })] },
  { name: 'kestrel-dr-default',    vpc: 'kestrel-dr',   tags: untagged, isDefault: true, ingress: none, egress: none },
  { name: 'kestrel-dr-app',        vpc: 'kestrel-dr',   tags: tags('platform', 'dr'), ingress: () => [rule('tcp', 8443, { v4: ['10.30.0.0/16', '10.10.0.0/16'] })], otherEnis: 1 },
  { name: 'kestrel-dr-bastion',    vpc: 'kestrel-dr',   tags: tags('platform', 'dr'), ingress: () => [rule('tcp', 22, { v4: [HQ_CIDR] })] },
  { name: 'mkt-default',           vpc: 'mkt-analytics', tags: untagged, isDefault: true, ingress: selfOnly('mkt-default') },
  // SSH over IPv4 was closed after an audit; the IPv6 rule was missed.
  { name: 'mkt-wordpress',         vpc: 'mkt-analytics', tags: tags('marketing', 'prod'), ingress: () => [...web(), rule('tcp', 22, { v6: ANY6 })], otherEnis: 2 },
  { name: 'mkt-notebooks',         vpc: 'mkt-analytics', tags: tags('marketing', 'prod'), ingress: () => [rule('tcp', 8888, { v4: ANY4 }), rule('tcp', [20, 25], { v4: ANY4 })] },
  { name: 'mkt-db',                vpc: 'mkt-analytics', tags: tags('marketing', 'prod'), ingress: () => [rule('tcp', 3306, { v4: ANY4 })] },
];

function groupIdOf(name: string): string {
  return awsId('sg', lookup(SECURITY_GROUPS, name, 'security group').name);
}
function sgArn(name: string): string {
  const sg = lookup(SECURITY_GROUPS, name, 'security group');
  return `arn:aws:ec2:${regionOfVpc(sg.vpc)}:${PROD}:security-group/${groupIdOf(name)}`;
}

function vpc(spec: (typeof VPCS)[number]): ResourceOf<'Vpc'> {
  const vpcId = vpcIdOf(spec.name);
  return {
    ...base('Vpc', `arn:aws:ec2:${spec.region}:${PROD}:vpc/${vpcId}`, spec.name, spec.region, spec.tags),
    vpcId,
    isDefault: spec.isDefault ?? false,
    cidrBlock: spec.cidr,
    flowLogs: spec.flowLogs.map((trafficType) => ({ id: awsId('fl', spec.name), trafficType, active: true })),
    transitGatewayIds: [],
  };
}

function subnet(spec: (typeof SUBNETS)[number]): ResourceOf<'Subnet'> {
  return {
    ...base(
      'Subnet',
      subnetArn(spec.name),
      spec.name,
      regionOfVpc(spec.vpc),
      lookup(VPCS, spec.vpc, 'VPC').tags,
    ),
    vpcId: vpcIdOf(spec.vpc),
    cidrBlock: spec.cidr,
    mapPublicIpOnLaunch: spec.autoIp ?? false,
    routesToInternetGateway: spec.igw ?? false,
  };
}

function securityGroup(spec: SgSpec, attachedHere: number): ResourceOf<'SecurityGroup'> {
  return {
    ...base(
      'SecurityGroup',
      sgArn(spec.name),
      spec.isDefault ? 'default' : spec.name,
      regionOfVpc(spec.vpc),
      spec.tags,
    ),
    groupId: groupIdOf(spec.name),
    vpcId: vpcIdOf(spec.vpc),
    isDefault: spec.isDefault ?? false,
    ingress: spec.ingress(),
    egress: spec.egress?.() ?? [rule(ALL_TRAFFIC, undefined, { v4: ANY4 })],
    attachmentCount: attachedHere + (spec.otherEnis ?? 0),
  };
}

const vgwArn = (): string =>
  `arn:aws:ec2:${EU_PRIMARY}:${PROD}:vpn-gateway/${awsId('vgw', 'kestrel-prod-vgw')}`;

function connectivity(): Resource[] {
  const connection = (name: string, tunnelsUp: number): ResourceOf<'VpnConnection'> => ({
    ...base(
      'VpnConnection',
      `arn:aws:ec2:${EU_PRIMARY}:${PROD}:vpn-connection/${awsId('vpn', name)}`,
      name,
      EU_PRIMARY,
      tags('operations', 'prod'),
    ),
    state: 'available',
    vpnGatewayId: vgwArn(),
    tunnelsUp,
  });
  return [
    {
      ...base('VpnGateway', vgwArn(), 'kestrel-prod-vgw', EU_PRIMARY, tags('platform', 'prod')),
      state: 'available',
      attachedVpcIds: [vpcIdOf('kestrel-prod')],
    },
    connection('kestrel-hq-rotterdam', 2),
    // One tunnel of the depot's VPN has been down since its router was swapped.
    connection('kestrel-depot-hamburg', 1),
    {
      ...base(
        'DirectConnectInterface',
        `arn:aws:directconnect:${EU_PRIMARY}:${PROD}:dxvif/dxvif-${hex('dxvif:dublin', 8)}`,
        'kestrel-dx-dublin-private',
        EU_PRIMARY,
        tags('platform', 'prod'),
      ),
      state: 'available',
      virtualGatewayId: vgwArn(),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// EC2: instances, their volumes, snapshots, images and the per-region settings

/** Systems Manager's view: compliant, [missing, critical] patches, never scanned, or no agent at all. */
type Patching = 'ok' | 'never-scanned' | 'unmanaged' | [missing: number, critical: number];

interface InstanceSpec {
  name: string;
  subnet: string;
  sgs: string[];
  tags: Tags;
  patch: Patching;
  tenancy?: 'dedicated' | 'host';
  /** IMDSv1 still allowed. */
  imdsV1?: boolean;
  /** Instance profile role; 'kestrel-app-instance' unless stated, null = none. */
  role?: string | null;
  image?: string;
  platform?: 'Windows';
  state?: 'stopped';
  publicIp?: string;
  rootGiB?: number;
  dataGiB?: number;
  /** Volume key (a KEYS name); the region's EBS default unless stated; null = unencrypted. */
  key?: string | null;
}

const IMDS_V1 = true;

// biome-ignore format: one row per instance reads as a table
const INSTANCES: readonly InstanceSpec[] = [
  { name: 'kestrel-web-1',             subnet: 'kestrel-prod-app-a',    sgs: ['kestrel-web'],           tags: tags('platform', 'prod', 'internal'),     patch: 'ok' },
  { name: 'kestrel-web-2',             subnet: 'kestrel-prod-app-b',    sgs: ['kestrel-web'],           tags: tags('platform', 'prod', 'internal'),     patch: [3, 0] },
  { name: 'kestrel-api-1',             subnet: 'kestrel-prod-app-a',    sgs: ['kestrel-api'],           tags: tags('platform', 'prod', 'confidential'), patch: 'ok' },
  { name: 'kestrel-route-worker-1',    subnet: 'kestrel-prod-app-a',    sgs: ['kestrel-api'],           tags: tags('data', 'prod', 'internal'),         patch: 'ok', dataGiB: 200 },
  { name: 'kestrel-route-worker-2',    subnet: 'kestrel-prod-app-b',    sgs: ['kestrel-api'],           tags: tags('data', 'prod', 'internal'),         patch: [5, 1] },
  { name: 'kestrel-bastion-1',         subnet: 'kestrel-prod-public-a', sgs: ['kestrel-bastion'],       tags: tags('platform', 'prod', 'internal'),     patch: 'ok', imdsV1: IMDS_V1, publicIp: '203.0.113.24' },
  // Payroll runs on dedicated instances, as the restricted tier demands …
  { name: 'kestrel-payroll-app-1',     subnet: 'kestrel-prod-data-a',   sgs: ['kestrel-payroll'],       tags: tags('payroll', 'prod', 'restricted'),    patch: 'ok', tenancy: 'dedicated', image: 'kestrel-payroll-golden', dataGiB: 100, key: 'payroll-byok' },
  { name: 'kestrel-payroll-app-2',     subnet: 'kestrel-prod-data-b',   sgs: ['kestrel-payroll'],       tags: tags('payroll', 'prod', 'restricted'),    patch: 'ok', tenancy: 'dedicated', image: 'kestrel-payroll-golden', key: 'payroll-byok' },
  // … but the customs gateway, holding data of the same tier, landed on shared hardware.
  { name: 'kestrel-customs-gw-1',      subnet: 'kestrel-prod-data-a',   sgs: ['kestrel-payroll'],       tags: tags('compliance', 'prod', 'restricted'), patch: 'ok' },
  // Oracle is licensed per physical core: a dedicated host.
  { name: 'kestrel-oracle-tms-1',      subnet: 'kestrel-prod-data-b',   sgs: ['kestrel-db'],            tags: tags('operations', 'prod', 'confidential', { License: 'oracle-byol' }), patch: [2, 0], tenancy: 'host', dataGiB: 500 },
  { name: 'kestrel-reporting-win-1',   subnet: 'kestrel-prod-public-a', sgs: ['kestrel-reporting-rdp'], tags: tags('data', 'prod', 'confidential'),     patch: [14, 3], imdsV1: IMDS_V1, platform: 'Windows', image: 'kestrel-windows-2022-reporting', publicIp: '203.0.113.57', rootGiB: 100 },
  { name: 'kestrel-ecs-node-1',        subnet: 'kestrel-prod-app-a',    sgs: ['kestrel-ecs-nodes'],     tags: tags('platform', 'prod', 'internal'),     patch: 'ok' },
  { name: 'kestrel-ecs-node-2',        subnet: 'kestrel-prod-app-b',    sgs: ['kestrel-ecs-nodes'],     tags: tags('platform', 'prod', 'internal'),     patch: 'ok' },
  { name: 'kestrel-eks-node-1',        subnet: 'kestrel-prod-app-a',    sgs: ['kestrel-eks-nodes'],     tags: tags('platform', 'prod', 'internal'),     patch: 'ok', role: 'kestrel-eks-node' },
  { name: 'kestrel-eks-node-2',        subnet: 'kestrel-prod-app-b',    sgs: ['kestrel-eks-nodes'],     tags: tags('platform', 'prod', 'internal'),     patch: 'never-scanned', role: 'kestrel-eks-node' },
  { name: 'kestrel-jenkins-1',         subnet: 'kestrel-prod-app-a',    sgs: ['kestrel-jenkins'],       tags: tags('platform', 'prod', 'internal'),     patch: 'unmanaged', imdsV1: IMDS_V1, role: 'kestrel-legacy-ops-automation' },
  { name: 'legacy-ftp-1',              subnet: 'kestrel-prod-public-a', sgs: ['legacy-ftp'],            tags: untagged,                                 patch: 'unmanaged', imdsV1: IMDS_V1, role: 'kestrel-legacy-ops-automation', image: 'centos-7-marketplace', state: 'stopped', key: null },
  { name: 'kestrel-dr-api-1',          subnet: 'kestrel-dr-app-a',      sgs: ['kestrel-dr-app'],        tags: tags('platform', 'dr', 'confidential'),   patch: 'ok', key: 'dr' },
  { name: 'kestrel-dr-route-worker-1', subnet: 'kestrel-dr-app-a',      sgs: ['kestrel-dr-app'],        tags: tags('data', 'dr', 'internal'),           patch: 'never-scanned' },
  // Warm standby for payroll; its disks were copied under the DR region's KMS-made key, so BYOK custody stayed behind.
  { name: 'kestrel-dr-payroll-1',      subnet: 'kestrel-dr-app-a',      sgs: ['kestrel-dr-app'],        tags: tags('payroll', 'dr', 'restricted'),      patch: 'ok', tenancy: 'dedicated', state: 'stopped', key: 'dr' },
  { name: 'kestrel-dr-bastion-1',      subnet: 'kestrel-dr-public-a',   sgs: ['kestrel-dr-bastion'],    tags: tags('platform', 'dr', 'internal'),       patch: 'ok', publicIp: '203.0.113.91' },
  { name: 'mkt-wordpress-1',           subnet: 'mkt-public-a',          sgs: ['mkt-wordpress'],         tags: tags('marketing', 'prod', 'public'),      patch: [22, 7], imdsV1: IMDS_V1, role: 'mkt-analytics-instance', image: 'mkt-wordpress-golden', publicIp: '203.0.113.140' },
  { name: 'mkt-analytics-1',           subnet: 'mkt-public-b',          sgs: ['mkt-notebooks'],         tags: tags('marketing', 'prod', 'confidential'), patch: [12, 2], imdsV1: IMDS_V1, role: 'mkt-analytics-instance', image: 'mkt-wordpress-golden', publicIp: '203.0.113.141' },
  { name: 'mkt-jupyter-1',             subnet: 'mkt-public-b',          sgs: ['mkt-notebooks'],         tags: { Name: 'jupyter-hugo' },                 patch: 'unmanaged', imdsV1: IMDS_V1, role: null, image: 'ubuntu-22.04-public', publicIp: '203.0.113.142' },
];

/** The key each region encrypts new EBS volumes with; null = EBS default encryption off. */
const EBS_DEFAULT_KEY: Record<string, string | null> = {
  [EU_PRIMARY]: 'ebs',
  [EU_DR]: 'dr/aws/ebs',
  [US]: null,
};

// biome-ignore format: one row per image reads as a table
const AMIS: readonly { name: string; region: string; encrypted: boolean; tags: Tags; public?: boolean; sharedWith?: string[] }[] = [
  { name: 'kestrel-al2023-base',            region: EU_PRIMARY, encrypted: true,  tags: tags('platform', 'prod', 'internal'), sharedWith: [LOGS] },
  { name: 'kestrel-al2023-base-dr',         region: EU_DR,      encrypted: true,  tags: tags('platform', 'dr', 'internal') },
  { name: 'kestrel-payroll-golden',         region: EU_PRIMARY, encrypted: true,  tags: tags('payroll', 'prod', 'restricted') },
  { name: 'kestrel-windows-2022-reporting', region: EU_PRIMARY, encrypted: false, tags: tags('data', 'prod', 'internal') },
  // Made public "so the agency could launch it".
  { name: 'mkt-wordpress-golden',           region: US,         encrypted: false, tags: tags('marketing', 'prod', 'public'), public: true },
];

/** The image an instance runs: its own, or the region's base image. */
function imageOf(spec: InstanceSpec): string {
  if (spec.image) return spec.image;
  return regionOfSubnet(spec.subnet) === EU_DR ? 'kestrel-al2023-base-dr' : 'kestrel-al2023-base';
}

const instanceArn = (spec: InstanceSpec): string =>
  `arn:aws:ec2:${regionOfSubnet(spec.subnet)}:${PROD}:instance/${awsId('i', spec.name)}`;
const volumeArn = (region: string, name: string): string =>
  `arn:aws:ec2:${region}:${PROD}:volume/${awsId('vol', name)}`;
const volumeNames = (spec: InstanceSpec): string[] => [
  `${spec.name}-root`,
  ...(spec.dataGiB ? [`${spec.name}-data`] : []),
];

function patchFields(patch: Patching): Pick<ResourceOf<'Ec2Instance'>, 'ssmManaged' | 'patchCompliance'> {
  // Without the agent, patch state is unknown: left undefined, not claimed.
  if (patch === 'unmanaged') return { ssmManaged: false };
  if (patch === 'never-scanned') return { ssmManaged: true, patchCompliance: null };
  const [missing, critical] = patch === 'ok' ? [0, 0] : patch;
  return {
    ssmManaged: true,
    patchCompliance: {
      status: missing === 0 ? 'COMPLIANT' : 'NON_COMPLIANT',
      missingCount: missing,
      failedCount: critical > 2 ? 1 : 0,
      criticalMissingCount: critical,
      lastOperationAt: daysAgo(critical > 0 ? 9 : 1, 6),
    },
  };
}

function instance(spec: InstanceSpec): ResourceOf<'Ec2Instance'> {
  const region = regionOfSubnet(spec.subnet);
  const running = spec.state !== 'stopped';
  const role = spec.role === undefined ? 'kestrel-app-instance' : spec.role;
  return {
    ...base('Ec2Instance', instanceArn(spec), spec.name, region, { Name: spec.name, ...spec.tags }),
    state: spec.state ?? 'running',
    tenancy: spec.tenancy ?? 'default',
    metadataHttpTokens: spec.imdsV1 ? 'optional' : 'required',
    metadataEndpointEnabled: true,
    imageId: awsId('ami', imageOf(spec)),
    vpcId: vpcIdOf(lookup(SUBNETS, spec.subnet, 'subnet').vpc),
    subnetId: subnetArn(spec.subnet),
    securityGroupIds: spec.sgs.map(sgArn),
    // Stopped instances give their public address back.
    publicIp: running && spec.publicIp ? spec.publicIp : null,
    volumeIds: volumeNames(spec).map((v) => volumeArn(region, v)),
    instanceProfileArn: role === null ? null : instanceProfileArn(role),
    platform: spec.platform ?? 'Linux/UNIX',
    ...patchFields(spec.patch),
  };
}

function instanceVolumes(spec: InstanceSpec): ResourceOf<'EbsVolume'>[] {
  const region = regionOfSubnet(spec.subnet);
  const key = spec.key === undefined ? EBS_DEFAULT_KEY[region] : spec.key;
  const rootGiB = spec.rootGiB ?? 30;
  return volumeNames(spec).map((name) => ({
    ...base('EbsVolume', volumeArn(region, name), name, region, spec.tags),
    encrypted: Boolean(key),
    ...(key && { kmsKeyId: keyArn(key) }),
    sizeGiB: name.endsWith('-data') ? (spec.dataGiB ?? 0) : rootGiB,
    attachedInstanceIds: [instanceArn(spec)],
  }));
}

/** Nobody attached it since the FTP migration; unencrypted, made before default encryption was on. */
function orphanVolume(): ResourceOf<'EbsVolume'> {
  return {
    ...base('EbsVolume', volumeArn(EU_PRIMARY, 'ftp-archive-2021'), 'ftp-archive-2021', EU_PRIMARY, untagged),
    encrypted: false,
    sizeGiB: 250,
    attachedInstanceIds: [],
  };
}

interface SnapshotSpec {
  name: string;
  region: string;
  volume: string;
  tags: Tags;
  key?: string;
  public?: boolean;
  sharedWith?: string[];
}

// biome-ignore format: one row per snapshot reads as a table
const EBS_SNAPSHOTS: readonly SnapshotSpec[] = [
  // Training data for the route model, shared with the carrier partner for a joint study.
  { name: 'route-model-2026-09',       region: EU_PRIMARY, volume: 'kestrel-route-worker-1-data', tags: tags('data', 'prod', 'internal'), key: 'ebs', sharedWith: [PARTNER] },
  // Shared with everyone so a supplier could restore it; never made private again.
  { name: 'legacy-ftp-export-2023',    region: EU_PRIMARY, volume: 'legacy-ftp-1-root',           tags: untagged, public: true },
  { name: 'payroll-app-1-nightly',     region: EU_PRIMARY, volume: 'kestrel-payroll-app-1-data',  tags: tags('payroll', 'prod', 'restricted'), key: 'payroll-byok' },
  { name: 'mkt-wordpress-pre-upgrade', region: US,         volume: 'mkt-wordpress-1-root',        tags: tags('marketing', 'prod', 'public') },
];

function ebsSnapshot(spec: SnapshotSpec): ResourceOf<'EbsSnapshot'> {
  return {
    ...base(
      'EbsSnapshot',
      `arn:aws:ec2:${spec.region}::snapshot/${awsId('snap', spec.name)}`,
      spec.name,
      spec.region,
      spec.tags,
    ),
    encrypted: spec.key !== undefined,
    ...(spec.key && { kmsKeyId: keyArn(spec.key) }),
    volumeId: volumeArn(spec.region, spec.volume),
    public: spec.public ?? false,
    sharedWithAccounts: spec.sharedWith ?? [],
  };
}

function ami(spec: (typeof AMIS)[number]): ResourceOf<'Ami'> {
  return {
    ...base(
      'Ami',
      `arn:aws:ec2:${spec.region}::image/${awsId('ami', spec.name)}`,
      spec.name,
      spec.region,
      spec.tags,
    ),
    public: spec.public ?? false,
    sharedWithAccounts: spec.sharedWith ?? [],
    encrypted: spec.encrypted,
  };
}

function regionSettings(region: string): ResourceOf<'Ec2RegionSettings'> {
  const key = EBS_DEFAULT_KEY[region] ?? null;
  return {
    ...base(
      'Ec2RegionSettings',
      `ec2-settings:${PROD}:${region}`,
      `EC2 settings ${region}`,
      region,
      untagged,
    ),
    ebsEncryptionByDefault: key !== null,
    // With default encryption off the API still names the key it would use: the AWS managed one.
    ebsDefaultKmsKeyId: key === null ? 'alias/aws/ebs' : keyArn(key),
    imageBlockPublicAccess: region !== US,
  };
}

// ---------------------------------------------------------------------------------------------
// S3

interface BucketSpec {
  name: string;
  region: string;
  tags: Tags;
  /** 'AES256' (SSE-S3), 'default' (SSE-S3 because nothing was configured), or a KMS key (KEYS name or alias). */
  sse: 'AES256' | 'default' | { kms: string };
  versioning: 'Enabled' | 'Suspended' | 'Disabled';
  /** The bucket policy denies requests without TLS. */
  tls: boolean;
  /** Target bucket of server access logs; undefined = logging off. */
  logsTo?: string;
  account?: string;
  blockPublic?: 'all' | 'acls-only' | 'none' | 'not-set';
  publicAcl?: boolean;
  statements?: PolicyStatement[];
  objectLock?: boolean;
  mfaDelete?: boolean;
}

const ACCESS_LOGS_ARCHIVE = `kestrel-s3-access-logs-${LOGS}`;
const ACCESS_LOGS_EU = 'kestrel-s3-access-logs-eu-west-1';
const ACCESS_LOGS_DR = 'kestrel-s3-access-logs-eu-central-1';
const TRAIL_BUCKET = `kestrel-cloudtrail-logs-${LOGS}`;
const MKT_TRAIL_BUCKET = 'kestrel-mkt-cloudtrail-us-east-1';
const ON = 'Enabled';
const OFF = 'Disabled';

// biome-ignore format: one row per bucket reads as a table
const BUCKETS: readonly BucketSpec[] = [
  { name: TRAIL_BUCKET,                     region: EU_PRIMARY, tags: tags('security', 'prod', 'confidential'), sse: { kms: 'cloudtrail' },      versioning: ON,  tls: true,  logsTo: ACCESS_LOGS_ARCHIVE, account: LOGS, objectLock: true, statements: cloudTrailWrite(TRAIL_BUCKET, [PROD, LOGS]) },
  { name: ACCESS_LOGS_ARCHIVE,              region: EU_PRIMARY, tags: tags('security', 'prod', 'internal'),     sse: 'AES256',                   versioning: ON,  tls: true,  account: LOGS, statements: [logDelivery(ACCESS_LOGS_ARCHIVE, LOGS)] },
  { name: ACCESS_LOGS_EU,                   region: EU_PRIMARY, tags: tags('security', 'prod', 'internal'),     sse: 'AES256',                   versioning: ON,  tls: true,  statements: [logDelivery(ACCESS_LOGS_EU, PROD)] },
  { name: ACCESS_LOGS_DR,                   region: EU_DR,      tags: tags('security', 'dr', 'internal'),       sse: 'AES256',                   versioning: ON,  tls: true,  statements: [logDelivery(ACCESS_LOGS_DR, PROD)] },
  { name: 'kestrel-datalake-raw',           region: EU_PRIMARY, tags: tags('data', 'prod', 'confidential'),     sse: { kms: 'datalake' },        versioning: ON,  tls: true,  logsTo: ACCESS_LOGS_EU },
  // Same data as raw, but access logging was never switched on.
  { name: 'kestrel-datalake-curated',       region: EU_PRIMARY, tags: tags('data', 'prod', 'confidential'),     sse: { kms: 'datalake' },        versioning: ON,  tls: true },
  { name: 'kestrel-payroll-exports',        region: EU_PRIMARY, tags: tags('payroll', 'prod', 'restricted'),    sse: { kms: 'payroll-byok' },    versioning: ON,  tls: true,  logsTo: ACCESS_LOGS_EU, mfaDelete: true },
  // Restricted customs data under the AWS managed S3 key.
  { name: 'kestrel-customs-declarations',   region: EU_PRIMARY, tags: tags('compliance', 'prod', 'restricted'), sse: { kms: 'alias/aws/s3' },    versioning: ON,  tls: true,  logsTo: ACCESS_LOGS_EU },
  { name: 'kestrel-www-static',             region: EU_PRIMARY, tags: tags('web', 'prod', 'public'),            sse: 'AES256',                   versioning: 'Suspended', tls: false, logsTo: ACCESS_LOGS_EU, blockPublic: 'none', statements: [publicRead('kestrel-www-static')] },
  // Drivers upload delivery photos and signatures; someone granted AllUsers read to debug the app.
  { name: 'kestrel-driver-app-uploads',     region: EU_PRIMARY, tags: tags('mobile', 'prod', 'confidential'),   sse: 'AES256',                   versioning: OFF, tls: false, blockPublic: 'not-set', publicAcl: true },
  { name: 'kestrel-terraform-state',        region: EU_PRIMARY, tags: tags('platform', 'prod', 'internal'),     sse: { kms: 'terraform-state' }, versioning: ON,  tls: true,  logsTo: ACCESS_LOGS_EU },
  { name: 'kestrel-build-artifacts',        region: EU_PRIMARY, tags: tags('platform', 'dev', 'internal'),      sse: 'AES256',                   versioning: OFF, tls: false },
  { name: 'kestrel-invoice-archive',        region: EU_PRIMARY, tags: tags('finance', 'prod', 'confidential'),  sse: { kms: 'datalake' },        versioning: ON,  tls: true,  logsTo: ACCESS_LOGS_EU, objectLock: true },
  { name: 'kestrel-partner-exchange',       region: EU_PRIMARY, tags: tags('operations', 'prod', 'confidential'), sse: { kms: 'telematics-share' }, versioning: ON, tls: true, logsTo: ACCESS_LOGS_EU, statements: [accountRead('kestrel-partner-exchange', PARTNER, 'outbound/')] },
  // Created from the console with nothing set: encrypted only because S3 encrypts by default.
  { name: 'kestrel-sagemaker-scratch',      region: EU_PRIMARY, tags: untagged,                                 sse: 'default',                  versioning: OFF, tls: false },
  { name: 'kestrel-dr-replica-eu-central-1', region: EU_DR,     tags: tags('data', 'dr', 'confidential'),       sse: { kms: 'dr' },              versioning: ON,  tls: true,  logsTo: ACCESS_LOGS_DR },
  { name: 'kestrel-db-backups-eu-central-1', region: EU_DR,     tags: tags('platform', 'dr', 'confidential'),   sse: { kms: 'dr' },              versioning: ON,  tls: true,  logsTo: ACCESS_LOGS_DR, objectLock: true },
  // Customer e-mail lists for campaigns, in Virginia.
  { name: 'kestrel-mkt-campaign-data',      region: US,         tags: tags('marketing', 'prod', 'confidential'), sse: 'AES256',                  versioning: 'Suspended', tls: false },
  { name: 'kestrel-mkt-site-assets',        region: US,         tags: tags('marketing', 'prod', 'public'),      sse: 'AES256',                   versioning: OFF, tls: false, blockPublic: 'acls-only', statements: [publicRead('kestrel-mkt-site-assets')] },
  { name: MKT_TRAIL_BUCKET,                 region: US,         tags: tags('marketing', 'prod', 'internal'),    sse: { kms: 'mkt-campaigns' },   versioning: OFF, tls: false, statements: cloudTrailWrite(MKT_TRAIL_BUCKET, [PROD]) },
];

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

function publicAccessBlock(setting: BucketSpec['blockPublic']): ResourceOf<'S3Bucket'>['publicAccessBlock'] {
  const block = (acls: boolean, policy: boolean) => ({
    blockPublicAcls: acls,
    ignorePublicAcls: acls,
    blockPublicPolicy: policy,
    restrictPublicBuckets: policy,
  });
  switch (setting ?? 'all') {
    case 'not-set':
      return null;
    case 'none':
      return block(false, false);
    case 'acls-only':
      return block(true, false);
    default:
      return block(true, true);
  }
}

function bucket(spec: BucketSpec): ResourceOf<'S3Bucket'> {
  const account = spec.account ?? PROD;
  const statements = [...(spec.tls ? [denyInsecureTransport(spec.name)] : []), ...(spec.statements ?? [])];
  const kms = typeof spec.sse === 'object' ? spec.sse.kms : undefined;
  return {
    ...base('S3Bucket', bucketArn(spec.name), spec.name, spec.region, spec.tags, account),
    encryption: kms
      ? { enabled: true, algorithm: 'aws:kms', kmsKeyId: kms.startsWith('alias/') ? kms : keyArn(kms) }
      : { enabled: true, algorithm: 'AES256' },
    publicAccessBlock: publicAccessBlock(spec.blockPublic),
    policy: statements.length > 0 ? doc(...statements) : null,
    aclGrants: [
      { grantee: hex(`canonical-user:${account}`, 64), permission: 'FULL_CONTROL' },
      ...(spec.publicAcl ? [{ grantee: ALL_USERS, permission: 'READ' }] : []),
    ],
    objectOwnership: spec.publicAcl ? 'ObjectWriter' : 'BucketOwnerEnforced',
    versioning: spec.versioning,
    mfaDelete: spec.mfaDelete ?? false,
    logging: spec.logsTo ? { targetBucket: spec.logsTo, targetPrefix: `${spec.name}/` } : null,
    objectLockEnabled: spec.objectLock ?? false,
    ...(spec.sse === 'default' && { defaults: ['encryption'] }),
  };
}

// ---------------------------------------------------------------------------------------------
// CloudTrail

function trails(): ResourceOf<'CloudTrailTrail'>[] {
  const trailArn = (region: string, name: string, account = PROD) =>
    `arn:aws:cloudtrail:${region}:${account}:trail/${name}`;
  const centralTrail = {
    homeRegion: EU_PRIMARY,
    isMultiRegion: true,
    isOrganizationTrail: false,
    includeGlobalServiceEvents: true,
    logFileValidation: true,
    kmsKeyId: keyArn('cloudtrail'),
    isLogging: true,
    s3BucketName: TRAIL_BUCKET,
    managementEvents: 'All' as const,
  };
  return [
    {
      ...base(
        'CloudTrailTrail',
        trailArn(EU_PRIMARY, 'kestrel-account-trail'),
        'kestrel-account-trail',
        EU_PRIMARY,
        tags('security', 'prod'),
      ),
      ...centralTrail,
    },
    {
      ...base(
        'CloudTrailTrail',
        trailArn(EU_PRIMARY, 'kestrel-log-archive-trail', LOGS),
        'kestrel-log-archive-trail',
        EU_PRIMARY,
        tags('security', 'prod'),
        LOGS,
      ),
      ...centralTrail,
    },
    // Marketing's own trail, made by hand for an agency's audit request.
    {
      ...base(
        'CloudTrailTrail',
        trailArn(US, 'mkt-audit-trail'),
        'mkt-audit-trail',
        US,
        tags('marketing', 'prod'),
      ),
      homeRegion: US,
      isMultiRegion: false,
      isOrganizationTrail: false,
      includeGlobalServiceEvents: false,
      logFileValidation: false,
      kmsKeyId: null,
      isLogging: true,
      s3BucketName: MKT_TRAIL_BUCKET,
      managementEvents: 'WriteOnly',
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Databases: RDS, Aurora, Redshift, DynamoDB

interface RdsSpec {
  name: string;
  region: string;
  engine: string;
  version: string;
  size: string;
  tags: Tags;
  /** Storage key (a KEYS name); null = storage not encrypted. */
  key: string | null;
  backupDays: number;
  vpc: string;
  sgs: string[];
  public?: boolean;
  autoMinorUpgrade?: boolean;
  multiAz?: boolean;
  deletionProtection?: boolean;
  cluster?: string;
}

const AURORA = {
  name: 'kestrel-fleet-telemetry',
  region: EU_PRIMARY,
  engine: 'aurora-postgresql',
  version: '15.8',
  key: 'rds',
  backupDays: 14,
  tags: tags('data', 'prod', 'confidential'),
  members: ['kestrel-fleet-telemetry-1', 'kestrel-fleet-telemetry-2'],
};

const PROTECTED = { multiAz: true, deletionProtection: true };

// biome-ignore format: one row per database reads as a table
const RDS_INSTANCES: readonly RdsSpec[] = [
  { name: 'kestrel-tms-prod',        region: EU_PRIMARY, engine: 'postgres', version: '16.4',   size: 'db.r6g.xlarge', tags: tags('operations', 'prod', 'confidential'), key: 'rds',          backupDays: 14, vpc: 'kestrel-prod', sgs: ['kestrel-db'], ...PROTECTED },
  { name: 'kestrel-payroll-db',      region: EU_PRIMARY, engine: 'mysql',    version: '8.0.39', size: 'db.m6i.large',  tags: tags('payroll', 'prod', 'restricted'),      key: 'payroll-byok', backupDays: 35, vpc: 'kestrel-prod', sgs: ['kestrel-db'], ...PROTECTED },
  // A copy for the BI agency, opened to the internet "for a week".
  { name: 'kestrel-reporting-mysql', region: EU_PRIMARY, engine: 'mysql',    version: '8.0.36', size: 'db.t3.medium',  tags: tags('data', 'prod', 'internal'),           key: 'aws/rds',      backupDays: 1,  vpc: 'kestrel-prod', sgs: ['kestrel-db'], public: true, autoMinorUpgrade: false },
  { name: 'kestrel-legacy-billing',  region: EU_PRIMARY, engine: 'mysql',    version: '5.7.44', size: 'db.t3.small',   tags: tags('finance', 'prod', 'confidential'),    key: null,           backupDays: 0,  vpc: 'kestrel-prod', sgs: ['kestrel-db'], autoMinorUpgrade: false },
  ...AURORA.members.map((name, i): RdsSpec => (
    { name, region: AURORA.region, engine: AURORA.engine, version: AURORA.version, size: 'db.r6g.large', tags: AURORA.tags, key: AURORA.key, backupDays: AURORA.backupDays, vpc: 'kestrel-prod', sgs: ['kestrel-db'], multiAz: i === 0, deletionProtection: true, cluster: AURORA.name })),
  // The CRM the agency set up: customer contacts, a public endpoint, no encryption.
  { name: 'mkt-crm-mysql',           region: US,         engine: 'mysql',    version: '8.0.35', size: 'db.t3.large',   tags: tags('marketing', 'prod', 'confidential'),  key: null,           backupDays: 1,  vpc: 'mkt-analytics', sgs: ['mkt-db'], public: true },
];

const rdsArn = (
  region: string,
  kind: 'db' | 'cluster' | 'snapshot' | 'cluster-snapshot',
  name: string,
): string => `arn:aws:rds:${region}:${PROD}:${kind}:${name}`;

function rdsInstance(spec: RdsSpec): ResourceOf<'RdsInstance'> {
  return {
    ...base('RdsInstance', rdsArn(spec.region, 'db', spec.name), spec.name, spec.region, spec.tags),
    engine: spec.engine,
    engineVersion: spec.version,
    storageEncrypted: spec.key !== null,
    ...(spec.key !== null && { kmsKeyId: keyArn(spec.key) }),
    backupRetentionDays: spec.backupDays,
    deletionProtection: spec.deletionProtection ?? false,
    vpcId: vpcIdOf(spec.vpc),
    securityGroupIds: spec.sgs.map(sgArn),
    instanceClass: spec.size,
    publiclyAccessible: spec.public ?? false,
    autoMinorVersionUpgrade: spec.autoMinorUpgrade ?? true,
    multiAz: spec.multiAz ?? false,
    ...(spec.cluster && { clusterId: rdsArn(spec.region, 'cluster', spec.cluster) }),
  };
}

function auroraCluster(): ResourceOf<'RdsCluster'> {
  return {
    ...base(
      'RdsCluster',
      rdsArn(AURORA.region, 'cluster', AURORA.name),
      AURORA.name,
      AURORA.region,
      AURORA.tags,
    ),
    engine: AURORA.engine,
    engineVersion: AURORA.version,
    storageEncrypted: true,
    kmsKeyId: keyArn(AURORA.key),
    backupRetentionDays: AURORA.backupDays,
    deletionProtection: true,
    vpcId: vpcIdOf('kestrel-prod'),
    securityGroupIds: [sgArn('kestrel-db')],
    autoMinorVersionUpgrade: true,
    memberInstanceIds: AURORA.members.map((m) => rdsArn(AURORA.region, 'db', m)),
  };
}

function rdsSnapshots(): ResourceOf<'RdsSnapshot'>[] {
  const snap = (
    kind: 'instance' | 'cluster',
    name: string,
    snapTags: Tags,
    props: { key?: string; public?: boolean; sharedWith?: string[] },
  ): ResourceOf<'RdsSnapshot'> => ({
    ...base(
      'RdsSnapshot',
      rdsArn(EU_PRIMARY, kind === 'instance' ? 'snapshot' : 'cluster-snapshot', name),
      name,
      EU_PRIMARY,
      snapTags,
    ),
    snapshotKind: kind,
    encrypted: props.key !== undefined,
    ...(props.key && { kmsKeyId: keyArn(props.key) }),
    public: props.public ?? false,
    sharedWithAccounts: props.sharedWith ?? [],
  });
  return [
    snap('instance', 'kestrel-tms-prod-pre-pg16', tags('operations', 'prod', 'confidential'), { key: 'rds' }),
    // Kept "for the auditors" and made public so their tool could restore it.
    snap('instance', 'kestrel-legacy-billing-final-2024', tags('finance', 'prod', 'confidential'), {
      public: true,
    }),
    snap('cluster', 'kestrel-fleet-telemetry-2026-10-31', AURORA.tags, { key: 'rds', sharedWith: [LOGS] }),
  ];
}

function redshiftClusters(): ResourceOf<'RedshiftCluster'>[] {
  const arn = (region: string, name: string) => `arn:aws:redshift:${region}:${PROD}:cluster:${name}`;
  return [
    {
      ...base(
        'RedshiftCluster',
        arn(EU_PRIMARY, 'kestrel-bi-warehouse'),
        'kestrel-bi-warehouse',
        EU_PRIMARY,
        tags('data', 'prod', 'confidential'),
      ),
      encrypted: true,
      kmsKeyId: keyArn('datalake'),
      publiclyAccessible: false,
      parameterGroupNames: ['kestrel-bi-require-ssl'],
      requireSsl: true,
      automatedSnapshotRetentionDays: 14,
      allowVersionUpgrade: true,
      auditLoggingEnabled: true,
      vpcId: vpcIdOf('kestrel-prod'),
    },
    {
      ...base(
        'RedshiftCluster',
        arn(US, 'mkt-attribution'),
        'mkt-attribution',
        US,
        tags('marketing', 'prod', 'internal'),
      ),
      encrypted: false,
      publiclyAccessible: true,
      parameterGroupNames: ['default.redshift-1.0'],
      requireSsl: false,
      automatedSnapshotRetentionDays: 1,
      allowVersionUpgrade: true,
      auditLoggingEnabled: false,
      vpcId: vpcIdOf('mkt-analytics'),
    },
  ];
}

/** `key` unset = the AWS owned key DynamoDB uses by default. */
// biome-ignore format: one row per table reads as a table
const TABLES: readonly { name: string; region: string; tags: Tags; pitr: boolean; key?: string; deletionProtection?: boolean }[] = [
  { name: 'kestrel-shipment-events',   region: EU_PRIMARY, tags: tags('operations', 'prod', 'internal'),    pitr: true,  deletionProtection: true },
  { name: 'kestrel-driver-profiles',   region: EU_PRIMARY, tags: tags('mobile', 'prod', 'confidential'),    pitr: true,  deletionProtection: true, key: 'datalake' },
  // Restricted customs records left on the AWS owned key.
  { name: 'kestrel-customs-clearance', region: EU_PRIMARY, tags: tags('compliance', 'prod', 'restricted'),  pitr: false },
  { name: 'kestrel-route-cache',       region: EU_PRIMARY, tags: untagged,                                  pitr: false },
  { name: 'kestrel-payroll-ledger',    region: EU_PRIMARY, tags: tags('payroll', 'prod', 'restricted'),     pitr: true,  deletionProtection: true, key: 'payroll-byok' },
  { name: 'kestrel-web-sessions',      region: EU_PRIMARY, tags: tags('platform', 'prod', 'internal'),      pitr: false, key: 'aws/dynamodb' },
  // The global table's replica in the DR region.
  { name: 'kestrel-shipment-events',   region: EU_DR,      tags: tags('operations', 'dr', 'internal'),      pitr: true,  deletionProtection: true },
  { name: 'mkt-leads',                 region: US,         tags: tags('marketing', 'prod', 'confidential'), pitr: false },
];

function table(spec: (typeof TABLES)[number]): ResourceOf<'DynamoDbTable'> {
  return {
    ...base(
      'DynamoDbTable',
      `arn:aws:dynamodb:${spec.region}:${PROD}:table/${spec.name}`,
      spec.name,
      spec.region,
      spec.tags,
    ),
    sseType: spec.key ? 'KMS' : 'AWS_OWNED',
    ...(spec.key && { kmsKeyArn: keyArn(spec.key) }),
    pointInTimeRecovery: spec.pitr,
    deletionProtection: spec.deletionProtection ?? false,
    // DescribeTable says nothing about encryption under the AWS owned key: that is the default.
    ...(!spec.key && { defaults: ['sseType'] }),
  };
}

// ---------------------------------------------------------------------------------------------
// Load balancers

function loadBalancers(): ResourceOf<'LoadBalancer'>[] {
  const elbv2 = (region: string, kind: 'app' | 'net', name: string) =>
    `arn:aws:elasticloadbalancing:${region}:${PROD}:loadbalancer/${kind}/${name}/${hex(`lb:${name}`, 16)}`;
  return [
    {
      ...base(
        'LoadBalancer',
        elbv2(EU_PRIMARY, 'app', 'kestrel-web'),
        'kestrel-web',
        EU_PRIMARY,
        tags('platform', 'prod', 'internal'),
      ),
      kind: 'application',
      scheme: 'internet-facing',
      vpcId: vpcIdOf('kestrel-prod'),
      listeners: [
        { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' },
        { port: 80, protocol: 'HTTP', redirectsToHttps: true },
      ],
      accessLogsEnabled: true,
    },
    {
      ...base(
        'LoadBalancer',
        elbv2(EU_PRIMARY, 'app', 'kestrel-api-internal'),
        'kestrel-api-internal',
        EU_PRIMARY,
        tags('platform', 'prod', 'confidential'),
      ),
      kind: 'application',
      scheme: 'internal',
      vpcId: vpcIdOf('kestrel-prod'),
      listeners: [{ port: 80, protocol: 'HTTP', redirectsToHttps: false }],
      accessLogsEnabled: false,
    },
    // The trucks' telematics units speak MQTT over TLS; their old firmware only manages TLS 1.0.
    {
      ...base(
        'LoadBalancer',
        elbv2(EU_PRIMARY, 'net', 'kestrel-telematics'),
        'kestrel-telematics',
        EU_PRIMARY,
        tags('operations', 'prod', 'confidential'),
      ),
      kind: 'network',
      scheme: 'internet-facing',
      vpcId: vpcIdOf('kestrel-prod'),
      listeners: [{ port: 8883, protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS-1-0-2015-04' }],
      accessLogsEnabled: false,
    },
    {
      ...base(
        'LoadBalancer',
        `arn:aws:elasticloadbalancing:${EU_PRIMARY}:${PROD}:loadbalancer/legacy-ftp-web`,
        'legacy-ftp-web',
        EU_PRIMARY,
        untagged,
      ),
      kind: 'classic',
      scheme: 'internet-facing',
      vpcId: vpcIdOf('kestrel-prod'),
      listeners: [{ port: 80, protocol: 'HTTP' }],
      accessLogsEnabled: false,
    },
    {
      ...base(
        'LoadBalancer',
        elbv2(US, 'app', 'mkt-wordpress'),
        'mkt-wordpress',
        US,
        tags('marketing', 'prod', 'public'),
      ),
      kind: 'application',
      scheme: 'internet-facing',
      vpcId: vpcIdOf('mkt-analytics'),
      listeners: [
        { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08' },
        { port: 80, protocol: 'HTTP', redirectsToHttps: true },
      ],
      accessLogsEnabled: false,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Serverless, containers, edge and desktops: present so the matrix shows their rows

/** A Lambda function policy statement letting an AWS service invoke, scoped or not to its source. */
function invokeBy(principal: PolicyStatement['Principal'], sid: string, sourceArn?: string): PolicyStatement {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: principal,
    Action: 'lambda:InvokeFunction',
    Resource: '*',
    ...(sourceArn && { Condition: { ArnLike: { 'AWS:SourceArn': sourceArn } } }),
  };
}

/** Two EFS file systems: the shared home directories done right, and an old scratch volume made through the API. */
function efsFileSystems(): ResourceOf<'EfsFileSystem'>[] {
  const fs = (
    name: string,
    fsTags: Tags,
    props: Omit<ResourceOf<'EfsFileSystem'>, keyof ReturnType<typeof base>>,
  ) => {
    const id = `fs-0${hex(`efs:${name}`, 16)}`;
    return {
      ...base(
        'EfsFileSystem',
        `arn:aws:elasticfilesystem:${EU_PRIMARY}:${PROD}:file-system/${id}`,
        name,
        EU_PRIMARY,
        fsTags,
      ),
      ...props,
    };
  };
  const arn = `arn:aws:elasticfilesystem:${EU_PRIMARY}:${PROD}:file-system/fs-0${hex('efs:kestrel-shared-home', 16)}`;
  return [
    fs('kestrel-shared-home', tags('data', 'prod', 'confidential'), {
      encrypted: true,
      kmsKeyId: keyArn('app-secrets'),
      fileSystemPolicy: doc({
        Sid: 'DenyNonTls',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: '*',
        Resource: arn,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
      backupPolicyStatus: 'ENABLED',
    }),
    fs('kestrel-scratch', tags('data', 'dev', 'internal'), {
      encrypted: false,
      fileSystemPolicy: null,
      backupPolicyStatus: 'DISABLED',
    }),
  ];
}

function lambdas(): ResourceOf<'LambdaFunction'>[] {
  const fn = (
    name: string,
    region: string,
    runtime: string,
    fnTags: Tags,
    props: {
      key?: string;
      vpc?: string;
      publicUrl?: boolean;
      policy?: PolicyStatement[];
      env?: Record<string, string>;
      signed?: boolean;
      updates?: 'Auto' | 'FunctionUpdate' | 'Manual';
    } = {},
  ): ResourceOf<'LambdaFunction'> => ({
    ...base('LambdaFunction', `arn:aws:lambda:${region}:${PROD}:function:${name}`, name, region, fnTags),
    runtime,
    packageType: 'Zip',
    ...(props.key && { kmsKeyArn: keyArn(props.key) }),
    vpcId: props.vpc ? vpcIdOf(props.vpc) : null,
    subnetIds: props.vpc
      ? SUBNETS.filter((s) => s.vpc === props.vpc && !s.igw).map((s) => awsId('subnet', s.name))
      : [],
    publicUrl: props.publicUrl ?? false,
    resourcePolicy: props.policy ? doc(...props.policy) : null,
    // What the values look like, redacted: the demo, like a real scan, never holds them.
    environment: envVarsOf(props.env ?? {}),
    codeSigningConfigArn: props.signed
      ? `arn:aws:lambda:${region}:${PROD}:code-signing-config:csc-0${hex(`csc:${name}`, 16)}`
      : null,
    runtimeUpdateMode: props.updates ?? 'Auto',
  });
  return [
    fn('kestrel-shipment-ingest', EU_PRIMARY, 'python3.12', tags('data', 'prod', 'internal'), {
      vpc: 'kestrel-prod',
      policy: [invokeBy({ Service: 's3.amazonaws.com' }, 'uploads', bucketArn('kestrel-shipment-uploads'))],
      env: { LOG_LEVEL: 'info', TABLE_NAME: 'shipments' },
    }),
    fn('kestrel-invoice-renderer', EU_PRIMARY, 'nodejs20.x', tags('finance', 'prod', 'confidential'), {
      key: 'app-secrets',
      vpc: 'kestrel-prod',
      env: {
        TEMPLATE_BUCKET: 'kestrel-invoice-templates',
        SMTP_PASSWORD_ARN: `arn:aws:secretsmanager:${EU_PRIMARY}:${PROD}:secret:smtp-${hex('smtp', 6)}`,
      },
      updates: 'FunctionUpdate',
    }),
    fn('kestrel-customs-webhook', EU_PRIMARY, 'nodejs18.x', tags('compliance', 'prod', 'restricted'), {
      publicUrl: true,
      policy: [invokeBy('*', 'FunctionURLAllowPublicAccess')],
      env: {
        CUSTOMS_API_TOKEN: `ghp_${hex('customs-token', 36)}`,
        CUSTOMS_ENDPOINT: 'https://customs.example',
      },
    }),
    fn('kestrel-nightly-export', EU_PRIMARY, 'python3.9', untagged, {
      policy: [invokeBy({ Service: 'events.amazonaws.com' }, 'nightly')],
      env: { EXPORT_AWS_KEY: accessKeyId('nightly-export'), DB_PASSWORD: 'Kestrel-Export-2024!' },
      updates: 'Manual',
    }),
    fn('kestrel-route-optimizer', EU_DR, 'python3.13', tags('data', 'prod', 'restricted'), {
      key: 'dr',
      vpc: 'kestrel-dr',
      signed: true,
      policy: [invokeBy({ AWS: `arn:aws:iam::${PARTNER}:root` }, 'nordhaven-carrier')],
      env: { MODEL_BUCKET: 'kestrel-route-models' },
    }),
    fn('mkt-utm-collector', US, 'nodejs20.x', tags('marketing', 'prod', 'confidential'), {
      publicUrl: true,
      env: { STRIPE_KEY: `sk_live_${hex('stripe', 24)}` },
    }),
  ];
}

function ecsServices(): ResourceOf<'EcsService'>[] {
  const svc = (
    cluster: string,
    name: string,
    launchType: 'EC2' | 'FARGATE',
    svcTags: Tags,
    assignPublicIp = false,
  ): ResourceOf<'EcsService'> => ({
    ...base(
      'EcsService',
      `arn:aws:ecs:${EU_PRIMARY}:${PROD}:service/${cluster}/${name}`,
      name,
      EU_PRIMARY,
      svcTags,
    ),
    cluster: `arn:aws:ecs:${EU_PRIMARY}:${PROD}:cluster/${cluster}`,
    launchType,
    assignPublicIp,
  });
  return [
    svc('kestrel-prod-ec2', 'route-optimizer', 'EC2', tags('data', 'prod', 'internal')),
    svc('kestrel-prod-ec2', 'geocoder', 'EC2', tags('data', 'prod', 'internal')),
    svc('kestrel-prod-fargate', 'driver-api', 'FARGATE', tags('mobile', 'prod', 'confidential')),
    svc('kestrel-prod-fargate', 'notifications', 'FARGATE', tags('mobile', 'prod', 'internal'), true),
  ];
}

function eksCluster(): ResourceOf<'EksCluster'> {
  return {
    ...base(
      'EksCluster',
      `arn:aws:eks:${EU_PRIMARY}:${PROD}:cluster/kestrel-platform`,
      'kestrel-platform',
      EU_PRIMARY,
      tags('platform', 'prod', 'internal'),
    ),
    version: '1.30',
    endpointPublicAccess: true,
    publicAccessCidrs: ['0.0.0.0/0'],
    secretsEncryptionKeyArn: keyArn('app-secrets'),
    logTypesEnabled: ['api', 'audit', 'authenticator'],
  };
}

function ecrRepositories(): ResourceOf<'EcrRepository'>[] {
  const repo = (
    name: string,
    region: string,
    repoTags: Tags,
    scanOnPush: boolean,
    tagImmutable: boolean,
    key?: string,
  ): ResourceOf<'EcrRepository'> => ({
    ...base('EcrRepository', `arn:aws:ecr:${region}:${PROD}:repository/${name}`, name, region, repoTags),
    scanOnPush,
    tagImmutable,
    encryptionType: key ? 'KMS' : 'AES256',
    ...(key && { kmsKeyId: keyArn(key) }),
  });
  return [
    repo('kestrel/route-optimizer', EU_PRIMARY, tags('data', 'prod', 'internal'), true, true, 'app-secrets'),
    repo('kestrel/driver-api', EU_PRIMARY, tags('mobile', 'prod', 'internal'), false, false),
    repo('mkt/wordpress', US, tags('marketing', 'prod', 'public'), false, false),
  ];
}

function distributions(): ResourceOf<'CloudFrontDistribution'>[] {
  const arn = (seed: string) =>
    `arn:aws:cloudfront::${PROD}:distribution/E${hex(`cf:${seed}`, 13).toUpperCase()}`;
  return [
    {
      ...base(
        'CloudFrontDistribution',
        arn('www'),
        'www.kestrelfreight.eu',
        'global',
        tags('web', 'prod', 'public'),
      ),
      viewerProtocolPolicy: 'redirect-to-https',
      minimumProtocolVersion: 'TLSv1.2_2021',
      webAclId: `arn:aws:wafv2:${US}:${PROD}:global/webacl/kestrel-edge/${uuid('waf:kestrel-edge')}`,
      loggingEnabled: true,
    },
    {
      ...base(
        'CloudFrontDistribution',
        arn('go'),
        'go.kestrelfreight.com',
        'global',
        tags('marketing', 'prod', 'public'),
      ),
      viewerProtocolPolicy: 'allow-all',
      minimumProtocolVersion: 'TLSv1',
      webAclId: null,
      loggingEnabled: false,
    },
  ];
}

function workspaces(): ResourceOf<'Workspace'>[] {
  const desk = tags('operations', 'prod', 'confidential', { Desk: 'dispatch' });
  const ws = (user: string, key: string | null): ResourceOf<'Workspace'> => ({
    ...base(
      'Workspace',
      `arn:aws:workspaces:${EU_PRIMARY}:${PROD}:workspace/ws-${hex(`ws:${user}`, 9)}`,
      user,
      EU_PRIMARY,
      desk,
    ),
    rootVolumeEncrypted: key !== null,
    userVolumeEncrypted: key !== null,
    ...(key !== null && { volumeKmsKeyId: keyArn(key) }),
  });
  return [ws('anna.visser', 'ebs'), ws('pieter.dekker', 'ebs'), ws('tomas.novak', null)];
}

// ---------------------------------------------------------------------------------------------
// The snapshot

function network(): Resource[] {
  // Attachments counted from what this estate puts in each group.
  const attached = (arn: string) =>
    [...INSTANCES, ...RDS_INSTANCES].filter((r) => r.sgs.some((sg) => sgArn(sg) === arn)).length;
  return [
    ...VPCS.map(vpc),
    ...SUBNETS.map(subnet),
    ...SECURITY_GROUPS.map((sg) => securityGroup(sg, attached(sgArn(sg.name)))),
    ...connectivity(),
  ];
}

function compute(): Resource[] {
  return [
    ...REGIONS.map(regionSettings),
    ...INSTANCES.map(instance),
    ...INSTANCES.flatMap(instanceVolumes),
    orphanVolume(),
    ...EBS_SNAPSHOTS.map(ebsSnapshot),
    ...AMIS.map(ami),
  ];
}

function databases(): Resource[] {
  return [
    ...RDS_INSTANCES.map(rdsInstance),
    auroraCluster(),
    ...rdsSnapshots(),
    ...redshiftClusters(),
    ...TABLES.map(table),
  ];
}

/** The demo estate, validated against the snapshot schema. Pure: the same snapshot on every call. */
export function buildDemoSnapshot(): Snapshot {
  const resources: Resource[] = [
    ...accounts(),
    ...USERS.map(iamUser),
    ...GROUPS.map(iamGroup),
    ...ROLES.map(iamRole),
    ...iamPolicies(),
    ...KEYS.map(kmsKey),
    ...network(),
    ...compute(),
    ...BUCKETS.map(bucket),
    ...trails(),
    ...databases(),
    ...loadBalancers(),
    ...lambdas(),
    ...efsFileSystems(),
    ...ecsServices(),
    eksCluster(),
    ...ecrRepositories(),
    ...distributions(),
    ...workspaces(),
  ];
  const seen = new Set<string>();
  for (const r of resources) {
    const checked = ResourceSchema.safeParse(r);
    if (!checked.success)
      throw new Error(`make-demo: ${r.type} ${r.id} is invalid: ${checked.error.message}`);
    if (seen.has(r.id)) throw new Error(`make-demo: duplicate id ${r.id}`);
    seen.add(r.id);
  }
  const snapshot: Snapshot = {
    $schema: '../schema/snapshot.schema.json',
    demarcSnapshot: 1,
    description:
      'Demo estate of Kestrel Freight Analytics, a fictional freight-analytics company: production in eu-west-1, ' +
      'disaster recovery in eu-central-1, and a marketing team in us-east-1. Generated by scripts/make-demo.ts; ' +
      'every name, account and address in it is invented.',
    collectedAt: DEMO_COLLECTED_AT,
    resources,
    gaps: [],
  };
  SnapshotSchema.parse(snapshot);
  return snapshot;
}

/** The file's text: two-space JSON with a final newline. */
export function renderDemoSnapshot(): string {
  return `${JSON.stringify(buildDemoSnapshot(), null, 2)}\n`;
}

/** The repository root: the nearest folder up with both package.json and tsconfig.json. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'tsconfig.json')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('make-demo: cannot find the repository root');
    dir = parent;
  }
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = join(repoRoot(), DEMO_FILE);
  const text = renderDemoSnapshot();
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file} (${JSON.parse(text).resources.length} resources)\n`);
}
