import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  AttachVpnGatewayCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateCustomerGatewayCommand,
  CreateFlowLogsCommand,
  CreateImageCommand,
  CreateInternetGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateSubnetCommand,
  CreateTransitGatewayCommand,
  CreateTransitGatewayVpcAttachmentCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  CreateVpnConnectionCommand,
  CreateVpnGatewayCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
  EnableEbsEncryptionByDefaultCommand,
  type Instance,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RevokeSecurityGroupEgressCommand,
  RevokeSecurityGroupIngressCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  AddRoleToInstanceProfileCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { ec2Collector, instanceOf } from '../../src/sources/aws/collectors/ec2.js';
import { AwsContext } from '../../src/sources/aws/context.js';
import { collectAws, type LiveScan } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, callRecorder, findingOf, gapApis, judge, named, verdicts } from './regional-support.js';

const A = 'eu-west-1';
const B = 'us-east-1';
const AMI = 'ami-0a1b2c3d4e5f60718';
const ORG_ARN = 'arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5';

/**
 * moto loads over a thousand public AMIs by default, each with a snapshot it reports as the
 * caller's own (it ignores DescribeSnapshots OwnerIds), which would make the collector read a
 * thousand snapshot attributes. One Linux AMI is all the seed needs.
 */
function oneAmiFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demarc-amis-'));
  const file = join(dir, 'amis.json');
  writeFileSync(
    file,
    JSON.stringify([
      {
        ami_id: AMI,
        state: 'available',
        public: true,
        owner_id: '137112412989',
        image_location: 'amazon/al2023',
        root_device_type: 'ebs',
        root_device_name: '/dev/xvda',
        description: 'Amazon Linux',
        image_type: 'machine',
        architecture: 'x86_64',
        name: 'al2023-ami-minimal',
        virtualization_type: 'hvm',
        hypervisor: 'xen',
      },
    ]),
  );
  return file;
}

async function ids<T>(promise: Promise<T>, pick: (out: T) => string | undefined): Promise<string> {
  const id = pick(await promise);
  assert.ok(id, 'seed call returned no id');
  return id;
}

