import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { BPA_SETTINGS, BPA_TITLES, effectiveSetting } from '../public-access.js';

export default defineCheck({
  id: 's3-bucket-public-access-block',
  title: 'S3 Block Public Access protects every bucket, at bucket or account level',
  service: 's3',
  duty: 's3.identity.block-public-access',
  severity: 'high',
  resourceTypes: ['S3Bucket'],
  frameworks: { 'cis-aws-3.0': ['2.1.4'], 'aws-fsbp': ['S3.8'] },
  // Settings a template turns off fail as written; account Block Public Access decides when known (context).
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Turn on all four Block Public Access settings for the bucket (aws s3api put-public-access-block) or, better, for the whole account.',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    cloudformation:
      'PublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  IgnorePublicAcls: true\n  BlockPublicPolicy: true\n  RestrictPublicBuckets: true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  evaluate(bucket, ctx) {
    const states = BPA_SETTINGS.map((setting) => ({
      setting,
      state: effectiveSetting(bucket, setting, ctx),
    }));
    const offStates = states.filter((s) => s.state.on === false);
    const off = offStates.map((s) => BPA_TITLES[s.setting]);
    // Off at bucket level, with the account's setting unknown: judged as written, naming it.
    const account = offStates.map((s) => (s.state.on === false ? s.state.account : undefined)).find(Boolean);
    if (off.length > 0) {
      if (account) {
        return fail(`Block Public Access leaves ${off.join(', ')} off at bucket level; ${account}`, { off });
      }
      return fail(`Block Public Access leaves ${off.join(', ')} off at both bucket and account level`, {
        off,
      });
    }
    const unknown = new Map<string, string[]>();
    for (const { setting, state } of states) {
      if (state.on === undefined)
        unknown.set(state.why, [...(unknown.get(state.why) ?? []), BPA_TITLES[setting]]);
    }
    if (unknown.size > 0) {
      const details = [...unknown].map(([why, settings]) => `${settings.join(', ')}: ${why}`);
      return notAssessed(
        `whether Block Public Access protects the bucket is unknown (${details.join('; ')})`,
      );
    }
    const origin = states.map((s) => (s.state.on ? s.state.origin : undefined)).find(Boolean);
    const levels = new Set(states.map((s) => (s.state.on ? s.state.level : '')));
    const where =
      levels.size === 1
        ? levels.has('bucket')
          ? 'at bucket level'
          : 'at account level'
        : 'between bucket and account level';
    const from = origin ? ` (account level: ${origin})` : '';
    return pass(`all four Block Public Access settings are on ${where}${from}`, {
      levels: [...levels].sort(),
    });
  },
});
