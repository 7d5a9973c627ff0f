import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import { SERVICE_IDS } from '../model/responsibility.js';
import { PRODUCERS } from './kind.js';
import {
  asffTypeOf,
  DATA_STORE_TYPES,
  KEY_CUSTODY_TYPES,
  KINDS,
  kindOf,
  REGIONAL_DATA_TYPES,
  RESOURCE_TYPES,
  type Resource,
  type ResourceType,
  serviceOf,
  servicesOfType,
} from './resources.js';

/** The 31 kinds as they were before the registry, with the lists then kept by hand beside the code. */
const BEFORE: Record<
  string,
  { service: string; asff?: string; store?: true; regionalData?: true; custody?: true }
> = {
  AwsAccount: { service: 'iam', asff: 'AwsAccount' },
  IamUser: { service: 'iam', asff: 'AwsIamUser' },
  IamGroup: { service: 'iam', asff: 'AwsIamGroup' },
  IamRole: { service: 'iam', asff: 'AwsIamRole' },
  IamPolicy: { service: 'iam', asff: 'AwsIamPolicy' },
  Ec2Instance: { service: 'ec2', asff: 'AwsEc2Instance', regionalData: true },
  SecurityGroup: { service: 'vpc', asff: 'AwsEc2SecurityGroup' },
  Vpc: { service: 'vpc', asff: 'AwsEc2Vpc' },
  Subnet: { service: 'vpc', asff: 'AwsEc2Subnet' },
  Ec2RegionSettings: { service: 'ebs' },
  EbsVolume: { service: 'ebs', asff: 'AwsEc2Volume', store: true, regionalData: true, custody: true },
  EbsSnapshot: { service: 'ebs', store: true, regionalData: true, custody: true },
  Ami: { service: 'ec2' },
  VpnGateway: { service: 'vpc' },
  VpnConnection: { service: 'vpc', asff: 'AwsEc2VpnConnection' },
  DirectConnectInterface: { service: 'vpc' },
  S3Bucket: { service: 's3', asff: 'AwsS3Bucket', store: true, regionalData: true, custody: true },
  KmsKey: { service: 'kms', asff: 'AwsKmsKey', regionalData: true },
  CloudTrailTrail: { service: 'cloudtrail', asff: 'AwsCloudTrailTrail' },
  RdsInstance: { service: 'rds', asff: 'AwsRdsDbInstance', store: true, regionalData: true, custody: true },
  RdsCluster: { service: 'aurora', asff: 'AwsRdsDbCluster', store: true, regionalData: true, custody: true },
  RdsSnapshot: { service: 'rds', asff: 'AwsRdsDbSnapshot', store: true, regionalData: true, custody: true },
  RedshiftCluster: {
    service: 'redshift',
    asff: 'AwsRedshiftCluster',
    store: true,
    regionalData: true,
    custody: true,
  },
  DynamoDbTable: {
    service: 'dynamodb',
    asff: 'AwsDynamoDbTable',
    store: true,
    regionalData: true,
    custody: true,
  },
  LoadBalancer: { service: 'elb', regionalData: true },
  LambdaFunction: { service: 'lambda', asff: 'AwsLambdaFunction', regionalData: true, custody: true },
  EcsService: { service: 'ecs-fargate', asff: 'AwsEcsService', regionalData: true },
  EksCluster: { service: 'eks', asff: 'AwsEksCluster', regionalData: true },
  EcrRepository: { service: 'ecr', asff: 'AwsEcrRepository', regionalData: true, custody: true },
  CloudFrontDistribution: { service: 'cloudfront', asff: 'AwsCloudFrontDistribution' },
  Workspace: { service: 'workspaces', store: true, regionalData: true, custody: true },
};

const base = {
  id: 'x',
  name: 'x',
  account: '111122223333',
  region: 'eu-west-1',
  tags: {},
  source: { kind: 'aws' },
};
const as = (type: ResourceType, more: Record<string, unknown> = {}) =>
  ({ ...base, type, ...more }) as Resource;

