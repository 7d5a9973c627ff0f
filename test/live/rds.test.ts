import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { rdsClusterOf, rdsCollector, rdsInstanceOf } from '../../src/sources/aws/collectors/rds.js';
import { AwsContext } from '../../src/sources/aws/context.js';
import { collectAws, type LiveScan } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, callRecorder, judge, named, verdicts } from './regional-support.js';

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';

async function seed() {
  const rds = new RDSClient({ region: REGION });
  const instance = (id: string, extra: Partial<ConstructorParameters<typeof CreateDBInstanceCommand>[0]>) =>
    rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: id,
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        EngineVersion: '16.3',
        MasterUsername: 'admin_user',
        MasterUserPassword: 'not-a-real-password-1',
        AllocatedStorage: 20,
        ...extra,
      }),
    );
  await instance('db-public', {
    PubliclyAccessible: true,
    StorageEncrypted: false,
    BackupRetentionPeriod: 0,
    AutoMinorVersionUpgrade: false,
    Tags: [{ Key: 'team', Value: 'web' }],
  });
  await instance('db-private', {
    PubliclyAccessible: false,
    StorageEncrypted: true,
    BackupRetentionPeriod: 7,
    AutoMinorVersionUpgrade: true,
    DeletionProtection: true,
  });

  await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: 'orders',
      Engine: 'aurora-postgresql',
      EngineVersion: '16.2',
      MasterUsername: 'admin_user',
      MasterUserPassword: 'not-a-real-password-1',
      StorageEncrypted: true,
      BackupRetentionPeriod: 7,
    }),
  );
  await instance('orders-1', {
    Engine: 'aurora-postgresql',
    EngineVersion: '16.2',
    DBClusterIdentifier: 'orders',
    DBInstanceClass: 'db.r6g.large',
    AutoMinorVersionUpgrade: true,
    MasterUsername: undefined,
    MasterUserPassword: undefined,
    AllocatedStorage: undefined,
  });

  await rds.send(
    new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'db-private', DBSnapshotIdentifier: 'snap-public' }),
  );
  await rds.send(
    new ModifyDBSnapshotAttributeCommand({
      DBSnapshotIdentifier: 'snap-public',
      AttributeName: 'restore',
      ValuesToAdd: ['all'],
    }),
  );
  await rds.send(
    new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'db-private', DBSnapshotIdentifier: 'snap-shared' }),
  );
  await rds.send(
    new ModifyDBSnapshotAttributeCommand({
      DBSnapshotIdentifier: 'snap-shared',
      AttributeName: 'restore',
      ValuesToAdd: ['111122223333'],
    }),
  );
  await rds.send(
    new CreateDBClusterSnapshotCommand({
      DBClusterIdentifier: 'orders',
      DBClusterSnapshotIdentifier: 'orders-public',
    }),
  );
  await rds.send(
    new ModifyDBClusterSnapshotAttributeCommand({
      DBClusterSnapshotIdentifier: 'orders-public',
      AttributeName: 'restore',
      ValuesToAdd: ['all'],
    }),
  );
}

