import {
  type AdvancedFieldSelector,
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  type GetEventSelectorsCommandOutput,
  GetTrailStatusCommand,
  ListTagsCommand,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import type { CloudTrailTrail } from '../../../inventory/kinds/cloudtrail.js';
import { noTags } from '../../../inventory/tags.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { type CallSite, eachLimited, tagsOf } from './regional-kit.js';

type ManagementEvents = NonNullable<CloudTrailTrail['managementEvents']>;

/** Whether a value passes every operator of an advanced field selector. */
export function fieldAccepts(field: AdvancedFieldSelector, value: string): boolean {
  const checks: [string[] | undefined, (v: string) => boolean][] = [
    [field.Equals, (v) => value === v],
    [field.StartsWith, (v) => value.startsWith(v)],
    [field.EndsWith, (v) => value.endsWith(v)],
  ];
  const negated: [string[] | undefined, (v: string) => boolean][] = [
    [field.NotEquals, (v) => value === v],
    [field.NotStartsWith, (v) => value.startsWith(v)],
    [field.NotEndsWith, (v) => value.endsWith(v)],
  ];
  return (
    checks.every(([list, test]) => list === undefined || list.some(test)) &&
    negated.every(([list, test]) => list === undefined || !list.some(test))
  );
}

/**
 * Which management events a trail records, from its basic or advanced event selectors. A selector
 * counts when it records management events of every source (exclusions such as KMS or RDS Data API
 * events still count: they are what AWS lets a trail leave out).
 */
export function managementEventsOf(out: GetEventSelectorsCommandOutput): ManagementEvents {
  let reads = false;
  let writes = false;
  for (const selector of out.EventSelectors ?? []) {
    // IncludeManagementEvents and ReadWriteType default to true and All.
    if (selector.IncludeManagementEvents === false) continue;
    const type = selector.ReadWriteType ?? 'All';
    if (type !== 'WriteOnly') reads = true;
    if (type !== 'ReadOnly') writes = true;
  }
  for (const selector of out.AdvancedEventSelectors ?? []) {
    const fields = selector.FieldSelectors ?? [];
    const field = (name: string) => fields.find((f) => f.Field === name);
    const category = field('eventCategory');
    if (!category || !fieldAccepts(category, 'Management')) continue;
    const source = field('eventSource');
    if (source && (source.Equals || source.StartsWith || source.EndsWith)) continue;
    const readOnly = field('readOnly');
    if (!readOnly || fieldAccepts(readOnly, 'true')) reads = true;
    if (!readOnly || fieldAccepts(readOnly, 'false')) writes = true;
  }
  if (reads && writes) return 'All';
  if (reads) return 'ReadOnly';
  if (writes) return 'WriteOnly';
  return 'None';
}

function trailFieldsOf(
  trail: Trail,
): Pick<
  CloudTrailTrail,
  | 'homeRegion'
  | 'isMultiRegion'
  | 'isOrganizationTrail'
  | 'includeGlobalServiceEvents'
  | 'logFileValidation'
  | 'kmsKeyId'
  | 's3BucketName'
> {
  return {
    homeRegion: trail.HomeRegion,
    isMultiRegion: trail.IsMultiRegionTrail,
    isOrganizationTrail: trail.IsOrganizationTrail,
    includeGlobalServiceEvents: trail.IncludeGlobalServiceEvents,
    logFileValidation: trail.LogFileValidationEnabled,
    // DescribeTrails leaves KmsKeyId out when the logs use SSE-S3 only.
    kmsKeyId: trail.KmsKeyId ?? null,
    s3BucketName: trail.S3BucketName,
  };
}

/** The account that owns a trail: an organization trail seen from a member account is the management account's. */
function ownerOf(arn: string): string | undefined {
  return arn.split(':')[4] || undefined;
}

/** The trail properties each per-trail call fills. */
const TRAIL_FIELDS: Partial<Record<string, string[]>> = {
  GetTrailStatus: ['isLogging'],
  GetEventSelectors: ['managementEvents'],
  ListTags: ['tags'],
};

async function readTrail(ctx: AwsContext, trail: Trail & { TrailARN: string }, listedIn: string) {
  const arn = trail.TrailARN;
  const home = trail.HomeRegion ?? listedIn;
  // A trail's own settings are asked of its home region, which every trail answers for.
  const client = ctx.client(CloudTrailClient, home);
  const site = (api: string): CallSite => ({
    service: 'cloudtrail',
    region: home,
    api: `cloudtrail:${api}`,
    resourceTypes: ['CloudTrailTrail'],
    resourceId: arn,
    ...(TRAIL_FIELDS[api] && { fields: TRAIL_FIELDS[api] }),
  });
  const owner = ownerOf(arn) ?? ctx.account;
  const [status, selectors, tags] = await Promise.all([
    ctx.call(site('GetTrailStatus'), () => client.send(new GetTrailStatusCommand({ Name: arn }))),
    ctx.call(site('GetEventSelectors'), () => client.send(new GetEventSelectorsCommand({ TrailName: arn }))),
    // Another account's (organization) trail is not ours to list tags of.
    owner === ctx.account
      ? ctx.call(site('ListTags'), async () => {
          const out = await client.send(new ListTagsCommand({ ResourceIdList: [arn] }));
          return tagsOf(out.ResourceTagList?.find((r) => r.ResourceId === arn)?.TagsList);
        })
      : {},
  ]);
  const resource: CloudTrailTrail = {
    type: 'CloudTrailTrail',
    id: arn,
    name: trail.Name ?? arn,
    account: owner,
    region: home,
    tags: tags ?? noTags(),
    ...(tags === undefined && { tagsUnknown: true }),
    source: { kind: 'aws' },
    ...trailFieldsOf(trail),
    // The scanned account's own DescribeTrails returned it, so it records this account's activity.
    coversAccounts: [ctx.account],
    isLogging: status?.IsLogging,
    managementEvents: selectors ? managementEventsOf(selectors) : undefined,
  };
  return resource;
}

/** Trail ARNs already taken by one scan, so a multi-region trail listed in every region is read once. */
const claimed = new WeakMap<AwsContext, Set<string>>();

function claim(ctx: AwsContext, arn: string): boolean {
  let set = claimed.get(ctx);
  if (!set) {
    set = new Set();
    claimed.set(ctx, set);
  }
  if (set.has(arn)) return false;
  set.add(arn);
  return true;
}

/**
 * CloudTrail trails. DescribeTrails includes shadow trails (multi-region and organization trails
 * homed elsewhere), so a trail covering a scanned region is found even when its home region is not
 * scanned, and a member account sees its organization's trail; the first region to list a trail
 * claims it, and its settings are read from its home region.
 */
export const cloudtrailCollector: Collector = {
  service: 'cloudtrail',
  scope: 'regional',
  async collect(ctx, region) {
    const client = ctx.client(CloudTrailClient, region);
    const trails = await ctx.call(
      { service: 'cloudtrail', region, api: 'cloudtrail:DescribeTrails', resourceTypes: ['CloudTrailTrail'] },
      async () =>
        (await client.send(new DescribeTrailsCommand({ includeShadowTrails: true }))).trailList ?? [],
    );
    const mine = (trails ?? []).filter(
      (t): t is Trail & { TrailARN: string } => Boolean(t.TrailARN) && claim(ctx, t.TrailARN as string),
    );
    return eachLimited(ctx, mine, (t) => readTrail(ctx, t, region));
  },
};
