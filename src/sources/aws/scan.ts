import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { InputError } from '../../errors.js';
import { Inventory } from '../../inventory/inventory.js';
import type { Resource } from '../../inventory/resources.js';
import type { Collector } from './collector.js';
import { COLLECTORS } from './collectors/index.js';
import { AwsContext, type AwsScanOptions, describeError } from './context.js';

/** Where global services are read from, per partition. */
const HOME_REGION: Record<string, string> = {
  aws: 'us-east-1',
  'aws-us-gov': 'us-gov-west-1',
  'aws-cn': 'cn-north-1',
};

export interface LiveScan {
  inventory: Inventory;
  account: string;
  regions: string[];
}

async function whoAmI(
  region: string,
  options: AwsScanOptions,
): Promise<{ account: string; partition: string }> {
  const probe = new AwsContext('', 'aws', options);
  try {
    const identity = await probe.client(STSClient, region).send(new GetCallerIdentityCommand({}));
    const partition = identity.Arn?.split(':')[1] ?? 'aws';
    if (!identity.Account) throw new Error('no account in the caller identity');
    return { account: identity.Account, partition };
  } catch (error) {
    // Without an identity nothing can be read: this is a usage problem, not a gap.
    throw new InputError(`AWS credentials: sts:GetCallerIdentity failed: ${describeError(error)}`);
  }
}

async function enabledRegions(ctx: AwsContext, home: string): Promise<string[] | undefined> {
  const out = await ctx.call(
    { service: 'ec2', region: home, api: 'ec2:DescribeRegions', resourceTypes: [] },
    () => ctx.client(EC2Client, home).send(new DescribeRegionsCommand({ AllRegions: false })),
  );
  return out?.Regions?.map((r) => r.RegionName)
    .filter((r): r is string => Boolean(r))
    .sort();
}

/** Reads an AWS account, read-only: global collectors once, regional ones per region. */
export async function collectAws(
  options: AwsScanOptions,
  collectors: readonly Collector[] = COLLECTORS,
): Promise<LiveScan> {
  const firstRegion =
    options.regions?.[0] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const { account, partition } = await whoAmI(firstRegion, options);
  const ctx = new AwsContext(account, partition, options);
  const home = HOME_REGION[partition] ?? firstRegion;
  const regions = options.regions ?? (await enabledRegions(ctx, home)) ?? [firstRegion];

  const jobs: { collector: Collector; region: string }[] = [];
  for (const collector of collectors) {
    if (collector.scope === 'global') jobs.push({ collector, region: home });
    else for (const region of regions) jobs.push({ collector, region });
  }
  const resources: Resource[] = [];
  await Promise.all(
    jobs.map(async ({ collector, region }) => {
      ctx.progress({ kind: 'start', service: collector.service, region });
      const before = ctx.gaps.length;
      let found: Resource[] = [];
      try {
        found = await collector.collect(ctx, region);
      } catch (error) {
        // A collector bug must not end the scan or hide the service: record it as a gap.
        ctx.recordGap({
          service: collector.service,
          region,
          api: `${collector.service}:collect`,
          error: describeError(error),
          resourceTypes: [],
        });
      }
      resources.push(...found);
      ctx.progress({
        kind: 'done',
        service: collector.service,
        region,
        resources: found.length,
        gaps: ctx.gaps.length - before,
      });
    }),
  );
  return { inventory: new Inventory(resources, ctx.gaps), account, regions };
}
