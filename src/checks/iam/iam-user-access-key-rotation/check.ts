import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { dateOf, dayCount, daysSince } from '../../lib/time.js';

const MAX_KEY_AGE_DAYS = 90;

export default defineCheck({
  id: 'iam-user-access-key-rotation',
  title: 'Active IAM access keys are rotated within 90 days',
  service: 'iam',
  duty: 'iam.identity.access-key-rotation',
  severity: 'medium',
  resourceTypes: ['IamUser'],
  frameworks: { 'cis-aws-3.0': ['1.14'], 'aws-fsbp': ['IAM.3'] },
  iac: {
    cloudformation: {
      never: 'access key age is known only from the credential report, after the key exists',
    },
    terraform: { never: 'access key age is known only from the credential report, after the key exists' },
  },
  remediation: {
    text: 'Create a new access key, move the application to it, deactivate and then delete the old key; better, replace long-lived keys with IAM roles or IAM Identity Center.',
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <old-key-id> --status Inactive && aws iam delete-access-key --user-name <user> --access-key-id <old-key-id>',
  },
  evaluate(user, ctx) {
    if (user.accessKeys === undefined) return notAssessed(`the access keys of user ${user.name} are unknown`);
    const active = user.accessKeys.filter((k) => k.active);
    // Inactive keys cannot sign requests; a user without active keys has nothing to rotate.
    if (active.length === 0) return null;
    const stale: { id: string; createdAt: string; ageDays: number }[] = [];
    const unreadable: string[] = [];
    for (const key of active) {
      const ageDays = daysSince(key.createdAt, ctx.now);
      if (ageDays === undefined) unreadable.push(key.id);
      else if (ageDays > MAX_KEY_AGE_DAYS) stale.push({ id: key.id, createdAt: key.createdAt, ageDays });
    }
    if (stale.length > 0) {
      const list = stale.map((k) => `${k.id} (created ${dateOf(k.createdAt)}, ${dayCount(k.ageDays)} old)`);
      return fail(
        `user ${user.name} has active access keys older than ${MAX_KEY_AGE_DAYS} days: ${list.join(', ')}`,
        { keys: stale },
      );
    }
    if (unreadable.length > 0) {
      return notAssessed(
        `the creation time of access key ${unreadable.join(', ')} of user ${user.name} cannot be read`,
      );
    }
    return pass(
      `user ${user.name}'s ${active.length === 1 ? 'active access key is' : `${active.length} active access keys are`} at most ${MAX_KEY_AGE_DAYS} days old`,
    );
  },
});
