import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { dateOf, dayCount, daysSince } from '../../lib/time.js';

/** Root use inside this window suggests it serves daily work rather than the few tasks that need it. */
const RECENT_DAYS = 30;

export default defineCheck({
  id: 'iam-root-not-used-recently',
  title: 'The root user is not used for everyday tasks',
  service: 'iam',
  duty: 'account.root.not-used-day-to-day',
  severity: 'medium',
  resourceTypes: ['AwsAccount'],
  frameworks: { 'cis-aws-3.0': ['1.7'] },
  iac: {
    cloudformation: {
      never:
        'the root user is account history (MFA device, access keys, last sign-in), not something a template or plan declares',
    },
    terraform: {
      never:
        'the root user is account history (MFA device, access keys, last sign-in), not something a template or plan declares',
    },
  },
  remediation: {
    text: 'Use IAM Identity Center or IAM roles for administration and keep the root user for the tasks that require it; review CloudTrail for what the root user did and why.',
  },
  evidences: 'all',
  evaluate(account, ctx) {
    const lastUsed = account.rootLastUsed;
    if (lastUsed === undefined) return notAssessed('when the root user was last used is unknown');
    if (lastUsed === null) return pass('the root user has never been used to sign in or call the API');
    const days = daysSince(lastUsed, ctx.now);
    if (days === undefined) return notAssessed(`the root user's last use time "${lastUsed}" cannot be read`);
    // A time after ctx.now (clock skew) still means "recently".
    if (days < RECENT_DAYS) {
      const when = days <= 0 ? 'today' : `${dayCount(days)} ago`;
      return fail(
        `the root user was used ${when} (${dateOf(lastUsed)}), within the last ${RECENT_DAYS} days`,
        {
          lastUsed,
          daysAgo: days,
        },
      );
    }
    return pass(`the root user was last used ${days} days ago (${dateOf(lastUsed)})`, {
      lastUsed,
      daysAgo: days,
    });
  },
});
