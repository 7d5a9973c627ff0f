import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'redshift-cluster-encrypted',
  title: 'Redshift clusters are encrypted at rest',
  service: 'redshift',
  duty: 'redshift.at-rest.cluster-encrypted',
  severity: 'high',
  resourceTypes: ['RedshiftCluster'],
  // FSBP Redshift.10 is left out on purpose: it checks for encryption with a KMS key, not just encryption.
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Modify the cluster to use KMS encryption (a customer managed key for confidential data); Redshift ' +
      'migrates the data to an encrypted cluster. Snapshots taken afterwards are encrypted too.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --encrypted --kms-key-id <key-arn>',
    cloudformation: 'Encrypted: true\nKmsKeyId: !Ref ClusterKey',
    terraform: 'encrypted  = true\nkms_key_id = aws_kms_key.redshift.arn',
  },
  evaluate(cluster) {
    if (cluster.encrypted === undefined)
      return notAssessed('whether the Redshift cluster is encrypted is unknown');
    if (!cluster.encrypted) {
      return fail('the Redshift cluster, and the snapshots taken of it, are not encrypted', {
        encrypted: false,
      });
    }
    const byDefault = cluster.defaults?.includes('encrypted') ? ' (AWS default)' : '';
    const key = cluster.kmsKeyId ? ` with KMS key ${cluster.kmsKeyId}` : '';
    return pass(`the Redshift cluster is encrypted${key}${byDefault}`, {
      encrypted: true,
      kmsKeyId: cluster.kmsKeyId,
    });
  },
});
