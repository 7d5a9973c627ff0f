import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'encrypted with a KMS key',
      resource: resource('EbsVolume', {
        encrypted: true,
        kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      }),
    },
    { name: 'encrypted, key not reported', resource: resource('EbsVolume', { encrypted: true }) },
  ],
  invalid: [
    {
      name: 'unencrypted and attached',
      resource: resource('EbsVolume', { encrypted: false, attachedInstanceIds: ['i-0123456789abcdef0'] }),
    },
    {
      name: 'unencrypted and detached',
      resource: resource('EbsVolume', { encrypted: false, attachedInstanceIds: [] }),
    },
  ],
  notAssessed: [{ name: 'encryption unknown', resource: resource('EbsVolume', { sizeGiB: 100 }) }],
});
