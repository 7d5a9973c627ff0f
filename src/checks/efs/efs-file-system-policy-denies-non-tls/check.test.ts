import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const withPolicy = (...Statement: Record<string, unknown>[]) =>
  resource('EfsFileSystem', { fileSystemPolicy: { Version: '2012-10-17', Statement } });
const insecure = { Bool: { 'aws:SecureTransport': 'false' } };
const denyAll = { Sid: 'tls', Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: insecure };

testCheck(check, {
  valid: [
    { name: 'deny * on insecure transport', resource: withPolicy(denyAll) },
    {
      name: 'deny of the three client actions, Principal *',
      resource: withPolicy({
        Effect: 'Deny',
        Principal: '*',
        Action: [
          'elasticfilesystem:ClientMount',
          'elasticfilesystem:ClientWrite',
          'elasticfilesystem:ClientRootAccess',
        ],
        Condition: insecure,
      }),
    },
  ],
  invalid: [
    { name: 'no policy', resource: resource('EfsFileSystem', { fileSystemPolicy: null }) },
    {
      name: 'policy without a TLS deny',
      resource: withPolicy({
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'elasticfilesystem:ClientMount',
      }),
    },
    {
      name: 'deny that leaves ClientMount out',
      resource: withPolicy({ ...denyAll, Action: 'elasticfilesystem:ClientWrite' }),
    },
    {
      name: 'deny for one role only',
      resource: withPolicy({ ...denyAll, Principal: { AWS: 'arn:aws:iam::111122223333:role/app' } }),
    },
  ],
  notAssessed: [{ name: 'policy unknown', resource: resource('EfsFileSystem', {}) }],
});
