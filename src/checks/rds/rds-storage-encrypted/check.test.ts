import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'encrypted instance with a KMS key',
      resource: resource('RdsInstance', {
        storageEncrypted: true,
        kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      }),
    },
    { name: 'encrypted Aurora cluster', resource: resource('RdsCluster', { storageEncrypted: true }) },
  ],
  invalid: [
    { name: 'unencrypted instance', resource: resource('RdsInstance', { storageEncrypted: false }) },
    { name: 'unencrypted cluster', resource: resource('RdsCluster', { storageEncrypted: false }) },
  ],
  notAssessed: [
    { name: 'instance encryption unknown', resource: resource('RdsInstance', {}) },
    { name: 'cluster encryption unknown', resource: resource('RdsCluster', {}) },
  ],
  notApplicable: [
    {
      name: 'Aurora member instance (the cluster is judged)',
      resource: resource('RdsInstance', { clusterId: 'app-cluster', storageEncrypted: false }),
    },
    {
      name: 'member instance with unknown encryption',
      resource: resource('RdsInstance', { clusterId: 'app-cluster' }),
    },
  ],
});
