import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { InputError } from '../../errors.js';
import { Inventory } from '../../inventory/inventory.js';
import type { Resource } from '../../inventory/resources.js';
import { PARTITIONS, type Partition, partitionOfRegion } from '../../model/regions.js';
import type { Collector } from './collector.js';
import { COLLECTORS } from './collectors/index.js';
import { AwsContext, type AwsScanOptions, describeError } from './context.js';

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

/** Where global services (IAM, S3's bucket list) are read: the partition's home region. */
export function homeRegion(partition: string, fallback: string): string {
  return Object.hasOwn(PARTITIONS, partition) ? PARTITIONS[partition as Partition].homeRegion : fallback;
}

/**
 * The regions a scan without --region reads: those DescribeRegions lists as enabled for the
 * account, and only in the account's own partition (an emulator lists China and GovCloud to any
 * caller; a commercial account cannot reach them).
 */
export function readableRegions(
  listed: readonly { RegionName?: string | undefined; OptInStatus?: string | undefined }[],
  partition: string,
): string[] {
  return listed
    .filter((r) => r.OptInStatus !== 'not-opted-in')
    .map((r) => r.RegionName)
    .filter((r): r is string => Boolean(r) && partitionOfRegion(r as string) === partition)
    .sort();
}

async function enabledRegions(ctx: AwsContext, home: string): Promise<string[] | undefined> {
  const out = await ctx.call(
    { service: 'ec2', region: home, api: 'ec2:DescribeRegions', resourceTypes: [] },
    () => ctx.client(EC2Client, home).send(new DescribeRegionsCommand({ AllRegions: false })),
  );
  const regions = out?.Regions && readableRegions(out.Regions, ctx.partition);
  return regions && regions.length > 0 ? regions : undefined;
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
  const home = homeRegion(partition, firstRegion);
  const regions = options.regions ?? (await enabledRegions(ctx, home)) ?? [firstRegion];

  // Global collectors report only what lies in the scanned regions (S3 buckets live in one).
  ctx.scanRegions = regions;
  const jobs: { collector: Collector; region: string }[] = [];
  for (const collector of collectors) {
    if (collector.scope === 'global') jobs.push({ collector, region: home });
    else for (const region of regions) jobs.push({ collector, region });
  }
  const resources: Resource[] = [];
  await Promise.all(
    jobs.map(async ({ collector, region }) => {
      ctx.progress({ kind: 'start', service: collector.service, region });
      // Jobs run side by side: each counts only the gaps its own calls leave.
      const { value: found, gaps } = await ctx.runJob(async () => {
        try {
          return await collector.collect(ctx, region);
        } catch (error) {
          // A collector bug must not end the scan or hide the service: record it as a gap.
          ctx.recordGap({
            service: collector.service,
            region,
            api: `${collector.service}:collect`,
            error: describeError(error),
            resourceTypes: [],
          });
          return [] as Resource[];
        }
      });
      resources.push(...found);
      ctx.progress({ kind: 'done', service: collector.service, region, resources: found.length, gaps });
    }),
  );
  return { inventory: new Inventory(resources, ctx.gaps), account, regions };
}
