import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'redshift-snapshot-retention',
  title: 'Redshift automated snapshots are kept as long as the data classification requires',
  service: 'redshift',
  duty: 'redshift.backup.snapshot-retention',
  severity: 'medium',
  resourceTypes: ['RedshiftCluster'],
  frameworks: { 'aws-fsbp': ['Redshift.3'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Set the automated snapshot retention period of the cluster (AutomatedSnapshotRetentionPeriod, 1–35 ' +
      'days) to at least the days your policy requires; 0 turns automated snapshots off.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --automated-snapshot-retention-period 7',
    cloudformation: 'AutomatedSnapshotRetentionPeriod: 7',
    terraform: 'automated_snapshot_retention_period = 7',
  },
  evaluate(cluster, ctx) {
    const days = cluster.automatedSnapshotRetentionDays;
    const required = ctx.requirementsFor(cluster).backupRetentionDays;
    const level = ctx.classificationOf(cluster);
    if (days === undefined)
      return notAssessed('the automated snapshot retention period of the cluster is unknown');
    const evidence = { automatedSnapshotRetentionDays: days, requiredDays: required, classification: level };
    if (days <= 0)
      return fail('automated snapshots of the Redshift cluster are off (retention 0 days)', evidence);
    if (days < required) {
      return fail(
        `the cluster keeps automated snapshots for ${plural(days)}; ${level} data needs at least ${plural(required)}`,
        evidence,
      );
    }
    return pass(
      `the cluster keeps automated snapshots for ${plural(days)} (${level} data needs ${plural(required)})`,
      evidence,
    );
  },
});

function plural(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}
