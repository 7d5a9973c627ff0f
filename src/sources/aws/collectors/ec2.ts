import { EC2Client, type Instance, paginateDescribeInstances } from '@aws-sdk/client-ec2';
import type { Ec2Instance } from '../../../inventory/kinds/ec2.js';
import type { Resource } from '../../../inventory/resources.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { readNetwork } from './ec2-network.js';
import { readStorage } from './ec2-storage.js';
import { baseOf, ec2Arn, listAll, nameOf, tagsOf } from './regional-kit.js';
import { readSsmFacts, type SsmFacts, ssmFieldsOf } from './ssm.js';

const TENANCIES = new Set(['default', 'dedicated', 'host']);

/** One instance as the inventory models it; SSM fields come from the same region's SSM facts. */
export function instanceOf(
  ctx: AwsContext,
  region: string,
  instance: Instance & { InstanceId: string },
  ssm: SsmFacts,
): Ec2Instance {
  const id = instance.InstanceId;
  const tags = tagsOf(instance.Tags);
  const tenancy = instance.Placement?.Tenancy;
  const metadata = instance.MetadataOptions;
  return {
    type: 'Ec2Instance',
    ...baseOf(ctx, region, ec2Arn(ctx, region, `instance/${id}`), nameOf(tags, id), tags),
    state: instance.State?.Name,
    tenancy: tenancy && TENANCIES.has(tenancy) ? (tenancy as Ec2Instance['tenancy']) : undefined,
    metadataHttpTokens: metadata?.HttpTokens,
    metadataEndpointEnabled: metadata?.HttpEndpoint ? metadata.HttpEndpoint === 'enabled' : undefined,
    imageId: instance.ImageId,
    vpcId: instance.VpcId,
    subnetId: instance.SubnetId,
    securityGroupIds: instance.SecurityGroups?.flatMap((g) =>
      g.GroupId ? [ec2Arn(ctx, region, `security-group/${g.GroupId}`)] : [],
    ),
    publicIp: instance.PublicIpAddress ?? null,
    volumeIds: instance.BlockDeviceMappings?.flatMap((m) =>
      m.Ebs?.VolumeId ? [ec2Arn(ctx, region, `volume/${m.Ebs.VolumeId}`)] : [],
    ),
    instanceProfileArn: instance.IamInstanceProfile?.Arn ?? null,
    // Platform is only set for Windows; PlatformDetails names every platform.
    platform: instance.PlatformDetails ?? instance.Platform,
    ...ssmFieldsOf(ssm, id),
  };
}

async function readInstances(ctx: AwsContext, client: EC2Client, region: string): Promise<Resource[]> {
  const reservations = await listAll(
    ctx,
    { service: 'ec2', region, api: 'ec2:DescribeInstances', resourceTypes: ['Ec2Instance'] },
    () => paginateDescribeInstances({ client }, {}),
    (page) => page.Reservations,
  );
  if (!reservations) return [];
  const instances = reservations
    .flatMap((r) => r.Instances ?? [])
    .filter((i): i is Instance & { InstanceId: string } => Boolean(i.InstanceId));
  const ssm = await readSsmFacts(
    ctx,
    region,
    instances.filter((i) => i.State?.Name !== 'terminated').map((i) => i.InstanceId),
  );
  return instances.map((i) => instanceOf(ctx, region, i, ssm));
}

/**
 * EC2 and the network and storage around it, per region: instances (with their SSM state),
 * security groups, VPCs, subnets, VPN gateways and connections, EBS settings, volumes, snapshots and
 * the account's AMIs. Direct Connect interfaces are not read: @aws-sdk/client-direct-connect is not
 * a dependency.
 */
export const ec2Collector: Collector = {
  service: 'ec2',
  scope: 'regional',
  async collect(ctx, region) {
    const client = ctx.client(EC2Client, region);
    const parts = await Promise.all([
      readInstances(ctx, client, region),
      readNetwork(ctx, client, region),
      readStorage(ctx, client, region),
    ]);
    return parts.flat();
  },
};
