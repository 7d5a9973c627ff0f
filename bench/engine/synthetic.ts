import type { Resource } from '../../src/inventory/resources.js';

const ACCOUNT = '123456789012';
const REGIONS = ['eu-west-1', 'eu-central-1', 'us-east-1'];
const CLASSES = ['public', 'internal', 'confidential', 'restricted', undefined];
const NOW = Date.parse('2026-11-01T00:00:00Z');
const DAY = 86_400_000;

function base(type: string, i: number, region: string, service: string, kind: string) {
  const cls = CLASSES[i % CLASSES.length];
  return {
    type,
    id: `arn:aws:${service}:${region}:${ACCOUNT}:${kind}/${type.toLowerCase()}-${i}`,
    name: `${type.toLowerCase()}-${i}`,
    account: ACCOUNT,
    region,
    tags: cls ? { DataClassification: cls, Team: `team-${i % 40}` } : { Team: `team-${i % 40}` },
    source: { kind: 'snapshot' as const },
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One resource of a realistic mix, with configurations varied by index so every check sees passes,
 * fails and unknowns. Relationships point at resources the same generator makes (VPCs, keys).
 */
function make(i: number): Resource {
  const region = REGIONS[i % REGIONS.length] as string;
  const vpcIndex = Math.floor(i / 200) * 200 + 9;
  const vpcId = `vpc-${vpcIndex}`;
  const keyArn = `arn:aws:kms:${region}:${ACCOUNT}:key/kmskey-${Math.floor(i / 100) * 100 + 10}`;
  const odd = i % 7;
  switch (i % 20) {
    case 0:
    case 1:
    case 2:
      return {
        ...base('S3Bucket', i, region, 's3', 'bucket'),
        encryption:
          odd === 0
            ? undefined
            : {
                enabled: true,
                algorithm: odd > 3 ? 'aws:kms' : 'AES256',
                kmsKeyId: odd > 3 ? keyArn : undefined,
              },
        publicAccessBlock:
          odd === 1
            ? null
            : {
                blockPublicAcls: true,
                ignorePublicAcls: true,
                blockPublicPolicy: odd !== 2,
                restrictPublicBuckets: true,
              },
        policy:
          odd === 3
            ? null
            : {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Deny',
                    Principal: '*',
                    Action: 's3:*',
                    Resource: '*',
                    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                  },
                ],
              },
        aclGrants: [{ grantee: 'owner-canonical-id', permission: 'FULL_CONTROL' }],
        objectOwnership: 'BucketOwnerEnforced',
        versioning: odd % 2 === 0 ? 'Enabled' : 'Suspended',
        logging: odd === 5 ? null : { targetBucket: 'logs' },
      } as Resource;
    case 3:
    case 4:
    case 5:
      return {
        ...base('EbsVolume', i, region, 'ec2', 'volume'),
        encrypted: odd !== 0,
        kmsKeyId: odd > 2 ? keyArn : undefined,
        sizeGiB: 100,
        attachedInstanceIds: [`i-${i}`],
      } as Resource;
    case 6:
    case 7:
    case 8:
      return {
        ...base('Ec2Instance', i, region, 'ec2', 'instance'),
        state: 'running',
        tenancy: odd === 6 ? 'dedicated' : 'default',
        metadataHttpTokens: odd < 3 ? 'optional' : 'required',
        metadataEndpointEnabled: true,
        vpcId,
        securityGroupIds: [`sg-${i}`],
        ssmManaged: odd !== 1,
        patchCompliance:
          odd === 2
            ? null
            : {
                status: odd === 3 ? 'NON_COMPLIANT' : 'COMPLIANT',
                missingCount: odd === 3 ? 4 : 0,
                failedCount: 0,
                lastOperationAt: iso(NOW - 3 * DAY),
              },
      } as Resource;
    case 9:
      return {
        ...base('Vpc', i, region, 'ec2', 'vpc'),
        name: vpcId,
        id: `arn:aws:ec2:${region}:${ACCOUNT}:vpc/${vpcId}`,
        vpcId: `vpc-${i}`,
        isDefault: false,
        flowLogs: odd < 4 ? [{ id: `fl-${i}`, trafficType: 'ALL', active: true }] : [],
      } as Resource;
    case 10:
    case 11:
      return {
        ...base('SecurityGroup', i, region, 'ec2', 'security-group'),
        groupId: `sg-${i}`,
        vpcId,
        isDefault: odd === 0,
        ingress: [
          {
            protocol: 'tcp',
            fromPort: 443,
            toPort: 443,
            ipv4Ranges: ['0.0.0.0/0'],
            ipv6Ranges: [],
            sourceGroupIds: [],
            prefixListIds: [],
          },
          ...(odd === 1
            ? [
                {
                  protocol: 'tcp',
                  fromPort: 22,
                  toPort: 22,
                  ipv4Ranges: ['0.0.0.0/0'],
                  ipv6Ranges: [],
                  sourceGroupIds: [],
                  prefixListIds: [],
                },
              ]
            : []),
        ],
        egress: [
          {
            protocol: '-1',
            ipv4Ranges: ['0.0.0.0/0'],
            ipv6Ranges: [],
            sourceGroupIds: [],
            prefixListIds: [],
          },
        ],
        attachmentCount: 1,
      } as Resource;
    case 12:
    case 13:
      return {
        ...base('IamUser', i, 'global', 'iam', 'user'),
        id: `arn:aws:iam::${ACCOUNT}:user/user-${i}`,
        createdAt: iso(NOW - 400 * DAY),
        consoleAccess: odd < 4,
        mfaActive: odd !== 2,
        passwordLastUsed: iso(NOW - (odd * 30 + 1) * DAY),
        accessKeys: [
          { id: `AKIA${i}`, active: true, createdAt: iso(NOW - odd * 40 * DAY), lastUsedAt: iso(NOW - DAY) },
        ],
        attachedPolicyArns: odd === 5 ? ['arn:aws:iam::aws:policy/ReadOnlyAccess'] : [],
        inlinePolicies: [],
        groups: ['engineers'],
      } as Resource;
    case 14:
      return {
        ...base('KmsKey', i, region, 'kms', 'key'),
        id: `arn:aws:kms:${region}:${ACCOUNT}:key/kmskey-${i}`,
        keyId: `kmskey-${i}`,
        aliases: [`alias/key-${i}`],
        manager: 'CUSTOMER',
        origin: odd === 4 ? 'EXTERNAL' : 'AWS_KMS',
        keyState: 'Enabled',
        keySpec: 'SYMMETRIC_DEFAULT',
        keyUsage: 'ENCRYPT_DECRYPT',
        rotationEnabled: odd !== 3,
        policy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${odd === 2 ? '999988887777' : ACCOUNT}:root` },
              Action: 'kms:*',
              Resource: '*',
            },
          ],
        },
      } as Resource;
    case 15:
    case 16:
      return {
        ...base('RdsInstance', i, region, 'rds', 'db'),
        engine: 'postgres',
        storageEncrypted: odd !== 0,
        kmsKeyId: keyArn,
        publiclyAccessible: odd === 1,
        autoMinorVersionUpgrade: odd !== 2,
        backupRetentionDays: odd * 5,
        deletionProtection: true,
        multiAz: true,
      } as Resource;
    case 17:
      return {
        ...base('DynamoDbTable', i, region, 'dynamodb', 'table'),
        sseType: odd < 3 ? 'AWS_OWNED' : 'KMS',
        kmsKeyArn: odd < 3 ? undefined : keyArn,
        pointInTimeRecovery: odd !== 4,
      } as Resource;
    case 18:
      return {
        ...base('LoadBalancer', i, region, 'elasticloadbalancing', 'loadbalancer/app'),
        kind: 'application',
        scheme: 'internet-facing',
        listeners: [
          {
            port: 443,
            protocol: 'HTTPS',
            sslPolicy: odd === 3 ? 'ELBSecurityPolicy-2016-08' : 'ELBSecurityPolicy-TLS13-1-2-2021-06',
          },
          { port: 80, protocol: 'HTTP', redirectsToHttps: odd !== 5 },
        ],
      } as Resource;
    default:
      return {
        ...base('EbsSnapshot', i, region, 'ec2', 'snapshot'),
        encrypted: odd !== 0,
        public: odd === 6,
        sharedWithAccounts: [],
      } as Resource;
  }
}

/**
 * A resource as a reader hands it over: parsed from JSON, as a snapshot file or an AWS answer is.
 * Built straight from template literals, every id and name would be a rope of string pieces that
 * V8 copies flat on first use, leaving the pieces behind: about 400 MB of garbage at 1M resources
 * that no real input has, and which made peak memory a measure of this generator.
 */
const asRead = (resource: Resource): Resource => JSON.parse(JSON.stringify(resource)) as Resource;

/** A synthetic estate of `count` resources plus its account (root, password policy, BPA). */
export function syntheticResources(count: number): Resource[] {
  const resources: Resource[] = [
    {
      ...base('AwsAccount', 0, 'global', 'organizations', 'account'),
      id: ACCOUNT,
      rootMfaEnabled: true,
      rootAccessKeysPresent: false,
      rootLastUsed: null,
      passwordPolicy: {
        minimumLength: 14,
        requireSymbols: true,
        requireNumbers: true,
        requireUppercase: true,
        requireLowercase: true,
        reusePrevention: 24,
      },
      s3PublicAccessBlock: null,
    } as Resource,
  ].map(asRead);
  for (let i = 1; i < count; i++) resources.push(asRead(make(i)));
  return resources;
}
