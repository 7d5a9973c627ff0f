import type { z } from 'zod';
import { resource, testCheck } from '../../../../test/helpers/checks.js';
import { PolicySchema } from '../../../policy/policy.js';
import check from './check.js';

/** A policy from its input form (the schema fills the defaults). */
const policy = (input: Omit<z.input<typeof PolicySchema>, 'version'>) =>
  PolicySchema.parse({ version: 1, ...input });

testCheck(check, {
  valid: [
    { name: 'internal data kept 7 days', resource: resource('RdsInstance', { backupRetentionDays: 7 }) },
    {
      name: 'restricted data kept the 35-day maximum',
      resource: resource('RdsCluster', {
        backupRetentionDays: 35,
        tags: { DataClassification: 'restricted' },
      }),
    },
    {
      name: 'public data kept 1 day',
      resource: resource('RdsInstance', { backupRetentionDays: 1, tags: { DataClassification: 'public' } }),
    },
    {
      name: 'policy lowers the bar for internal data',
      resource: resource('RdsInstance', { backupRetentionDays: 3 }),
      policy: policy({ classification: { requirements: { internal: { backupRetentionDays: 3 } } } }),
    },
  ],
  invalid: [
    { name: 'backups off', resource: resource('RdsInstance', { backupRetentionDays: 0 }) },
    {
      name: 'default 1 day for internal data',
      resource: resource('RdsInstance', { backupRetentionDays: 1 }),
    },
    {
      name: 'confidential cluster kept 7 of 14 days',
      resource: resource('RdsCluster', {
        backupRetentionDays: 7,
        tags: { DataClassification: 'confidential' },
      }),
    },
  ],
  notAssessed: [
    { name: 'instance retention unknown', resource: resource('RdsInstance', {}) },
    { name: 'cluster retention unknown', resource: resource('RdsCluster', {}) },
  ],
  notApplicable: [
    {
      name: 'Aurora member instance (the cluster is judged)',
      resource: resource('RdsInstance', { clusterId: 'app-cluster', backupRetentionDays: 0 }),
    },
  ],
});
