/**
 * A failed per-resource or enrichment call says which properties it left unknown (CoverageGap.fields),
 * so a not-assessed verdict names the call behind the property it needed and no other. One case per
 * collector, each refusing that collector's calls through the fault proxy in front of moto.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand as CreateClassicCommand,
  ElasticLoadBalancingClient,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { CreateClusterCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import type { CoverageGap } from '../../src/inventory/inventory.js';
import { KINDS } from '../../src/inventory/resources.js';
import type { Collector } from '../../src/sources/aws/collector.js';
import { ec2Collector } from '../../src/sources/aws/collectors/ec2.js';
import { elbCollector } from '../../src/sources/aws/collectors/elb.js';
import { iamCollector } from '../../src/sources/aws/collectors/iam.js';
import { rdsCollector } from '../../src/sources/aws/collectors/rds.js';
import { redshiftCollector } from '../../src/sources/aws/collectors/redshift.js';
import { collectAws, type LiveScan } from '../../src/sources/aws/scan.js';
import { findingOf, judge } from '../live/regional-support.js';
import { type FaultPlan, type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { type Moto, startMoto, useMotoEnv } from '../support/moto.js';

const REGION = 'eu-west-1';

/** Refuses the named actions of one service (query and EC2 protocols: the action is in the body). */
const denying =
  (service: string, ...actions: string[]): FaultPlan =>
  (r) =>
    r.service === service && actions.some((a) => r.key.includes(`Action=${a}&`))
      ? 'access-denied'
      : undefined;

/** The fields of the one gap a call left (the same call failing for many resources is one gap each). */
function fieldsOf(gaps: readonly CoverageGap[], api: string): string[][] {
  const found = gaps.filter((g) => g.api === api);
  assert.ok(found.length > 0, `no gap for ${api}: ${gaps.map((g) => g.api).join(', ')}`);
  return [...new Set(found.map((g) => JSON.stringify(g.fields)))].map((f) => JSON.parse(f ?? 'null'));
}

/** Every field a gap names is a property of every type it names: a typo would silently name nothing. */
function assertFieldsExist(gaps: readonly CoverageGap[]): void {
  for (const gap of gaps) {
    for (const type of gap.resourceTypes) {
      const kind = KINDS.find((k) => k.type === type);
      assert.ok(kind, `no kind ${type}`);
      const shape = Object.keys((kind.schema as unknown as { shape: object }).shape);
      for (const field of gap.fields ?? []) {
        assert.ok(shape.includes(field), `${gap.api}: ${type} has no property ${field}`);
      }
    }
  }
}

async function seed(): Promise<void> {
  const ec2 = new EC2Client({ region: REGION });
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.60.0.0/16' }))).Vpc?.VpcId as string;
  const subnet = async (cidr: string, az: string) =>
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: az }))).Subnet
      ?.SubnetId as string;
  const subnets = [await subnet('10.60.1.0/24', `${REGION}a`), await subnet('10.60.2.0/24', `${REGION}b`)];
  await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-12c6146b',
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: subnets[0],
    }),
  );

  const elbv2 = new ElasticLoadBalancingV2Client({ region: REGION });
  const group = await elbv2.send(
    new CreateTargetGroupCommand({ Name: 'fields', Protocol: 'HTTP', Port: 80, VpcId: vpc }),
  );
  const alb = await elbv2.send(
    new CreateLoadBalancerCommand({ Name: 'fields-alb', Subnets: subnets, Type: 'application' }),
  );
  await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: alb.LoadBalancers?.[0]?.LoadBalancerArn,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: group.TargetGroups?.[0]?.TargetGroupArn }],
    }),
  );
  await new ElasticLoadBalancingClient({ region: REGION }).send(
    new CreateClassicCommand({
      LoadBalancerName: 'fields-clb',
      Subnets: subnets,
      Listeners: [{ Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }],
    }),
  );

  const rds = new RDSClient({ region: REGION });
  await rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'fields-db',
      DBInstanceClass: 'db.t3.micro',
      Engine: 'postgres',
      MasterUsername: 'admin_user',
      MasterUserPassword: 'not-a-real-password-1',
      AllocatedStorage: 20,
    }),
  );
  await rds.send(
    new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'fields-db', DBSnapshotIdentifier: 'fields-snap' }),
  );
  await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: 'fields-cluster',
      Engine: 'aurora-postgresql',
      MasterUsername: 'admin_user',
      MasterUserPassword: 'not-a-real-password-1',
    }),
  );
  await rds.send(
    new CreateDBClusterSnapshotCommand({
      DBClusterIdentifier: 'fields-cluster',
      DBClusterSnapshotIdentifier: 'fields-cluster-snap',
    }),
  );

  await new RedshiftClient({ region: REGION }).send(
    new CreateClusterCommand({
      ClusterIdentifier: 'fields-warehouse',
      NodeType: 'ra3.xlplus',
      ClusterType: 'single-node',
      MasterUsername: 'admin_user',
      MasterUserPassword: 'NotARealPassword1',
    }),
  );

  const iam = new IAMClient({ region: 'us-east-1' });
  await iam.send(new CreateUserCommand({ UserName: 'fields-user' }));
  await iam.send(new CreateAccessKeyCommand({ UserName: 'fields-user' }));
  await iam.send(new CreateGroupCommand({ GroupName: 'fields-group' }));
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  };
  await iam.send(
    new CreateRoleCommand({ RoleName: 'fields-role', AssumeRolePolicyDocument: JSON.stringify(trust) }),
  );
  const policy = await iam.send(
    new CreatePolicyCommand({
      PolicyName: 'fields-policy',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      }),
    }),
  );
  await iam.send(new AttachRolePolicyCommand({ RoleName: 'fields-role', PolicyArn: policy.Policy?.Arn }));
}

