import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'redshift-cluster-not-public',
  title: 'Redshift clusters are not publicly accessible',
  service: 'redshift',
  duty: 'redshift.network.not-publicly-accessible',
  severity: 'critical',
  resourceTypes: ['RedshiftCluster'],
  frameworks: { 'aws-fsbp': ['Redshift.1'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Modify the cluster and turn off public accessibility (PubliclyAccessible=false); connect through the ' +
      'VPC, a VPN, Direct Connect or a Redshift-managed VPC endpoint.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --no-publicly-accessible',
    cloudformation: 'PubliclyAccessible: false',
    terraform: 'publicly_accessible = false',
  },
  evaluate(cluster) {
    if (cluster.publiclyAccessible === undefined) {
      return notAssessed('whether the Redshift cluster is publicly accessible is unknown');
    }
    if (cluster.publiclyAccessible) {
      return fail(
        'the Redshift cluster is publicly accessible: its endpoint has a public IP address, so only network ' +
          'ACLs and security groups stand between the data warehouse and the internet',
        { publiclyAccessible: true },
      );
    }
    return pass('the Redshift cluster is not publicly accessible', { publiclyAccessible: false });
  },
});
