import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    { name: 'on with aws/ebs', resource: resource('Ec2RegionSettings', { ebsEncryptionByDefault: true }) },
    {
      name: 'on with a customer managed key',
      resource: resource('Ec2RegionSettings', {
        ebsEncryptionByDefault: true,
        ebsDefaultKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      }),
    },
  ],
  invalid: [
    { name: 'off', resource: resource('Ec2RegionSettings', { ebsEncryptionByDefault: false }) },
    {
      name: 'off by AWS default',
      resource: resource('Ec2RegionSettings', {
        ebsEncryptionByDefault: false,
        defaults: ['ebsEncryptionByDefault'],
      }),
    },
  ],
  notAssessed: [{ name: 'setting unknown', resource: resource('Ec2RegionSettings', {}) }],
});