/** Seeds two regions through the SDK; returns the ids the assertions need. */
async function seed() {
  const a = new EC2Client({ region: A });
  const b = new EC2Client({ region: B });
  await a.send(new EnableEbsEncryptionByDefaultCommand({}));

  const tag = (Name: string, extra: Record<string, string> = {}) =>
    Object.entries({ Name, ...extra }).map(([Key, Value]) => ({ Key, Value }));
  const vpcLogged = await ids(
    a.send(
      new CreateVpcCommand({
        CidrBlock: '10.10.0.0/16',
        TagSpecifications: [{ ResourceType: 'vpc', Tags: tag('logged') }],
      }),
    ),
    (o) => o.Vpc?.VpcId,
  );
  const vpcQuiet = await ids(
    a.send(
      new CreateVpcCommand({
        CidrBlock: '10.20.0.0/16',
        TagSpecifications: [{ ResourceType: 'vpc', Tags: tag('quiet') }],
      }),
    ),
    (o) => o.Vpc?.VpcId,
  );
  const vpcBroken = await ids(
    a.send(
      new CreateVpcCommand({
        CidrBlock: '10.30.0.0/16',
        TagSpecifications: [{ ResourceType: 'vpc', Tags: tag('broken-log') }],
      }),
    ),
    (o) => o.Vpc?.VpcId,
  );
  // A flow log to an existing bucket delivers; one to a missing log group is created but fails.
  await new S3Client({ region: A, forcePathStyle: true }).send(
    new CreateBucketCommand({ Bucket: 'flow-logs', CreateBucketConfiguration: { LocationConstraint: A } }),
  );
  await a.send(
    new CreateFlowLogsCommand({
      ResourceIds: [vpcLogged],
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 's3',
      LogDestination: 'arn:aws:s3:::flow-logs',
    }),
  );
  await a.send(
    new CreateFlowLogsCommand({
      ResourceIds: [vpcBroken],
      ResourceType: 'VPC',
      TrafficType: 'REJECT',
      LogGroupName: 'missing-group',
      DeliverLogsPermissionArn: 'arn:aws:iam::123456789012:role/flow-logs',
    }),
  );

  // A public subnet (route to an internet gateway) in the logged VPC; a private one in the quiet VPC.
  const igw = await ids(
    a.send(new CreateInternetGatewayCommand({})),
    (o) => o.InternetGateway?.InternetGatewayId,
  );
  await a.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpcLogged }));
  const publicSubnet = await ids(
    a.send(
      new CreateSubnetCommand({
        VpcId: vpcLogged,
        CidrBlock: '10.10.1.0/24',
        TagSpecifications: [{ ResourceType: 'subnet', Tags: tag('public-a') }],
      }),
    ),
    (o) => o.Subnet?.SubnetId,
  );
  const table = await ids(
    a.send(new CreateRouteTableCommand({ VpcId: vpcLogged })),
    (o) => o.RouteTable?.RouteTableId,
  );
  await a.send(
    new CreateRouteCommand({ RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }),
  );
  await a.send(new AssociateRouteTableCommand({ RouteTableId: table, SubnetId: publicSubnet }));
  await a.send(
    new CreateSubnetCommand({
      VpcId: vpcQuiet,
      CidrBlock: '10.20.1.0/24',
      TagSpecifications: [{ ResourceType: 'subnet', Tags: tag('private-a') }],
    }),
  );

  // Security groups: SSH open to the world on IPv4 and IPv6, and one open only inside the network.
  const openSsh = await ids(
    a.send(new CreateSecurityGroupCommand({ GroupName: 'open-ssh', Description: 'ssh', VpcId: vpcLogged })),
    (o) => o.GroupId,
  );
  await a.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: openSsh,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 22,
          ToPort: 22,
          IpRanges: [{ CidrIp: '0.0.0.0/0' }],
          Ipv6Ranges: [{ CidrIpv6: '::/0' }],
        },
      ],
    }),
  );
  const closed = await ids(
    a.send(
      new CreateSecurityGroupCommand({ GroupName: 'closed', Description: 'internal', VpcId: vpcLogged }),
    ),
    (o) => o.GroupId,
  );
  await a.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: closed,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          IpRanges: [{ CidrIp: '10.0.0.0/8' }],
          UserIdGroupPairs: [{ GroupId: openSsh }],
        },
      ],
    }),
  );
  const defaults = await a.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        { Name: 'group-name', Values: ['default'] },
        { Name: 'vpc-id', Values: [vpcLogged, vpcQuiet] },
      ],
    }),
  );
  const defaultOf = (vpc: string) => defaults.SecurityGroups?.find((g) => g.VpcId === vpc);
  const loggedDefault = defaultOf(vpcLogged);
  const quietDefault = defaultOf(vpcQuiet);
  assert.ok(loggedDefault?.GroupId && quietDefault?.GroupId);
  await a.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: loggedDefault.GroupId,
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
      ],
    }),
  );
  // Empty the quiet VPC's default group, as CIS 5.4 asks.
  if (quietDefault.IpPermissions?.length) {
    await a.send(
      new RevokeSecurityGroupIngressCommand({
        GroupId: quietDefault.GroupId,
        IpPermissions: quietDefault.IpPermissions,
      }),
    );
  }
  if (quietDefault.IpPermissionsEgress?.length) {
    await a.send(
      new RevokeSecurityGroupEgressCommand({
        GroupId: quietDefault.GroupId,
        IpPermissions: quietDefault.IpPermissionsEgress,
      }),
    );
  }

  const iam = new IAMClient({ region: A });
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'app',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    }),
  );
  const profile = await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'app' }));
  await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'app', RoleName: 'app' }));

  const run = async (
    name: string,
    extra: Partial<ConstructorParameters<typeof RunInstancesCommand>[0]>,
    tags = {},
  ) => {
    const out = await a.send(
      new RunInstancesCommand({
        ImageId: AMI,
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
        SubnetId: publicSubnet,
        TagSpecifications: [{ ResourceType: 'instance', Tags: tag(name, tags) }],
        ...extra,
      }),
    );
    return out.Instances?.[0] as Instance;
  };
  // IMDSv1 allowed, SSH open to the world, restricted data on shared hardware.
  const web = await run(
    'web-v1',
    { MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' }, SecurityGroupIds: [openSsh] },
    { DataClassification: 'restricted' },
  );
  await run('app-v2', {
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
    SecurityGroupIds: [closed],
    IamInstanceProfile: { Name: 'app' },
  });
  await run('no-imds', {
    MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'disabled' },
    SecurityGroupIds: [closed],
  });

  // AMIs: one made public, one private.
  const publicImage = await ids(
    a.send(new CreateImageCommand({ InstanceId: web.InstanceId, Name: 'golden-public' })),
    (o) => o.ImageId,
  );
  await a.send(
    new ModifyImageAttributeCommand({ ImageId: publicImage, LaunchPermission: { Add: [{ Group: 'all' }] } }),
  );
  await a.send(new CreateImageCommand({ InstanceId: web.InstanceId, Name: 'golden-private' }));
  const orgImage = await ids(
    a.send(new CreateImageCommand({ InstanceId: web.InstanceId, Name: 'golden-org' })),
    (o) => o.ImageId,
  );
  await a.send(
    new ModifyImageAttributeCommand({
      ImageId: orgImage,
      LaunchPermission: { Add: [{ OrganizationArn: ORG_ARN }] },
    }),
  );

  // VPN: a virtual private gateway attached to the logged VPC with a connection on it; a transit
  // gateway attached to the quiet VPC.
  const vgw = await ids(
    a.send(
      new CreateVpnGatewayCommand({
        Type: 'ipsec.1',
        TagSpecifications: [{ ResourceType: 'vpn-gateway', Tags: tag('vgw-office') }],
      }),
    ),
    (o) => o.VpnGateway?.VpnGatewayId,
  );
  await a.send(new AttachVpnGatewayCommand({ VpnGatewayId: vgw, VpcId: vpcLogged }));
  const cgw = await ids(
    a.send(new CreateCustomerGatewayCommand({ Type: 'ipsec.1', BgpAsn: 65000, PublicIp: '203.0.113.10' })),
    (o) => o.CustomerGateway?.CustomerGatewayId,
  );
  await a.send(
    new CreateVpnConnectionCommand({
      Type: 'ipsec.1',
      CustomerGatewayId: cgw,
      VpnGatewayId: vgw,
      TagSpecifications: [{ ResourceType: 'vpn-connection', Tags: tag('vpn-office') }],
    }),
  );
  const tgw = await ids(
    a.send(new CreateTransitGatewayCommand({})),
    (o) => o.TransitGateway?.TransitGatewayId,
  );
  const quietSubnet = (await a.send(new CreateSubnetCommand({ VpcId: vpcQuiet, CidrBlock: '10.20.2.0/24' })))
    .Subnet?.SubnetId;
  await a.send(
    new CreateTransitGatewayVpcAttachmentCommand({
      TransitGatewayId: tgw,
      VpcId: vpcQuiet,
      SubnetIds: [quietSubnet as string],
    }),
  );

  // Region B: encryption by default off; one encrypted and one plain volume; snapshots of the plain
  // one, one public and one shared with a named account.
  const volume = (Name: string, Encrypted: boolean) =>
    ids(
      b.send(
        new CreateVolumeCommand({
          AvailabilityZone: `${B}a`,
          Size: 8,
          Encrypted,
          TagSpecifications: [{ ResourceType: 'volume', Tags: tag(Name) }],
        }),
      ),
      (o) => o.VolumeId,
    );
  await volume('vol-encrypted', true);
  const plain = await volume('vol-plain', false);
  const snapshot = (Name: string) =>
    ids(
      b.send(
        new CreateSnapshotCommand({
          VolumeId: plain,
          TagSpecifications: [{ ResourceType: 'snapshot', Tags: tag(Name) }],
        }),
      ),
      (o) => o.SnapshotId,
    );
  const publicSnap = await snapshot('snap-public');
  await b.send(
    new ModifySnapshotAttributeCommand({
      SnapshotId: publicSnap,
      Attribute: 'createVolumePermission',
      OperationType: 'add',
      GroupNames: ['all'],
    }),
  );
  const sharedSnap = await snapshot('snap-shared');
  await b.send(
    new ModifySnapshotAttributeCommand({
      SnapshotId: sharedSnap,
      Attribute: 'createVolumePermission',
      OperationType: 'add',
      UserIds: ['111122223333'],
    }),
  );
  return { vpcLogged, vpcQuiet, openSsh, closed, tgw, vgw, plain, profileArn: profile.InstanceProfile?.Arn };
}

