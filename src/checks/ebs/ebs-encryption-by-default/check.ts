import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'ebs-encryption-by-default',
  title: 'EBS encryption by default is enabled in the region',
  service: 'ebs',
  duty: 'ebs.at-rest.encryption-by-default',
  severity: 'medium',
  // Security groups and EBS volumes are the firewall and disks of EC2 instances.
  evidences: ['ec2'],
  resourceTypes: ['Ec2RegionSettings'],
  frameworks: { 'cis-aws-3.0': ['2.2.1'], 'aws-fsbp': ['EC2.7'] },
  iac: {
    cloudformation: {
      never:
        'EBS encryption by default is an account setting in each region; CloudFormation has no resource for it',
    },
    terraform: 'both',
  },
  remediation: {
    text: 'Enable EBS encryption by default in every region (aws ec2 enable-ebs-encryption-by-default), with a customer managed KMS key as the default where the data needs it.',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    terraform: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
  },
  evaluate(settings) {
    if (settings.ebsEncryptionByDefault === undefined) {
      return notAssessed(`EBS encryption by default in ${settings.region} is unknown`);
    }
    if (!settings.ebsEncryptionByDefault) {
      return fail(
        `EBS encryption by default is off in ${settings.region}: new volumes can be created unencrypted`,
      );
    }
    const key = settings.ebsDefaultKmsKeyId ?? 'the AWS managed key aws/ebs';
    return pass(`new EBS volumes in ${settings.region} are encrypted by default with ${key}`, {
      ebsDefaultKmsKeyId: settings.ebsDefaultKmsKeyId,
    });
  },
});
