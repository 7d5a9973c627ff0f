import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'dynamodb-point-in-time-recovery',
  title: 'DynamoDB tables have point-in-time recovery on',
  service: 'dynamodb',
  duty: 'dynamodb.backup.point-in-time-recovery',
  severity: 'medium',
  resourceTypes: ['DynamoDbTable'],
  frameworks: { 'aws-fsbp': ['DynamoDB.2'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Turn on point-in-time recovery for the table (UpdateContinuousBackups, ' +
      'PointInTimeRecoveryEnabled=true) and set its recovery period to at least what your policy requires.',
    cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    cloudformation: 'PointInTimeRecoverySpecification:\n  PointInTimeRecoveryEnabled: true',
    terraform: 'point_in_time_recovery {\n  enabled = true\n}',
  },
  evaluate(table) {
    if (table.pointInTimeRecovery === undefined) {
      return notAssessed('whether the table has point-in-time recovery is unknown');
    }
    if (!table.pointInTimeRecovery) {
      return fail(
        'point-in-time recovery is off: an accidental write or delete can only be undone from on-demand backups',
        { pointInTimeRecovery: false },
      );
    }
    // The recovery period (1–35 days) is not in the resource model, so it is not judged here.
    return pass(
      'point-in-time recovery is on: the table can be restored to any second of its recovery period',
      {
        pointInTimeRecovery: true,
      },
    );
  },
});