describe('the kind registry', () => {
  it('holds each type once, under the type its schema names, with known services and producers', () => {
    assert.equal(new Set(RESOURCE_TYPES).size, KINDS.length);
    for (const kind of KINDS) {
      assert.equal(kind.schema.shape.type.value, kind.type);
      assert.equal(kindOf(kind.type), kind);
      for (const service of servicesOfType(kind.type)) assert.ok(SERVICE_IDS.includes(service), service);
      for (const producer of kind.producedBy) assert.ok(PRODUCERS.includes(producer), producer);
      assert.equal(
        new Set(kind.producedBy).size,
        kind.producedBy.length,
        `${kind.type} lists a producer twice`,
      );
    }
  });

  it('derives what the hand-kept lists said, for every kind they knew', () => {
    const known = (list: readonly string[]) => list.filter((t) => t in BEFORE).sort();
    const was = (flag: 'store' | 'regionalData' | 'custody') =>
      Object.keys(BEFORE)
        .filter((t) => BEFORE[t]?.[flag])
        .sort();
    assert.deepEqual(known(DATA_STORE_TYPES), was('store'));
    assert.deepEqual(known(REGIONAL_DATA_TYPES), was('regionalData'));
    assert.deepEqual(known(KEY_CUSTODY_TYPES), was('custody'));
    for (const [type, before] of Object.entries(BEFORE)) {
      const t = type as ResourceType;
      assert.equal(kindOf(t).service, before.service, type);
      if (t !== 'LoadBalancer') assert.equal(asffTypeOf(t, 'id'), before.asff ?? 'Other', type);
    }
  });

  it('places resources whose properties decide their row, and lists every row a kind can take', () => {
    assert.equal(serviceOf(as('RdsInstance', { engine: 'aurora-mysql' })), 'aurora');
    assert.equal(serviceOf(as('RdsInstance', { engine: 'postgres', clusterId: 'c' })), 'aurora');
    assert.equal(serviceOf(as('RdsInstance', { engine: 'postgres' })), 'rds');
    assert.equal(serviceOf(as('RdsCluster', { engine: 'postgres' })), 'rds');
    assert.equal(serviceOf(as('EcsService', { launchType: 'FARGATE' })), 'ecs-fargate');
    assert.equal(serviceOf(as('EcsService', { launchType: 'EC2' })), 'ecs-ec2');
    assert.deepEqual(servicesOfType('RdsSnapshot'), ['rds', 'aurora']);
    assert.deepEqual(servicesOfType('EcsService'), ['ecs-ec2', 'ecs-fargate']);
    assert.deepEqual(servicesOfType('S3Bucket'), ['s3']);
  });

  it('names the ASFF type of a load balancer by its ARN (v2 or classic)', () => {
    const v2 = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/0123456789abcdef';
    const classic = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/web';
    assert.equal(asffTypeOf('LoadBalancer', v2), 'AwsElbv2LoadBalancer');
    assert.equal(asffTypeOf('LoadBalancer', classic), 'AwsElbLoadBalancer');
  });
});

describe("a kind's defaults for a new resource", () => {
  const all = KINDS.flatMap((kind) =>
    Object.entries(kind.defaults as Record<string, { value: unknown; since?: string; doc: string }>).map(
      ([name, entry]) => ({ kind, name, entry }),
    ),
  );

  it('exist (S3 buckets, security groups, the account) and say where AWS documents them', () => {
    assert.ok(all.length >= 12, `${all.length} defaults`);
    for (const { kind, name, entry } of all) {
      assert.match(entry.doc, /^https:\/\/docs\.aws\.amazon\.com\//, `${kind.type}.${name}`);
      if (entry.since !== undefined)
        assert.match(entry.since, /^20\d\d-[01]\d(-[0-3]\d)?$/, `${kind.type}.${name}`);
    }
  });

  it('are values their property accepts, when named after a property', () => {
    for (const { kind, name, entry } of all) {
      const property = (kind.schema.shape as Record<string, z.ZodType>)[name];
      if (property === undefined) continue;
      const parsed = property.safeParse(entry.value);
      assert.ok(parsed.success, `${kind.type}.${name}: ${parsed.error?.message}`);
    }
  });

  it('carry the dates AWS changed them', () => {
    const s3 = kindOf('S3Bucket').defaults ?? {};
    assert.equal(s3.encryption?.since, '2023-01-05');
    assert.equal(s3.publicAccessBlock?.since, '2023-04');
    assert.equal(s3.objectOwnership?.since, '2023-04');
  });
});
