import type { AnyCheck } from '../check.js';
import redshiftClusterEncrypted from './redshift-cluster-encrypted.js';
import redshiftClusterNotPublic from './redshift-cluster-not-public.js';
import redshiftRequireSsl from './redshift-require-ssl.js';
import redshiftSnapshotRetention from './redshift-snapshot-retention.js';

export const checks: AnyCheck[] = [
  redshiftClusterNotPublic,
  redshiftClusterEncrypted,
  redshiftRequireSsl,
  redshiftSnapshotRetention,
];
