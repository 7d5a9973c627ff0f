/**
 * Seeds the moto emulator with a believable account through the AWS SDK (writes happen here, in
 * test and bench code only; demarc itself never writes). Used by the read-only test at small scale
 * and by the live benchmark at 2,000+ resources.
 */
import { CloudTrailClient, CreateTrailCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CreateTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  DescribeImagesCommand,
  EC2Client,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import {
  CreateBucketCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import pLimit from 'p-limit';

interface SeedOptions {
  regions: string[];
  /** Resources per region are roughly 60 × scale, plus 15 × scale global ones. */
  scale: number;
}

interface SeedSummary {
  writes: number;
  planned: number;
}

const limit = pLimit(16);
const config = (region: string) => ({ region, forcePathStyle: true, maxAttempts: 8 });

/** Creates buckets, users, policies, keys, VPCs, groups, instances, volumes, tables, databases, a trail. */
export async function seedAccount(options: SeedOptions): Promise<SeedSummary> {
  let writes = 0;
  const w = <T>(p: () => Promise<T>): Promise<T> =>
    limit(async () => {
      writes++;
      return p();
    });
  const [home] = options.regions as [string];
  const iam = new IAMClient(config(home));
  const s3 = new S3Client(config(home));
  const jobs: Promise<unknown>[] = [];

  const adminPolicy = await w(() =>
    iam.send(
      new CreatePolicyCommand({
        PolicyName: 'everything',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
        }),
      }),
    ),
  );
  for (let i = 0; i < 5 * options.scale; i++) {
    jobs.push(
      w(() => iam.send(new CreateUserCommand({ UserName: `user-${i}` }))).then(async () => {
        if (i % 2 === 0) await w(() => iam.send(new CreateAccessKeyCommand({ UserName: `user-${i}` })));
        if (i % 5 === 0) {
          await w(() =>
            iam.send(
              new AttachUserPolicyCommand({
                UserName: `user-${i}`,
                PolicyArn: adminPolicy.Policy?.Arn as string,
              }),
            ),
          );
        }
      }),
    );
  }
  for (const [r, region] of options.regions.entries()) {
    for (let i = 0; i < 5 * options.scale; i++) {
      const bucket = `seed-${r}-${i}`;
      jobs.push(
        w(() =>
          s3.send(
            new CreateBucketCommand({
              Bucket: bucket,
              ...(region !== 'us-east-1' && {
                CreateBucketConfiguration: { LocationConstraint: region as 'eu-west-1' },
              }),
            }),
          ),
        ).then(async () => {
          const regional = new S3Client(config(region));
          if (i % 2 === 0) {
            await w(() =>
              regional.send(
                new PutBucketVersioningCommand({
                  Bucket: bucket,
                  VersioningConfiguration: { Status: 'Enabled' },
                }),
              ),
            );
          }
          if (i % 3 === 0) {
            await w(() =>
              regional.send(
                new PutPublicAccessBlockCommand({
                  Bucket: bucket,
                  PublicAccessBlockConfiguration: {
                    BlockPublicAcls: true,
                    IgnorePublicAcls: true,
                    BlockPublicPolicy: true,
                    RestrictPublicBuckets: true,
                  },
                }),
              ),
            );
          }
          if (i % 4 === 0) {
            const policy = {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Deny',
                  Principal: '*',
                  Action: 's3:*',
                  Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
                  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                },
              ],
            };
            await w(() =>
              regional.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(policy) })),
            );
          }
        }),
      );
    }
  }
  await Promise.all(jobs);
  for (const region of options.regions) await seedRegion(region, options.scale, w);
  const trail = new CloudTrailClient(config(home));
  await w(() => s3.send(new CreateBucketCommand({ Bucket: 'seed-trail-logs' })));
  await w(() =>
    trail.send(
      new CreateTrailCommand({
        Name: 'org-trail',
        S3BucketName: 'seed-trail-logs',
        IsMultiRegionTrail: true,
        EnableLogFileValidation: true,
      }),
    ),
  );
  await w(() => trail.send(new StartLoggingCommand({ Name: 'org-trail' })));
  return { writes, planned: options.regions.length * 60 * options.scale + 15 * options.scale };
}

