import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'rds-storage-encrypted',
  title: 'RDS storage is encrypted at rest',
  service: 'rds',
  duty: 'rds.at-rest.storage-encrypted',
  severity: 'high',
  resourceTypes: ['RdsInstance', 'RdsCluster'],
  frameworks: { 'cis-aws-3.0': ['2.3.1'], 'aws-fsbp': ['RDS.3', 'RDS.27'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Encryption cannot be switched on in place: snapshot the database, copy the snapshot with encryption ' +
      '(a customer managed KMS key for confidential data), restore from the encrypted copy and cut over.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <key-arn>',
    cloudformation: 'StorageEncrypted: true\nKmsKeyId: !Ref DbKey',
    terraform: 'storage_encrypted = true\nkms_key_id        = aws_kms_key.db.arn',
  },
  evaluate(db) {
    // Members of a cluster (Aurora, Multi-AZ DB clusters) store their data in the cluster's volume:
    // the cluster is judged, not each instance.
    if (db.type === 'RdsInstance' && db.clusterId) return null;
    const what = db.type === 'RdsCluster' ? 'DB cluster' : 'DB instance';
    if (db.storageEncrypted === undefined)
      return notAssessed(`whether the ${what} storage is encrypted is unknown`);
    if (!db.storageEncrypted) {
      return fail(`the ${what} storage, its automated backups, snapshots and replicas are not encrypted`, {
        storageEncrypted: false,
      });
    }
    return pass(`the ${what} storage is encrypted${db.kmsKeyId ? ` with KMS key ${db.kmsKeyId}` : ''}`, {
      storageEncrypted: true,
      kmsKeyId: db.kmsKeyId,
    });
  },
});
