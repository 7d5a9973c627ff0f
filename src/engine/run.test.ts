import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resource, TEST_NOW } from '../../test/helpers/checks.js';
import { type AnyCheck, defineCheck, pass } from '../checks/check.js';
import { CHECKS, findCheck } from '../checks/registry.js';
import { Inventory } from '../inventory/inventory.js';
import { DEFAULT_POLICY, PolicySchema, resolvePolicy } from '../policy/policy.js';
import { evaluate, rowsOf, scan } from './run.js';

const encryptionCheck = findCheck('s3-bucket-default-encryption') as AnyCheck;

function scanOf(inventory: Inventory, policy = DEFAULT_POLICY) {
  return scan({
    inventory,
    policy,
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: ['test'] },
    version: 'test',
    startedAt: TEST_NOW,
    finishedAt: TEST_NOW,
    now: TEST_NOW,
  });
}

describe('engine', () => {
  it('findings with equal evidence share one evidence object, and only equal ones', () => {
    const check = defineCheck({
      ...encryptionCheck,
      id: 'test-evidence',
      evaluate: (r) => pass('ok', { region: r.region, facts: ['a', 'b'] }),
    }) as AnyCheck;
    const buckets = ['eu-west-1', 'eu-west-1', 'us-east-1'].map((region, i) =>
      resource('S3Bucket', { id: `arn:aws:s3:::b${i}`, name: `b${i}`, region }),
    );
    const findings = evaluate(new Inventory(buckets), DEFAULT_POLICY, [check], TEST_NOW);
    const [a, b, c] = findings.map((f) => f.evidence);
    assert.equal(a, b, 'one object for equal evidence');
    assert.notEqual(a, c);
    assert.deepEqual(c, { region: 'us-east-1', facts: ['a', 'b'] });
  });

  it('turns a failed detail call into not_assessed naming the call, never pass', () => {
    const bucket = resource('S3Bucket', { name: 'b1' });
    const inventory = new Inventory(
      [bucket],
      [
        {
          account: '111122223333',
          service: 's3',
          region: 'eu-west-1',
          api: 's3:GetBucketEncryption',
          error: 'AccessDenied',
          resourceTypes: ['S3Bucket'],
          resourceId: bucket.id,
        },
      ],
    );
    const [finding] = evaluate(inventory, DEFAULT_POLICY, [encryptionCheck], TEST_NOW);
    assert.equal(finding?.status, 'not_assessed');
    assert.match(finding?.reason ?? '', /s3:GetBucketEncryption failed in eu-west-1: AccessDenied/);
  });

  it('reports a failed listing as a not-assessed finding for every check of that type', () => {
    const inventory = new Inventory(
      [],
      [
        {
          account: '111122223333',
          service: 's3',
          region: 'global',
          api: 's3:ListBuckets',
          error: 'AccessDenied',
          resourceTypes: ['S3Bucket'],
        },
      ],
    );
    const result = scanOf(inventory);
    const s3Checks = CHECKS.filter((c) => (c.resourceTypes as string[]).includes('S3Bucket'));
    assert.equal(result.findings.length, s3Checks.length);
    assert.ok(
      result.findings.every((f) => f.status === 'not_assessed' && f.reason.includes('s3:ListBuckets')),
    );
    assert.equal(result.coverage.complete, false);
  });

  it('a check that throws gives not_assessed, not a crash', () => {
    const broken = defineCheck({
      ...encryptionCheck,
      id: 's3-broken',
      evaluate: () => {
        throw new Error('boom');
      },
    });
    const [finding] = evaluate(new Inventory([resource('S3Bucket')]), DEFAULT_POLICY, [broken], TEST_NOW);
    assert.equal(finding?.status, 'not_assessed');
    assert.match(finding?.reason ?? '', /check error: boom/);
  });

  it('holds resources with unreadable tags to the strictest classification', () => {
    const seen: string[] = [];
    const probe = defineCheck({
      ...encryptionCheck,
      id: 's3-probe',
      evaluate: (r, ctx) => {
        seen.push(ctx.classificationOf(r));
        return pass('seen');
      },
    });
    const inventory = new Inventory([
      resource('S3Bucket', { name: 'tagged', tags: { DataClassification: 'public' } }),
      resource('S3Bucket', { name: 'untagged' }),
      resource('S3Bucket', { name: 'unreadable', tagsUnknown: true }),
    ]);
    evaluate(inventory, DEFAULT_POLICY, [probe], TEST_NOW);
    assert.deepEqual(seen, ['public', 'internal', 'restricted']);
  });

  it('makes one EC2 matrix row per tenancy in use', () => {
    const inventory = new Inventory([
      resource('Ec2Instance', { name: 'a', tenancy: 'default' }),
      resource('Ec2Instance', { name: 'b', tenancy: 'host' }),
      resource('S3Bucket'),
    ]);
    assert.deepEqual(rowsOf(inventory), [
      { service: 'ec2', tenancy: 'shared' },
      { service: 'ec2', tenancy: 'dedicated-host' },
      { service: 's3' },
    ]);
  });

  it('colors a matrix cell by its worst evidence and shows attestations', () => {
    const policy = resolvePolicy(
      PolicySchema.parse({
        version: 1,
        attestations: [
          {
            id: 'training-2026',
            domain: 'awareness-training',
            statement: 'All staff completed security awareness training',
            attestedBy: 'CISO',
            date: '2026-03-01',
            expires: '2027-03-01',
            evidence: 'https://intranet.example/training-report',
          },
        ],
      }),
      'test',
    );
    const result = scanOf(
      new Inventory([
        resource('S3Bucket', { name: 'good', encryption: { enabled: true, algorithm: 'AES256' } }),
        resource('S3Bucket', { name: 'bad', encryption: null }),
      ]),
      policy,
    );
    const row = result.matrix.rows.find((r) => r.service === 's3');
    const cell = (domain: string) => row?.cells.find((c) => c.domain === domain);
    assert.equal(cell('encryption-at-rest')?.evidence, 'fail');
    assert.ok((cell('encryption-at-rest')?.counts.fail ?? 0) >= 1);
    assert.equal(cell('physical')?.evidence, 'aws');
    // Training is held once per account: the account row shows the attestation (issue 11).
    const training = result.matrix.accounts?.[0]?.cells.find((c) => c.domain === 'awareness-training');
    assert.equal(training?.evidence, 'attested');
    assert.deepEqual(training?.attestations, ['training-2026']);
  });

  it('an expired attestation shows as expired', () => {
    const policy = resolvePolicy(
      PolicySchema.parse({
        version: 1,
        attestations: [
          {
            id: 'training-2024',
            domain: 'awareness-training',
            statement: 'training',
            attestedBy: 'CISO',
            date: '2024-01-01',
            expires: '2025-01-01',
            evidence: 'https://intranet.example/old',
          },
        ],
      }),
      'test',
    );
    const result = scanOf(new Inventory([resource('S3Bucket')]), policy);
    const cell = result.matrix.accounts?.[0]?.cells.find((c) => c.domain === 'awareness-training');
    assert.equal(cell?.evidence, 'expired');
  });
});
