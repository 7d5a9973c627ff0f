import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'rds-instance-not-public',
  title: 'RDS DB instances are not publicly accessible',
  service: 'rds',
  duty: 'rds.network.not-publicly-accessible',
  severity: 'high',
  resourceTypes: ['RdsInstance'],
  frameworks: { 'cis-aws-3.0': ['2.3.3'], 'aws-fsbp': ['RDS.2'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Modify the DB instance and set "Publicly accessible" to No (PubliclyAccessible=false); reach it through ' +
      'the VPC, a VPN, Direct Connect or a bastion, and keep its security groups closed to the internet.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --no-publicly-accessible --apply-immediately',
    cloudformation: 'PubliclyAccessible: false',
    terraform: 'publicly_accessible = false',
  },
  evaluate(db) {
    if (db.publiclyAccessible === undefined) {
      return notAssessed('whether the DB instance is publicly accessible is unknown');
    }
    const evidence = { publiclyAccessible: db.publiclyAccessible, securityGroupIds: db.securityGroupIds };
    if (db.publiclyAccessible) {
      return fail(
        'the DB instance is publicly accessible: its endpoint resolves to a public IP address, so only ' +
          'network ACLs and security groups stand between the database and the internet',
        evidence,
      );
    }
    return pass(
      'the DB instance is not publicly accessible: its endpoint resolves to a private address',
      evidence,
    );
  },
});
