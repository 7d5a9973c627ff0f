import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  CreateClusterCommand,
  CreateClusterParameterGroupCommand,
  EnableLoggingCommand,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { redshiftCollector, requireSslOf } from '../../src/sources/aws/collectors/redshift.js';
import { collectAws, type LiveScan } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, callRecorder, findingOf, judge, named, verdicts } from './regional-support.js';

const REGION = 'eu-west-1';

async function seed() {
  const redshift = new RedshiftClient({ region: REGION });
  await redshift.send(
    new CreateClusterParameterGroupCommand({
      ParameterGroupName: 'tls-required',
      ParameterGroupFamily: 'redshift-1.0',
      Description: 'intended to set require_ssl=true',
    }),
  );
  const cluster = (id: string, extra: Partial<ConstructorParameters<typeof CreateClusterCommand>[0]>) =>
    redshift.send(
      new CreateClusterCommand({
        ClusterIdentifier: id,
        NodeType: 'ra3.xlplus',
        ClusterType: 'single-node',
        MasterUsername: 'admin_user',
        MasterUserPassword: 'NotARealPassword1',
        ...extra,
      }),
    );
  await cluster('warehouse-open', {
    PubliclyAccessible: true,
    Encrypted: false,
    AutomatedSnapshotRetentionPeriod: 0,
  });
  await cluster('warehouse-closed', {
    PubliclyAccessible: false,
    Encrypted: true,
    AutomatedSnapshotRetentionPeriod: 7,
    ClusterParameterGroupName: 'tls-required',
    Tags: [{ Key: 'DataClassification', Value: 'internal' }],
  });
  await new S3Client({ region: REGION, forcePathStyle: true }).send(
    new CreateBucketCommand({
      Bucket: 'audit-logs',
      CreateBucketConfiguration: { LocationConstraint: REGION },
    }),
  );
  await redshift.send(
    new EnableLoggingCommand({ ClusterIdentifier: 'warehouse-closed', BucketName: 'audit-logs' }),
  );
}

describe('live Redshift collector against moto', () => {
  let live: LiveScan;
  const calls = callRecorder();

  motoForSuite();
  before(async () => {
    await seed();
    live = await collectAws({ regions: [REGION], maxAttempts: 2, onCall: calls.onCall }, [redshiftCollector]);
  });

  it('only reads: every request is a Describe, Get or List', () => {
    calls.assertReadOnly();
  });

  it('reads without gaps and maps the clusters', () => {
    assert.deepEqual(live.inventory.gaps, []);
    assertValid(live.inventory);
    const open = named(live.inventory, 'RedshiftCluster', 'warehouse-open');
    assert.equal(open.id, `arn:aws:redshift:${REGION}:123456789012:cluster:warehouse-open`);
    assert.equal(open.publiclyAccessible, true);
    assert.equal(open.encrypted, false);
    // Seeded with 0; moto 5.2.5 reads 0 as "not given" and keeps its default of 1 day.
    assert.equal(open.automatedSnapshotRetentionDays, 1);
    assert.deepEqual(open.parameterGroupNames, ['default.redshift-1.0']);
    assert.equal(open.auditLoggingEnabled, false);
    const closed = named(live.inventory, 'RedshiftCluster', 'warehouse-closed');
    assert.equal(closed.publiclyAccessible, false);
    assert.equal(closed.encrypted, true);
    assert.equal(closed.automatedSnapshotRetentionDays, 7);
    assert.deepEqual(closed.parameterGroupNames, ['tls-required']);
    assert.equal(closed.auditLoggingEnabled, true);
    assert.equal(closed.tags.DataClassification, 'internal');
  });

  it('resolves require_ssl from each parameter group, marked as the engine default', () => {
    // moto 5.2.5 has no ModifyClusterParameterGroup and answers DescribeClusterParameters with the
    // engine defaults for every group, so require_ssl=true cannot be seeded: both read false.
    for (const name of ['warehouse-open', 'warehouse-closed']) {
      const cluster = named(live.inventory, 'RedshiftCluster', name);
      assert.equal(cluster.requireSsl, false);
      assert.deepEqual(cluster.defaults, ['requireSsl']);
    }
  });

  it('gives the checks their verdicts through the engine', () => {
    const result = judge(live.inventory);
    const expect = verdicts(result);
    expect('redshift-cluster-not-public', 'warehouse-open', 'fail');
    expect('redshift-cluster-not-public', 'warehouse-closed', 'pass');
    expect('redshift-cluster-encrypted', 'warehouse-open', 'fail');
    expect('redshift-cluster-encrypted', 'warehouse-closed', 'pass');
    expect('redshift-snapshot-retention', 'warehouse-open', 'fail');
    assert.match(findingOf(result, 'redshift-snapshot-retention', 'warehouse-open').reason, /1 day;/);
    expect('redshift-snapshot-retention', 'warehouse-closed', 'pass');
    expect('redshift-require-ssl', 'warehouse-open', 'fail');
    expect('redshift-require-ssl', 'warehouse-closed', 'fail');
  });
});

describe('Redshift require_ssl resolution', () => {
  it('reads a custom group that turns require_ssl on (what moto cannot seed)', () => {
    assert.deepEqual(
      requireSslOf([{ ParameterName: 'require_ssl', ParameterValue: 'true', Source: 'user' }]),
      { value: true, byDefault: false },
    );
    assert.deepEqual(
      requireSslOf([{ ParameterName: 'require_ssl', ParameterValue: 'false', Source: 'engine-default' }]),
      { value: false, byDefault: true },
    );
    // Absent from the listing: AWS's documented default, off.
    assert.deepEqual(requireSslOf([]), { value: false, byDefault: true });
  });
});