describe('live RDS collector against moto', () => {
  let live: LiveScan;
  const calls = callRecorder();

  motoForSuite();
  before(async () => {
    await seed();
    live = await collectAws({ regions: [REGION], maxAttempts: 2, onCall: calls.onCall }, [rdsCollector]);
  });

  it('only reads: every request is a Describe, Get or List', () => {
    calls.assertReadOnly();
  });

  it('reads every API it needs without a gap, and the resources are schema-valid', () => {
    assert.deepEqual(live.inventory.gaps, []);
    assertValid(live.inventory);
  });

  it('maps DB instances', () => {
    const pub = named(live.inventory, 'RdsInstance', 'db-public');
    assert.equal(pub.id, `arn:aws:rds:${REGION}:${ACCOUNT}:db:db-public`);
    assert.equal(pub.engine, 'postgres');
    assert.equal(pub.publiclyAccessible, true);
    assert.equal(pub.storageEncrypted, false);
    assert.equal(pub.backupRetentionDays, 0);
    assert.equal(pub.autoMinorVersionUpgrade, false);
    assert.equal(pub.clusterId, undefined);
    assert.deepEqual(pub.tags, { team: 'web' });
    const priv = named(live.inventory, 'RdsInstance', 'db-private');
    assert.equal(priv.publiclyAccessible, false);
    assert.equal(priv.storageEncrypted, true);
    assert.equal(priv.backupRetentionDays, 7);
    assert.equal(priv.deletionProtection, true);
    for (const sg of priv.securityGroupIds ?? [])
      assert.match(sg, /^arn:aws:ec2:eu-west-1:123456789012:security-group\//);
  });

  it('maps the Aurora cluster and links its member both ways', () => {
    const cluster = named(live.inventory, 'RdsCluster', 'orders');
    assert.equal(cluster.id, `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:orders`);
    assert.equal(cluster.engine, 'aurora-postgresql');
    assert.equal(cluster.storageEncrypted, true);
    assert.equal(cluster.backupRetentionDays, 7);
    const member = named(live.inventory, 'RdsInstance', 'orders-1');
    assert.equal(member.clusterId, cluster.id);
    assert.deepEqual(cluster.memberInstanceIds, [member.id]);
  });

  it('maps snapshots and their restore sharing', () => {
    const pub = named(live.inventory, 'RdsSnapshot', 'snap-public');
    assert.equal(pub.snapshotKind, 'instance');
    assert.equal(pub.public, true);
    const shared = named(live.inventory, 'RdsSnapshot', 'snap-shared');
    assert.equal(shared.public, false);
    assert.deepEqual(shared.sharedWithAccounts, ['111122223333']);
    const cluster = named(live.inventory, 'RdsSnapshot', 'orders-public');
    assert.equal(cluster.snapshotKind, 'cluster');
    assert.equal(cluster.public, true);
  });

  it('gives the checks their verdicts through the engine', () => {
    const result = judge(live.inventory);
    const expect = verdicts(result);
    expect('rds-instance-not-public', 'db-public', 'fail');
    expect('rds-instance-not-public', 'db-private', 'pass');
    expect('rds-storage-encrypted', 'db-public', 'fail');
    expect('rds-storage-encrypted', 'db-private', 'pass');
    expect('rds-storage-encrypted', 'orders', 'pass');
    expect('rds-backup-retention', 'db-public', 'fail');
    expect('rds-backup-retention', 'db-private', 'pass');
    expect('rds-backup-retention', 'orders', 'pass');
    expect('rds-auto-minor-version-upgrade', 'db-public', 'fail');
    expect('rds-auto-minor-version-upgrade', 'db-private', 'pass');
    expect('rds-snapshot-not-public', 'snap-public', 'fail');
    expect('rds-snapshot-not-public', 'snap-shared', 'pass');
    expect('rds-snapshot-not-public', 'orders-public', 'fail');
    // Cluster members are judged through their cluster.
    assert.ok(
      !result.findings.some((f) => f.checkId === 'rds-storage-encrypted' && f.resource.name === 'orders-1'),
    );
  });
});

describe('RDS mapping details', () => {
  const ctx = new AwsContext(ACCOUNT, 'aws', {});

  it("derives an Aurora cluster's minor version upgrades from its members when the cluster does not say", () => {
    const member = (id: string, on: boolean) =>
      rdsInstanceOf(ctx, REGION, {
        DBInstanceIdentifier: id,
        AutoMinorVersionUpgrade: on,
        DBClusterIdentifier: 'c',
      });
    const members = new Map([
      ['a', member('a', true)],
      ['b', member('b', false)],
    ]);
    const cluster = (ids: string[]) =>
      rdsClusterOf(
        ctx,
        REGION,
        {
          DBClusterIdentifier: 'c',
          DBClusterMembers: ids.map((DBInstanceIdentifier) => ({ DBInstanceIdentifier })),
        },
        members,
      );
    assert.equal(cluster(['a']).autoMinorVersionUpgrade, true);
    assert.equal(cluster(['a', 'b']).autoMinorVersionUpgrade, false);
    assert.equal(cluster(['a', 'missing']).autoMinorVersionUpgrade, undefined);
  });
});
