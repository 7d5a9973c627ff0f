import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'internal data kept 7 days',
      resource: resource('RedshiftCluster', { automatedSnapshotRetentionDays: 7 }),
    },
    {
      name: 'restricted data kept 35 days',
      resource: resource('RedshiftCluster', {
        automatedSnapshotRetentionDays: 35,
        tags: { DataClassification: 'restricted' },
      }),
    },
  ],
  invalid: [
    {
      name: 'automated snapshots off',
      resource: resource('RedshiftCluster', { automatedSnapshotRetentionDays: 0 }),
    },
    {
      name: 'default 1 day for internal data',
      resource: resource('RedshiftCluster', { automatedSnapshotRetentionDays: 1 }),
    },
    {
      name: 'confidential data kept 7 of 14 days',
      resource: resource('RedshiftCluster', {
        automatedSnapshotRetentionDays: 7,
        tags: { DataClassification: 'confidential' },
      }),
    },
  ],
  notAssessed: [{ name: 'retention unknown', resource: resource('RedshiftCluster', {}) }],
});