describe('coverage gaps name the fields they leave unknown', { timeout: 180_000 }, () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let restore: () => void;

  before(async () => {
    moto = await startMoto();
    restore = useMotoEnv(moto);
    await seed();
    proxy = await startFaultProxy(moto.endpoint);
    process.env.AWS_ENDPOINT_URL = proxy.endpoint;
  });
  after(async () => {
    restore?.();
    await proxy?.stop();
    await moto?.stop();
  });

  async function collect(plan: FaultPlan, collector: Collector, region = REGION): Promise<LiveScan> {
    proxy.setPlan(plan);
    const live = await collectAws({ regions: [region], requestTimeoutSeconds: 5 }, [collector]);
    assertFieldsExist(live.inventory.gaps);
    return live;
  }

  it('RDS: a snapshot whose attributes cannot be read leaves its sharing unknown', async () => {
    const live = await collect(
      denying('rds', 'DescribeDBSnapshotAttributes', 'DescribeDBClusterSnapshotAttributes'),
      rdsCollector,
    );
    const { gaps } = live.inventory;
    assert.deepEqual(fieldsOf(gaps, 'rds:DescribeDBSnapshotAttributes'), [['public', 'sharedWithAccounts']]);
    assert.deepEqual(fieldsOf(gaps, 'rds:DescribeDBClusterSnapshotAttributes'), [
      ['public', 'sharedWithAccounts'],
    ]);
  });

  it('Redshift: logging status and parameters each name their own field', async () => {
    const live = await collect(
      denying('redshift', 'DescribeLoggingStatus', 'DescribeClusterParameters'),
      redshiftCollector,
    );
    const { gaps } = live.inventory;
    assert.deepEqual(fieldsOf(gaps, 'redshift:DescribeLoggingStatus'), [['auditLoggingEnabled']]);
    assert.deepEqual(fieldsOf(gaps, 'redshift:DescribeClusterParameters'), [['requireSsl']]);
  });

  it('ELB: listeners, attributes and tags each name their own field, and a verdict names only its call', async () => {
    const live = await collect(
      denying('elasticloadbalancing', 'DescribeListeners', 'DescribeLoadBalancerAttributes', 'DescribeTags'),
      elbCollector,
    );
    const { gaps } = live.inventory;
    assert.deepEqual(fieldsOf(gaps, 'elasticloadbalancing:DescribeListeners'), [['listeners']]);
    assert.deepEqual(fieldsOf(gaps, 'elasticloadbalancing:DescribeLoadBalancerAttributes'), [
      ['accessLogsEnabled'],
    ]);
    assert.deepEqual(fieldsOf(gaps, 'elasticloadbalancing:DescribeTags'), [['tags']]);
    const tls = findingOf(judge(live.inventory), 'elb-listener-tls', 'fields-alb');
    assert.equal(tls.status, 'not_assessed');
    assert.match(tls.reason, /elasticloadbalancing:DescribeListeners failed/);
    assert.doesNotMatch(tls.reason, /DescribeLoadBalancerAttributes/);
  });

  it('EC2 network: each region-wide enrichment names the field it fills', async () => {
    const live = await collect(
      denying(
        'ec2',
        'DescribeNetworkInterfaces',
        'DescribeFlowLogs',
        'DescribeTransitGatewayAttachments',
        'DescribeRouteTables',
      ),
      ec2Collector,
    );
    const { gaps } = live.inventory;
    assert.deepEqual(fieldsOf(gaps, 'ec2:DescribeNetworkInterfaces'), [['attachmentCount']]);
    assert.deepEqual(fieldsOf(gaps, 'ec2:DescribeFlowLogs'), [['flowLogs']]);
    assert.deepEqual(fieldsOf(gaps, 'ec2:DescribeTransitGatewayAttachments'), [['transitGatewayIds']]);
    assert.deepEqual(fieldsOf(gaps, 'ec2:DescribeRouteTables'), [['routesToInternetGateway']]);
    // The flow-log check names the flow-log read, not the transit gateway read that also failed.
    const vpcId = live.inventory.ofType('Vpc').find((v) => v.vpcId.startsWith('vpc-') && !v.isDefault)?.name;
    assert.ok(vpcId, 'the seeded VPC was listed');
    const flowLogs = findingOf(judge(live.inventory), 'vpc-flow-logs-enabled', vpcId);
    assert.equal(flowLogs.status, 'not_assessed');
    assert.match(flowLogs.reason, /ec2:DescribeFlowLogs failed/);
    assert.doesNotMatch(flowLogs.reason, /TransitGateway|RouteTables|NetworkInterfaces/);
  });

  it('SSM: instance information and patch states name the instance fields they fill', async () => {
    const ssm: FaultPlan = (r) => (r.service === 'ssm' ? 'access-denied' : undefined);
    const { gaps } = (await collect(ssm, ec2Collector)).inventory;
    assert.deepEqual(fieldsOf(gaps, 'ssm:DescribeInstanceInformation'), [['ssmManaged', 'patchCompliance']]);
    assert.deepEqual(fieldsOf(gaps, 'ssm:DescribeInstancePatchStates'), [['patchCompliance']]);
  });

  it('IAM: each per-identity read names the property it fills', async () => {
    const live = await collect(
      denying(
        'iam',
        'ListAccessKeys',
        'ListAttachedUserPolicies',
        'ListUserPolicies',
        'ListGroupsForUser',
        'ListMFADevices',
        'ListAttachedGroupPolicies',
        'GetGroup',
        'ListAttachedRolePolicies',
        'ListRolePolicies',
        'GetPolicyVersion',
      ),
      iamCollector,
      'us-east-1',
    );
    const { gaps } = live.inventory;
    assert.deepEqual(fieldsOf(gaps, 'iam:ListAccessKeys'), [['accessKeys']]);
    assert.deepEqual(fieldsOf(gaps, 'iam:ListAttachedUserPolicies'), [['attachedPolicyArns']]);
    assert.deepEqual(fieldsOf(gaps, 'iam:ListUserPolicies'), [['inlinePolicies']]);
    assert.deepEqual(fieldsOf(gaps, 'iam:ListGroupsForUser'), [['groups']]);
    assert.deepEqual(fieldsOf(gaps, 'iam:ListMFADevices'), [['mfaActive']]);
    assert.deepEqual(fieldsOf(gaps, 'iam:ListAttachedGroupPolicies'), [['attachedPolicyArns']]);
    assert.deepEqual(fieldsOf(gaps, 'iam:GetGroup'), [['members']]);
    assert.deepEqual(fieldsOf(gaps, 'iam:ListAttachedRolePolicies'), [['attachedPolicyArns']]);
    assert.deepEqual(fieldsOf(gaps, 'iam:ListRolePolicies'), [['inlinePolicies']]);
    assert.deepEqual(fieldsOf(gaps, 'iam:GetPolicyVersion'), [['document']]);
  });
});
