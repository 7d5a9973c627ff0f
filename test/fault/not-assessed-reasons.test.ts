/**
 * A not-assessed verdict names the failed call behind the property it needed, not every call that
 * failed on the resource. moto's credential report has no root row, so root's last use is always
 * unknown there: the call that matters is the credential report, whatever else fails beside it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { Finding } from '../../src/engine/result.js';
import { iamCollector } from '../../src/sources/aws/collectors/iam.js';
import { s3Collector } from '../../src/sources/aws/collectors/s3.js';
import { s3ClientExtra } from '../../src/sources/aws/collectors/s3-public-access.js';
import { collectAws } from '../../src/sources/aws/scan.js';
import { judge } from '../live/regional-support.js';
import { type FaultPlan, type FaultProxy, startFaultProxy } from '../support/fault-proxy.js';
import { type Moto, startMoto, useMotoEnv } from '../support/moto.js';

/** Refuses every IAM request for one action (query protocol: the action is in the body). */
const denying =
  (action: string): FaultPlan =>
  (r) =>
    r.service === 'iam' && r.key.includes(`Action=${action}&`) ? 'access-denied' : undefined;

describe('not-assessed reasons against the emulator', { timeout: 120_000 }, () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let restore: () => void;

  before(async () => {
    moto = await startMoto();
    restore = useMotoEnv(moto);
    proxy = await startFaultProxy(moto.endpoint);
    process.env.AWS_ENDPOINT_URL = proxy.endpoint;
  });
  after(async () => {
    restore?.();
    await proxy?.stop();
    await moto?.stop();
  });

  async function finding(
    plan: FaultPlan,
    checkId: string,
    collector = iamCollector,
  ): Promise<{ found: Finding; apis: string[] }> {
    proxy.setPlan(plan);
    const live = await collectAws({ regions: ['us-east-1'], requestTimeoutSeconds: 5 }, [collector]);
    const found = judge(live.inventory).findings.find((f) => f.checkId === checkId);
    assert.ok(found, `no ${checkId} finding`);
    for (const gap of live.inventory.gaps)
      assert.equal(gap.account, live.account, 'every gap names its account');
    return { found, apis: live.inventory.gaps.map((g) => g.api) };
  }

  it('a failed password-policy read is not blamed for the root user’s last use', async () => {
    const { found, apis } = await finding(denying('GetAccountPasswordPolicy'), 'iam-root-not-used-recently');
    assert.ok(apis.includes('iam:GetAccountPasswordPolicy'), 'the password-policy read failed');
    assert.equal(found.status, 'not_assessed');
    assert.doesNotMatch(found.reason, /GetAccountPasswordPolicy/);
    assert.match(found.reason, /iam:GetCredentialReport failed/);
  });

  it('the password-policy check names the password-policy call', async () => {
    const { found } = await finding(denying('GetAccountPasswordPolicy'), 'iam-password-policy-strength');
    assert.equal(found.status, 'not_assessed');
    assert.match(found.reason, /iam:GetAccountPasswordPolicy failed in global: .*AccessDenied/);
    assert.doesNotMatch(found.reason, /CredentialReport/);
  });

  it('a credential report that cannot be read is the call named', async () => {
    const { found } = await finding(denying('GetCredentialReport'), 'iam-root-not-used-recently');
    assert.equal(found.status, 'not_assessed');
    assert.match(found.reason, /iam:GetCredentialReport failed in global: .*AccessDenied/);
    assert.doesNotMatch(found.reason, /PasswordPolicy|GetAccountSummary/);
  });

  it('a bucket with two settings unread: each check names the call behind its own setting', async () => {
    await new S3Client({ region: 'us-east-1', ...s3ClientExtra() }).send(
      new CreateBucketCommand({ Bucket: 'reasons-bucket' }),
    );
    // REST: the sub-resource is the query (?versioning, ?encryption).
    const plan: FaultPlan = (r) =>
      r.service === 's3' && /\?(versioning|encryption)/.test(r.key) ? 'access-denied' : undefined;
    const versioning = await finding(plan, 's3-bucket-versioning', s3Collector);
    assert.equal(versioning.found.status, 'not_assessed');
    assert.match(versioning.found.reason, /s3:GetBucketVersioning failed/);
    assert.doesNotMatch(versioning.found.reason, /GetBucketEncryption/);
    const encryption = await finding(plan, 's3-bucket-default-encryption', s3Collector);
    assert.match(encryption.found.reason, /s3:GetBucketEncryption failed/);
    assert.doesNotMatch(encryption.found.reason, /GetBucketVersioning/);
  });
});
