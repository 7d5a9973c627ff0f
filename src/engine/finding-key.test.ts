import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resource, TEST_NOW } from '../../test/helpers/checks.js';
import { demoScan } from '../../test/helpers/scans.js';
import { CHECKS } from '../checks/registry.js';
import { Inventory } from '../inventory/inventory.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { findingKey, uuidOfKey } from './finding-key.js';
import type { ScanResult } from './result.js';
import { scan } from './run.js';

function scanOf(inventory: Inventory): ScanResult {
  return scan({
    inventory,
    policy: DEFAULT_POLICY,
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: ['keys.json'] },
    version: '0.1.0',
    startedAt: TEST_NOW,
    finishedAt: TEST_NOW,
    now: TEST_NOW,
  });
}

const bucketKeys = (result: ScanResult, id: string) =>
  result.findings
    .filter((f) => f.resource.id === id)
    .map((f) => f.key)
    .sort();

describe('finding key', () => {
  it('is the same in two scans of the same input, and unique within a scan', () => {
    const first = demoScan();
    const second = demoScan();
    assert.ok(first.findings.length > 500);
    assert.deepEqual(
      first.findings.map((f) => f.key),
      second.findings.map((f) => f.key),
    );
    assert.equal(new Set(first.findings.map((f) => f.key)).size, first.findings.length);
    for (const f of first.findings) assert.match(f.key, /^[0-9a-f]{32}$/);
  });

  it('differs for the same resource id in another account or region', () => {
    const id = 'arn:aws:s3:::same-name';
    const here = resource('S3Bucket', {
      id,
      name: 'same-name',
      account: '111122223333',
      region: 'eu-west-1',
    });
    const otherAccount = { ...here, account: '444455556666' };
    const otherRegion = { ...here, region: 'eu-central-1' };
    const keys = [here, otherAccount, otherRegion].map((r) => bucketKeys(scanOf(new Inventory([r])), id));
    assert.ok((keys[0] ?? []).length > 3, 'several checks judge a bucket');
    const all = keys.flat();
    assert.equal(new Set(all).size, all.length, 'no key shared between accounts or regions');
  });

  it('follows the check, the account, the region and the resource, and nothing else', () => {
    const place = {
      id: 'arn:aws:s3:::b',
      account: '111122223333',
      region: 'eu-west-1',
      source: { kind: 'aws' as const },
    };
    const key = findingKey('s3-bucket-versioning', place);
    assert.equal(key, findingKey('s3-bucket-versioning', { ...place }));
    assert.notEqual(key, findingKey('s3-bucket-default-encryption', place));
    assert.notEqual(key, findingKey('s3-bucket-versioning', { ...place, account: '444455556666' }));
    assert.notEqual(key, findingKey('s3-bucket-versioning', { ...place, region: 'us-east-1' }));
    assert.notEqual(key, findingKey('s3-bucket-versioning', { ...place, id: 'arn:aws:s3:::c' }));
    // Parts are quoted apart: moving a separator between two parts makes another key.
    assert.notEqual(
      findingKey('a|b', { ...place, account: 'c' }),
      findingKey('a', { ...place, account: 'b|c' }),
    );
  });

  it('for a file resource, keeps to the file and logical id when the id becomes an ARN or the line moves', () => {
    const planned = {
      id: 'Logs',
      account: '',
      region: '',
      source: { kind: 'cloudformation' as const, file: 'infra/app.yaml', line: 4, logicalId: 'Logs' },
    };
    const applied = { ...planned, id: 'arn:aws:s3:::app-logs', source: { ...planned.source, line: 40 } };
    assert.equal(findingKey('s3-bucket-versioning', planned), findingKey('s3-bucket-versioning', applied));
    const otherFile = { ...planned, source: { ...planned.source, file: 'infra/other.yaml' } };
    assert.notEqual(
      findingKey('s3-bucket-versioning', planned),
      findingKey('s3-bucket-versioning', otherFile),
    );
  });

  it('never changes for the same place: keys of earlier scans stay comparable', () => {
    // Pinned values: a change here breaks every stored history, so it needs a new recipe tag.
    const aws = { id: 'arn:aws:s3:::pinned', account: '111122223333', region: 'eu-west-1' };
    assert.equal(
      findingKey('s3-bucket-versioning', { ...aws, source: { kind: 'aws' } }),
      '8e4b011c1e198b413e7b23bf4f151f50',
    );
    const file = { kind: 'cloudformation' as const, file: 'stack.yaml', logicalId: 'Bucket' };
    assert.equal(
      findingKey('s3-bucket-versioning', { id: 'x', account: '', region: 'template', source: file }),
      '60fa1c6c85e138c6992eb71efd95c189',
    );
    const odd = { id: 'arn:aws:iam::111122223333:user/é"\\', account: '111122223333', region: 'global' };
    assert.equal(
      findingKey('iam-user-console-mfa', { ...odd, source: { kind: 'snapshot' } }),
      '5b7df58bd344669a0faf20c0e223aede',
    );
  });

  it('gives one RFC 4122 version-5 UUID per key, always the same', () => {
    const keys = demoScan().findings.map((f) => f.key);
    const uuids = keys.map(uuidOfKey);
    for (const u of uuids)
      assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(new Set(uuids).size, keys.length);
    assert.deepEqual(keys.map(uuidOfKey), uuids);
  });
});
