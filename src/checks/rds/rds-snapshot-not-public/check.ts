import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'rds-snapshot-not-public',
  title: 'RDS snapshots are not shared publicly',
  service: 'rds',
  duty: 'rds.identity.snapshots-not-public',
  severity: 'critical',
  resourceTypes: ['RdsSnapshot'],
  frameworks: { 'aws-fsbp': ['RDS.1'] },
  iac: {
    cloudformation: { never: 'templates do not create manual RDS snapshots or share them' },
    terraform: 'both',
  },
  remediation: {
    text:
      'Remove "all" from the snapshot\'s restore attribute (ModifyDBSnapshotAttribute / ' +
      'ModifyDBClusterSnapshotAttribute, ValuesToRemove=all); share with named accounts only, if at all.',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
    terraform: 'shared_accounts = [] # on the aws_db_snapshot: never "all"',
  },
  evaluate(snapshot) {
    const what = snapshot.snapshotKind === 'cluster' ? 'DB cluster snapshot' : 'DB snapshot';
    if (snapshot.public === undefined) return notAssessed(`whether the ${what} is public is unknown`);
    const evidence = { public: snapshot.public, sharedWithAccounts: snapshot.sharedWithAccounts };
    if (snapshot.public) {
      return fail(
        `the ${what} is public: any AWS account can copy it or restore a database from it`,
        evidence,
      );
    }
    const shared = snapshot.sharedWithAccounts?.length
      ? `; shared with ${snapshot.sharedWithAccounts.length} named account(s): ${snapshot.sharedWithAccounts.join(', ')}`
      : '';
    return pass(`the ${what} is not public${shared}`, evidence);
  },
});
