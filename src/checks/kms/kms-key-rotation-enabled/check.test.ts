import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const customerKey = (props: Record<string, unknown>) =>
  resource('KmsKey', {
    keyId: '1111aaaa-0000-0000-0000-000000000001',
    manager: 'CUSTOMER',
    origin: 'AWS_KMS',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyState: 'Enabled',
    ...props,
  });

testCheck(check, {
  valid: [
    { name: 'customer key with rotation on', resource: customerKey({ rotationEnabled: true }) },
    {
      name: 'rotation on, even with other facts unknown',
      resource: resource('KmsKey', { keyId: 'k', rotationEnabled: true }),
    },
  ],
  invalid: [
    { name: 'customer symmetric key with rotation off', resource: customerKey({ rotationEnabled: false }) },
  ],
  notAssessed: [
    { name: 'rotation status unknown', resource: customerKey({}) },
    {
      name: 'rotation off, key spec unknown',
      resource: customerKey({ rotationEnabled: false, keySpec: undefined }),
    },
    {
      name: 'rotation off, manager unknown',
      resource: customerKey({ rotationEnabled: false, manager: undefined }),
    },
    {
      name: 'rotation off, state unknown',
      resource: customerKey({ rotationEnabled: false, keyState: undefined }),
    },
  ],
  notApplicable: [
    {
      name: 'AWS managed key (AWS rotates it yearly)',
      resource: customerKey({ manager: 'AWS', rotationEnabled: false }),
    },
    { name: 'asymmetric RSA key', resource: customerKey({ keySpec: 'RSA_2048', rotationEnabled: false }) },
    { name: 'HMAC key', resource: customerKey({ keySpec: 'HMAC_256', rotationEnabled: false }) },
    { name: 'imported key material', resource: customerKey({ origin: 'EXTERNAL', rotationEnabled: false }) },
    { name: 'CloudHSM key store', resource: customerKey({ origin: 'AWS_CLOUDHSM', rotationEnabled: false }) },
    {
      name: 'external key store',
      resource: customerKey({ origin: 'EXTERNAL_KEY_STORE', rotationEnabled: false }),
    },
    { name: 'disabled key', resource: customerKey({ keyState: 'Disabled', rotationEnabled: false }) },
    {
      name: 'key pending deletion',
      resource: customerKey({ keyState: 'PendingDeletion', rotationEnabled: false }),
    },
  ],
});
