import type { ResourceOf } from '../../../inventory/resources.js';
import { type CheckContext, defineCheck, fail, notAssessed, pass, type Verdict } from '../../check.js';
import { inputName, isDeclared } from '../../lib/declared.js';

type Trail = ResourceOf<'CloudTrailTrail'>;
type Account = ResourceOf<'AwsAccount'>;

export default defineCheck({
  id: 'cloudtrail-multi-region-enabled',
  title: 'A logging multi-region CloudTrail trail records all management events',
  service: 'cloudtrail',
  duty: 'account.logging.multi-region-trail',
  severity: 'high',
  // An account over all its trails; a trail a template or plan declares, judged alone when its account is not in the input.
  resourceTypes: ['AwsAccount', 'CloudTrailTrail'],
  frameworks: { 'cis-aws-3.0': ['3.1'], 'aws-fsbp': ['CloudTrail.1'] },
  evidences: 'all',
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Create (or fix) a trail that applies to all regions, records read and write management events, and is logging (aws cloudtrail create-trail --is-multi-region-trail; start-logging); an organization trail covers every member account.',
    cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail && aws cloudtrail start-logging --name <trail>',
    cloudformation: 'IsMultiRegionTrail: true\nIsLogging: true',
    terraform: 'is_multi_region_trail = true\nenable_logging        = true',
  },
  evaluate(subject, ctx) {
    if (subject.type === 'CloudTrailTrail') return declaredTrail(subject, ctx);
    const account = subject;
    const trails = trailsCovering(account, ctx);
    const judged = trails.map((trail) => ({ trail, ...judge(trail) }));
    const good = judged.find((j) => j.shortfalls.length === 0 && j.unknown.length === 0);
    if (good) {
      const org =
        good.trail.account === account.account
          ? ''
          : ` (organization trail of account ${good.trail.account})`;
      return pass(
        `trail ${good.trail.name}${org} is multi-region, logging and records all management events`,
        {
          trail: good.trail.id,
        },
      );
    }
    const maybe = judged.filter((j) => j.shortfalls.length === 0);
    if (maybe.length > 0) {
      const details = maybe.map((j) => `${j.trail.name}: ${j.unknown.join(', ')} unknown`);
      return notAssessed(`no trail is known to qualify (${details.join('; ')})`);
    }
    const gaps = ctx.inventory.gaps.filter(
      // Only this account's listings: another account's failure hides none of its trails.
      (g) =>
        g.account === account.account &&
        g.resourceTypes.includes('CloudTrailTrail') &&
        !g.resourceId &&
        !g.detail,
    );
    if (gaps.length > 0) {
      const where = gaps.map((g) => `${g.api} in ${g.region}: ${g.error}`).join('; ');
      return notAssessed(`no qualifying trail was found, but trails could not all be listed (${where})`);
    }
    if (trails.length === 0) {
      // A template or plan shows only the trails it declares; others may exist in the account.
      if (account.source.kind === 'terraform' || account.source.kind === 'cloudformation') {
        return notAssessed('the input declares no trail, and trails created elsewhere cannot be seen');
      }
      return fail('the account has no CloudTrail trail: API activity is not recorded');
    }
    const details = judged.map((j) => `${j.trail.name}: ${j.shortfalls.join(', ')}`);
    return fail(
      `no trail is multi-region, logging and recording all management events (${details.join('; ')})`,
      {
        trails: judged.map((j) => ({ trail: j.trail.id, shortfalls: j.shortfalls })),
      },
    );
  },
});

/**
 * The account's own trails, organization trails the account itself can see (a member account's
 * DescribeTrails lists them), and organization trails of another account in the same organization.
 */
function trailsCovering(account: Account, ctx: CheckContext): Trail[] {
  const orgOf = (accountId: string) =>
    ctx.inventory.ofType('AwsAccount').find((a) => a.account === accountId)?.organizationId;
  return ctx.inventory.ofType('CloudTrailTrail').filter((trail) => {
    if (trail.account === account.account || trail.coversAccounts?.includes(account.account)) return true;
    if (!trail.isOrganizationTrail || !account.organizationId) return false;
    return orgOf(trail.account) === account.organizationId;
  });
}

/** The selector values in words ("management events None" read as a glitch). */
const MANAGEMENT_SHORTFALL = {
  None: 'records no management events',
  ReadOnly: 'records only read management events',
  WriteOnly: 'records only write management events',
} as const;

function judge(trail: Trail): { shortfalls: string[]; unknown: string[] } {
  const shortfalls: string[] = [];
  const unknown: string[] = [];
  if (trail.isMultiRegion === undefined) unknown.push('multi-region');
  else if (!trail.isMultiRegion) shortfalls.push(`single-region (${trail.homeRegion ?? trail.region})`);
  if (trail.isLogging === undefined) unknown.push('logging status');
  else if (!trail.isLogging) shortfalls.push('logging stopped');
  if (trail.managementEvents === undefined) unknown.push('management events');
  else if (trail.managementEvents !== 'All') shortfalls.push(MANAGEMENT_SHORTFALL[trail.managementEvents]);
  return { shortfalls, unknown };
}

/**
 * A trail a template or plan declares, when the input holds no account to judge over all its
 * trails: judged as written. Other trails (an organization trail) may cover the account; the
 * reason says so, but a shortfall this trail states still fails.
 */
function declaredTrail(trail: Trail, ctx: CheckContext): Verdict | null {
  if (!isDeclared(trail)) return null;
  if (ctx.inventory.ofType('AwsAccount').some((a) => a.account === trail.account)) return null;
  const { shortfalls, unknown } = judge(trail);
  const input = inputName(trail);
  if (shortfalls.length > 0) {
    return fail(
      `the ${input} declares trail ${trail.name} ${shortfalls.join(', ')}; trails outside the ${input} (an organization trail) may record the account, but this one does not`,
      { trail: trail.id, shortfalls },
    );
  }
  if (unknown.length > 0) return notAssessed(`trail ${trail.name}: ${unknown.join(', ')} unknown`);
  return pass(`trail ${trail.name} is multi-region, logging and records all management events`, {
    trail: trail.id,
  });
}
