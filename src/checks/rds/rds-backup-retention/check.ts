import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'rds-backup-retention',
  title: 'RDS automated backups are kept as long as the data classification requires',
  service: 'rds',
  duty: 'rds.backup.retention',
  severity: 'medium',
  resourceTypes: ['RdsInstance', 'RdsCluster'],
  frameworks: { 'aws-fsbp': ['RDS.11'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Set the backup retention period (BackupRetentionPeriod, 1–35 days) of the DB instance or cluster to at ' +
      'least the days your policy requires for its data classification; 0 turns automated backups off.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --backup-retention-period 7 --apply-immediately',
    cloudformation: 'BackupRetentionPeriod: 7',
    terraform: 'backup_retention_period = 7',
  },
  evaluate(db, ctx) {
    // Cluster members share the cluster's backups: the cluster is judged.
    if (db.type === 'RdsInstance' && db.clusterId) return null;
    const what = db.type === 'RdsCluster' ? 'DB cluster' : 'DB instance';
    const required = ctx.requirementsFor(db).backupRetentionDays;
    const level = ctx.classificationOf(db);
    const days = db.backupRetentionDays;
    if (days === undefined) return notAssessed(`the ${what}'s backup retention period is unknown`);
    const evidence = { backupRetentionDays: days, requiredDays: required, classification: level };
    if (days <= 0) {
      return fail(`automated backups of the ${what} are off (retention 0 days)`, evidence);
    }
    if (days < required) {
      return fail(
        `the ${what} keeps automated backups for ${plural(days)}; ${level} data needs at least ${plural(required)}`,
        evidence,
      );
    }
    return pass(
      `the ${what} keeps automated backups for ${plural(days)} (${level} data needs ${plural(required)})`,
      evidence,
    );
  },
});

function plural(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}
