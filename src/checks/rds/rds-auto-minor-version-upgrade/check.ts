import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'rds-auto-minor-version-upgrade',
  title: 'RDS databases apply engine minor versions automatically',
  service: 'rds',
  duty: 'rds.patching.auto-minor-version-upgrade',
  severity: 'medium',
  resourceTypes: ['RdsInstance', 'RdsCluster'],
  frameworks: { 'cis-aws-3.0': ['2.3.2'], 'aws-fsbp': ['RDS.13', 'RDS.35'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Turn on "Auto minor version upgrade" (AutoMinorVersionUpgrade=true) on the DB instance or cluster, and on ' +
      'every instance of an Aurora cluster. AWS patches the operating system under RDS; whether engine minor ' +
      'versions, which carry the database security fixes, are applied is the customer’s decision.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --auto-minor-version-upgrade --apply-immediately',
    cloudformation: 'AutoMinorVersionUpgrade: true',
    terraform: 'auto_minor_version_upgrade = true',
  },
  evaluate(db) {
    const what = db.type === 'RdsCluster' ? 'DB cluster' : 'DB instance';
    if (db.autoMinorVersionUpgrade === undefined) {
      return notAssessed(`whether the ${what} upgrades engine minor versions automatically is unknown`);
    }
    const evidence = { autoMinorVersionUpgrade: db.autoMinorVersionUpgrade, engineVersion: db.engineVersion };
    if (!db.autoMinorVersionUpgrade) {
      return fail(
        `automatic minor version upgrades are off on the ${what}${engine(db.engine, db.engineVersion)}: AWS ` +
          'patches the operating system, but engine minor versions (and their security fixes) are applied only ' +
          'when the customer upgrades by hand',
        evidence,
      );
    }
    const byDefault = db.defaults?.includes('autoMinorVersionUpgrade') ? ' (AWS default)' : '';
    return pass(
      `the ${what} applies engine minor versions in its maintenance window${byDefault}; AWS patches the ` +
        'operating system',
      evidence,
    );
  },
});

function engine(name: string | undefined, version: string | undefined): string {
  if (!name) return '';
  return version ? ` (${name} ${version})` : ` (${name})`;
}
