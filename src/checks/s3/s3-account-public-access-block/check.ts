import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { BPA_SETTINGS, BPA_TITLES } from '../public-access.js';

export default defineCheck({
  id: 's3-account-public-access-block',
  title: 'S3 Block Public Access is fully on for the account',
  service: 's3',
  duty: 's3.identity.account-block-public-access',
  severity: 'high',
  resourceTypes: ['AwsAccount'],
  frameworks: { 'cis-aws-3.0': ['2.1.4'], 'aws-fsbp': ['S3.1'] },
  iac: {
    cloudformation: {
      never: 'account-level Block Public Access is an account setting; CloudFormation has no resource for it',
    },
    terraform: 'both',
  },
  remediation: {
    text: 'Turn on all four account-level S3 Block Public Access settings (aws s3control put-public-access-block --account-id <id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true); serve public content through CloudFront with origin access control instead.',
    cli: 'aws s3control put-public-access-block --account-id <account> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  evaluate(account) {
    const block = account.s3PublicAccessBlock;
    if (block === undefined)
      return notAssessed('the account-level S3 Block Public Access settings are unknown');
    if (block === null) {
      return fail(
        'account-level S3 Block Public Access is not configured: every bucket depends on its own settings',
      );
    }
    const off = BPA_SETTINGS.filter((s) => !block[s]).map((s) => BPA_TITLES[s]);
    if (off.length > 0) {
      return fail(`account-level S3 Block Public Access leaves ${off.join(', ')} off`, { off });
    }
    return pass('all four account-level S3 Block Public Access settings are on');
  },
});
