import type { AnyCheck } from '../check.js';
import redshiftClusterEncrypted from './redshift-cluster-encrypted/check.js';
import redshiftClusterNotPublic from './redshift-cluster-not-public/check.js';
import redshiftRequireSsl from './redshift-require-ssl/check.js';
import redshiftSnapshotRetention from './redshift-snapshot-retention/check.js';

export const checks: AnyCheck[] = [
  redshiftClusterNotPublic,
  redshiftClusterEncrypted,
  redshiftRequireSsl,
  redshiftSnapshotRetention,
];
