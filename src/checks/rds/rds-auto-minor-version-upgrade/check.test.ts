import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'instance upgrades automatically',
      resource: resource('RdsInstance', {
        engine: 'postgres',
        engineVersion: '16.3',
        autoMinorVersionUpgrade: true,
      }),
    },
    {
      name: 'instance upgrades automatically by AWS default',
      resource: resource('RdsInstance', {
        autoMinorVersionUpgrade: true,
        defaults: ['autoMinorVersionUpgrade'],
      }),
    },
    {
      name: 'Aurora cluster upgrades automatically',
      resource: resource('RdsCluster', { engine: 'aurora-postgresql', autoMinorVersionUpgrade: true }),
    },
  ],
  invalid: [
    {
      name: 'instance with upgrades off',
      resource: resource('RdsInstance', {
        engine: 'mysql',
        engineVersion: '8.0.35',
        autoMinorVersionUpgrade: false,
      }),
    },
    {
      name: 'Aurora member instance with upgrades off',
      resource: resource('RdsInstance', {
        engine: 'aurora-mysql',
        clusterId: 'arn:aws:rds:eu-west-1:111122223333:cluster:app',
        autoMinorVersionUpgrade: false,
      }),
    },
    {
      name: 'cluster with upgrades off',
      resource: resource('RdsCluster', { engine: 'postgres', autoMinorVersionUpgrade: false }),
    },
  ],
  notAssessed: [
    { name: 'instance setting unknown', resource: resource('RdsInstance', { engine: 'postgres' }) },
    { name: 'cluster setting unknown', resource: resource('RdsCluster', { engine: 'aurora-mysql' }) },
  ],
});
