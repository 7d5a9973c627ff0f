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
    {
      name: 'declared unencrypted, but the context says EBS encryption by default is on there',
      resource: resource('EbsVolume', { encrypted: false, source: { kind: 'cloudformation' } }),
      policy: { version: 1, context: [{ region: 'eu-west-1', ebsEncryptionByDefault: true }] },
    },
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
    {
      name: 'declared unencrypted, account setting unknown: judged as written',
      resource: resource('EbsVolume', { encrypted: false, source: { kind: 'cloudformation' } }),
    },
    {
      name: 'declared unencrypted, context on only in another region',
      resource: resource('EbsVolume', { encrypted: false, source: { kind: 'terraform' } }),
      policy: { version: 1, context: [{ region: 'us-east-1', ebsEncryptionByDefault: true }] },
    },
    {
      name: 'declared unencrypted, context says off for this account',
      resource: resource('EbsVolume', { encrypted: false, source: { kind: 'terraform' } }),
      policy: {
        version: 1,
        context: [
          { ebsEncryptionByDefault: true },
          { account: '111122223333', ebsEncryptionByDefault: false },
        ],
      },
    },
  ],
  notAssessed: [{ name: 'encryption unknown', resource: resource('EbsVolume', { sizeGiB: 100 }) }],
});