describe('live EC2 collector against moto', () => {
  let seeded: Awaited<ReturnType<typeof seed>>;
  let live: LiveScan;
  const calls = callRecorder();

  motoForSuite({ MOTO_AMIS_PATH: oneAmiFile() });
  before(async () => {
    seeded = await seed();
    live = await collectAws({ regions: [A, B], maxAttempts: 2, onCall: calls.onCall }, [ec2Collector]);
  });

  it('only reads: every request is a Describe, Get or List', () => {
    calls.assertReadOnly();
  });

  it('produces schema-valid resources in both regions', () => {
    assertValid(live.inventory);
    const regions = new Set(live.inventory.resources.map((r) => r.region));
    assert.deepEqual([...regions].sort(), [A, B].sort());
  });

  it('maps instances: metadata options, network, volumes as ARNs, instance profile', () => {
    const web = named(live.inventory, 'Ec2Instance', 'web-v1');
    assert.match(web.id, /^arn:aws:ec2:eu-west-1:123456789012:instance\/i-/);
    assert.equal(web.state, 'running');
    assert.equal(web.tenancy, 'default');
    assert.equal(web.metadataHttpTokens, 'optional');
    assert.equal(web.metadataEndpointEnabled, true);
    assert.equal(web.imageId, AMI);
    assert.equal(web.vpcId, seeded.vpcLogged);
    assert.deepEqual(web.securityGroupIds, [
      `arn:aws:ec2:${A}:123456789012:security-group/${seeded.openSsh}`,
    ]);
    assert.equal(web.instanceProfileArn, null);
    assert.ok(web.volumeIds && web.volumeIds.length > 0);
    for (const v of web.volumeIds) assert.match(v, /^arn:aws:ec2:eu-west-1:123456789012:volume\/vol-/);
    assert.equal(web.tags.DataClassification, 'restricted');

    const app = named(live.inventory, 'Ec2Instance', 'app-v2');
    assert.equal(app.metadataHttpTokens, 'required');
    assert.equal(app.instanceProfileArn, seeded.profileArn);
    assert.equal(named(live.inventory, 'Ec2Instance', 'no-imds').metadataEndpointEnabled, false);
  });

  it('leaves the SSM fields unknown when moto cannot answer DescribeInstanceInformation', () => {
    // moto 5.2.5 does not implement ssm:DescribeInstanceInformation nor DescribeInstancePatchStates.
    const gaps = gapApis(live.inventory);
    assert.ok(gaps.has('ssm:DescribeInstanceInformation'));
    assert.ok(gaps.has('ssm:DescribeInstancePatchStates'));
    const web = named(live.inventory, 'Ec2Instance', 'web-v1');
    assert.equal(web.ssmManaged, undefined);
    assert.equal(web.patchCompliance, undefined);
    // An enrichment failure is a detail gap on the instances, not a failed listing of them.
    for (const gap of live.inventory.gaps.filter((g) => g.service === 'ssm')) {
      assert.deepEqual(gap.resourceTypes, ['Ec2Instance']);
      assert.equal(gap.detail, true);
    }
    const result = judge(live.inventory);
    const managed = findingOf(result, 'ssm-instance-managed', 'web-v1');
    assert.equal(managed.status, 'not_assessed');
    assert.match(managed.reason, /ssm:DescribeInstanceInformation failed/);
    assert.ok(
      !result.findings.some(
        (f) => f.resource.id.startsWith('unlisted:') && f.resource.type === 'Ec2Instance',
      ),
    );
  });

  it('maps security groups: rules, default group, attachment counts', () => {
    const open = named(live.inventory, 'SecurityGroup', 'open-ssh');
    assert.equal(open.id, `arn:aws:ec2:${A}:123456789012:security-group/${seeded.openSsh}`);
    assert.equal(open.isDefault, false);
    assert.deepEqual(open.ingress, [
      {
        protocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        ipv4Ranges: ['0.0.0.0/0'],
        ipv6Ranges: ['::/0'],
        sourceGroupIds: [],
        prefixListIds: [],
      },
    ]);
    assert.equal(open.attachmentCount, 1);
    const closed = named(live.inventory, 'SecurityGroup', 'closed');
    assert.deepEqual(closed.ingress?.[0]?.sourceGroupIds, [seeded.openSsh]);
    assert.equal(closed.attachmentCount, 2);
    const defaults = live.inventory
      .ofType('SecurityGroup')
      .filter((g) => g.isDefault && g.vpcId === seeded.vpcLogged);
    assert.equal(defaults.length, 1);
    assert.ok(defaults[0]?.ingress?.some((r) => r.fromPort === 3306));
  });

  it('maps VPCs (flow logs, transit gateways) and subnets (routes to an internet gateway)', () => {
    const logged = named(live.inventory, 'Vpc', 'logged');
    assert.equal(logged.flowLogs?.length, 1);
    assert.deepEqual({ ...logged.flowLogs?.[0], id: 'x' }, { id: 'x', trafficType: 'ALL', active: true });
    assert.deepEqual(logged.transitGatewayIds, []);
    const broken = named(live.inventory, 'Vpc', 'broken-log');
    assert.deepEqual({ ...broken.flowLogs?.[0], id: 'x' }, { id: 'x', trafficType: 'REJECT', active: false });
    const quiet = named(live.inventory, 'Vpc', 'quiet');
    assert.deepEqual(quiet.flowLogs, []);
    assert.deepEqual(quiet.transitGatewayIds, [seeded.tgw]);
    assert.equal(named(live.inventory, 'Subnet', 'public-a').routesToInternetGateway, true);
    assert.equal(named(live.inventory, 'Subnet', 'private-a').routesToInternetGateway, false);
  });

  it('maps VPN gateways and connections', () => {
    const vgw = named(live.inventory, 'VpnGateway', 'vgw-office');
    assert.deepEqual(vgw.attachedVpcIds, [seeded.vpcLogged]);
    const vpn = named(live.inventory, 'VpnConnection', 'vpn-office');
    assert.equal(vpn.vpnGatewayId, seeded.vgw);
    assert.equal(vpn.state, 'available');
    // moto reports no tunnel telemetry (VgwTelemetry), so the tunnel count stays unknown.
    assert.equal(vpn.tunnelsUp, undefined);
  });

  it('maps the EBS region settings of each region', () => {
    const settings = (region: string) =>
      live.inventory.ofType('Ec2RegionSettings').find((s) => s.region === region);
    assert.equal(settings(A)?.id, `ec2-settings:123456789012:${A}`);
    assert.equal(settings(A)?.ebsEncryptionByDefault, true);
    assert.equal(settings(B)?.ebsEncryptionByDefault, false);
    // moto 5.2.5 implements neither GetEbsDefaultKmsKeyId nor GetImageBlockPublicAccessState.
    assert.equal(settings(A)?.ebsDefaultKmsKeyId, undefined);
    assert.equal(settings(A)?.imageBlockPublicAccess, undefined);
    const gap = live.inventory.gaps.find(
      (g) => g.api === 'ec2:GetImageBlockPublicAccessState' && g.region === A,
    );
    assert.equal(gap?.resourceId, `ec2-settings:123456789012:${A}`);
  });

  it('maps volumes, snapshots (sharing) and AMIs (public)', () => {
    assert.equal(named(live.inventory, 'EbsVolume', 'vol-encrypted').encrypted, true);
    const plain = named(live.inventory, 'EbsVolume', 'vol-plain');
    assert.equal(plain.encrypted, false);
    assert.equal(plain.id, `arn:aws:ec2:${B}:123456789012:volume/${seeded.plain}`);
    const pub = named(live.inventory, 'EbsSnapshot', 'snap-public');
    assert.match(pub.id, /^arn:aws:ec2:us-east-1::snapshot\/snap-/);
    assert.equal(pub.public, true);
    assert.equal(pub.volumeId, seeded.plain);
    const shared = named(live.inventory, 'EbsSnapshot', 'snap-shared');
    assert.equal(shared.public, false);
    assert.deepEqual(shared.sharedWithAccounts, ['111122223333']);
    const image = named(live.inventory, 'Ami', 'golden-public');
    assert.match(image.id, /^arn:aws:ec2:eu-west-1::image\/ami-/);
    assert.equal(image.public, true);
    assert.equal(named(live.inventory, 'Ami', 'golden-private').public, false);
  });

  it('gives the checks their verdicts through the engine', () => {
    const result = judge(live.inventory);
    const expect = verdicts(result);
    expect('ec2-instance-imdsv2-required', 'web-v1', 'fail');
    expect('ec2-instance-imdsv2-required', 'app-v2', 'pass');
    expect('ec2-instance-imdsv2-required', 'no-imds', 'pass');
    expect('ec2-instance-tenancy-meets-classification', 'web-v1', 'fail');
    expect('ec2-instance-tenancy-meets-classification', 'app-v2', 'pass');
    expect('ssm-instance-managed', 'web-v1', 'not_assessed');
    expect('ssm-instance-patch-compliance', 'web-v1', 'not_assessed');
    expect('vpc-security-group-no-public-admin-ports', 'open-ssh', 'fail');
    expect('vpc-security-group-no-public-admin-ports', 'closed', 'pass');
    expect('vpc-flow-logs-enabled', 'logged', 'pass');
    expect('vpc-flow-logs-enabled', 'quiet', 'fail');
    expect('vpc-flow-logs-enabled', 'broken-log', 'fail');
    assert.match(findingOf(result, 'vpc-flow-logs-enabled', 'broken-log').reason, /none is active/);
    // SSH is open to the world in the logged VPC even though a VPN reaches it.
    expect('vpc-management-over-private-path', 'logged', 'fail');
    assert.match(
      findingOf(result, 'vpc-management-over-private-path', 'logged').reason,
      /private path exists/,
    );
    expect('vpc-management-over-private-path', 'quiet', 'pass');
    expect('ebs-volume-encrypted', 'vol-encrypted', 'pass');
    expect('ebs-volume-encrypted', 'vol-plain', 'fail');
    expect('ebs-snapshot-not-public', 'snap-public', 'fail');
    expect('ebs-snapshot-not-public', 'snap-shared', 'pass');
    expect('ec2-ami-not-public', 'golden-public', 'fail');
    expect('ec2-ami-not-public', 'golden-private', 'pass');
    expect('ec2-ami-not-public', 'golden-org', 'pass');
    assert.match(
      findingOf(result, 'ec2-ami-not-public', 'golden-org').reason,
      /shared with arn:aws:organizations::/,
    );
    expect('ebs-encryption-by-default', `EC2 settings ${A}`, 'pass');
    expect('ebs-encryption-by-default', `EC2 settings ${B}`, 'fail');

    const defaultGroup = (vpc: string) =>
      result.findings.find(
        (f) =>
          f.checkId === 'vpc-default-security-group-closed' &&
          live.inventory.ofType('SecurityGroup').some((g) => g.id === f.resource.id && g.vpcId === vpc),
      );
    assert.equal(defaultGroup(seeded.vpcLogged)?.status, 'fail');
    assert.equal(defaultGroup(seeded.vpcQuiet)?.status, 'pass');
    // Enrichment gaps must not turn into "could not list" findings.
    assert.ok(!result.findings.some((f) => f.resource.id.startsWith('unlisted:')));
  });
});

describe('EC2 mapping of what moto cannot seed', () => {
  const ctx = new AwsContext('123456789012', 'aws', {});
  const noSsm = { managed: undefined, patchStates: new Map(), patchStatesRead: new Set<string>() };

  it('maps dedicated and host tenancy (moto always reports default)', () => {
    assert.equal(
      instanceOf(ctx, A, { InstanceId: 'i-1', Placement: { Tenancy: 'dedicated' } }, noSsm).tenancy,
      'dedicated',
    );
    assert.equal(
      instanceOf(ctx, A, { InstanceId: 'i-2', Placement: { Tenancy: 'host' } }, noSsm).tenancy,
      'host',
    );
    assert.equal(instanceOf(ctx, A, { InstanceId: 'i-3' }, noSsm).tenancy, undefined);
  });
});