async function seedRegion(
  region: string,
  scale: number,
  w: <T>(p: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const ec2 = new EC2Client(config(region));
  const kms = new KMSClient(config(region));
  const ddb = new DynamoDBClient(config(region));
  const rds = new RDSClient(config(region));
  const image = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'], MaxResults: 5 }));
  const imageId = image.Images?.[0]?.ImageId ?? 'ami-12c6146b';
  const jobs: Promise<unknown>[] = [];
  for (let v = 0; v < Math.max(1, Math.floor(scale / 2)); v++) {
    const vpc = await w(() => ec2.send(new CreateVpcCommand({ CidrBlock: `10.${v % 250}.0.0/16` })));
    const vpcId = vpc.Vpc?.VpcId as string;
    const subnet = await w(() =>
      ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `10.${v % 250}.1.0/24` })),
    );
    for (let i = 0; i < 20; i++) {
      jobs.push(
        w(() =>
          ec2.send(
            new CreateSecurityGroupCommand({ GroupName: `sg-${v}-${i}`, Description: 'seed', VpcId: vpcId }),
          ),
        ).then(async (sg) => {
          const port = i % 3 === 0 ? 22 : 443;
          await w(() =>
            ec2.send(
              new AuthorizeSecurityGroupIngressCommand({
                GroupId: sg.GroupId,
                IpPermissions: [
                  { IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
                ],
              }),
            ),
          );
          await w(() =>
            ec2.send(
              new RunInstancesCommand({
                ImageId: imageId,
                MinCount: 1,
                MaxCount: 1,
                InstanceType: 't3.micro',
                SubnetId: subnet.Subnet?.SubnetId,
                SecurityGroupIds: [sg.GroupId as string],
                MetadataOptions: { HttpTokens: i % 2 === 0 ? 'required' : 'optional' },
              }),
            ),
          );
        }),
      );
    }
  }
  for (let i = 0; i < 10 * scale; i++) {
    jobs.push(
      w(() =>
        ec2.send(
          new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 8, Encrypted: i % 3 !== 0 }),
        ),
      ),
    );
  }
  for (let i = 0; i < 5 * scale; i++) {
    jobs.push(
      w(() => kms.send(new CreateKeyCommand({ Description: `seed key ${i}` }))).then(async (key) => {
        if (i % 2 === 0)
          await w(() => kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyMetadata?.KeyId })));
      }),
    );
  }
  for (let i = 0; i < 5 * scale; i++) {
    jobs.push(
      w(() =>
        ddb.send(
          new CreateTableCommand({
            TableName: `table-${i}`,
            AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
            KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
            BillingMode: 'PAY_PER_REQUEST',
          }),
        ),
      ).then(async () => {
        if (i % 2 === 0) {
          await w(() =>
            ddb.send(
              new UpdateContinuousBackupsCommand({
                TableName: `table-${i}`,
                PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
              }),
            ),
          );
        }
      }),
    );
  }
  for (let i = 0; i < Math.max(1, Math.floor(scale / 2)); i++) {
    jobs.push(
      w(() =>
        rds.send(
          new CreateDBInstanceCommand({
            DBInstanceIdentifier: `db-${i}`,
            DBInstanceClass: 'db.t3.micro',
            Engine: 'postgres',
            MasterUsername: 'admin',
            MasterUserPassword: 'not-a-real-password-1',
            AllocatedStorage: 20,
            StorageEncrypted: i % 2 === 0,
            PubliclyAccessible: i % 3 === 0,
            BackupRetentionPeriod: i % 2 === 0 ? 7 : 0,
          }),
        ),
      ),
    );
  }
  await Promise.all(jobs);
}
