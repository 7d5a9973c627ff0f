import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'redshift-require-ssl',
  title: 'Redshift clusters accept only encrypted connections',
  service: 'redshift',
  domain: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['RedshiftCluster'],
  frameworks: { 'aws-fsbp': ['Redshift.2'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation:
    'Set require_ssl to true in a custom parameter group and associate it with the cluster (default ' +
    'parameter groups cannot be changed), then reboot the cluster.',
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
