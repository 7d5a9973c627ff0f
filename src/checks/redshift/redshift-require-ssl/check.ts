import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'redshift-require-ssl',
  title: 'Redshift clusters accept only encrypted connections',
  service: 'redshift',
  duty: 'redshift.in-transit.require-ssl',
  severity: 'medium',
  resourceTypes: ['RedshiftCluster'],
  frameworks: { 'aws-fsbp': ['Redshift.2'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Set require_ssl to true in a custom parameter group and associate it with the cluster (default ' +
      'parameter groups cannot be changed), then reboot the cluster.',
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true',
    cloudformation:
      'Type: AWS::Redshift::ClusterParameterGroup\nProperties:\n  Description: TLS only\n  ParameterGroupFamily: redshift-1.0\n  Parameters:\n    - ParameterName: require_ssl\n      ParameterValue: "true"',
    terraform:
      'resource "aws_redshift_parameter_group" "tls_only" {\n  name   = "tls-only"\n  family = "redshift-1.0"\n  parameter {\n    name  = "require_ssl"\n    value = "true"\n  }\n}',
  },
  evaluate(cluster) {
    const groups = cluster.parameterGroupNames;
    if (cluster.requireSsl === undefined) {
      return notAssessed('the require_ssl setting of the cluster’s parameter group is unknown');
    }
    const evidence = { requireSsl: cluster.requireSsl, parameterGroupNames: groups };
    const where = groups?.length ? ` (parameter group ${groups.join(', ')})` : '';
    if (!cluster.requireSsl) {
      return fail(`require_ssl is false${where}: clients may connect to the cluster without TLS`, evidence);
    }
    return pass(`require_ssl is true${where}: the cluster refuses connections without TLS`, evidence);
  },
});
