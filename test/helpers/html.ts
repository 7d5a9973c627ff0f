import { readFileSync } from 'node:fs';
import { CHECKS } from '../../src/checks/registry.js';
import type { ScanResult } from '../../src/engine/result.js';
import { scan } from '../../src/engine/run.js';
import { parsePolicy } from '../../src/policy/parse.js';
import { DEFAULT_POLICY, type Policy } from '../../src/policy/policy.js';
import { inventoryOf, parseSnapshot } from '../../src/sources/snapshot/load.js';

/** Test helpers for the HTML report: the demo's result and an estate whose strings attack the page. */

export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '</script><script>alert(1)</script>';
export const XSS_ATTR = '"><img src=x onerror=alert(2)>';

const ROOT = new URL('../../../', import.meta.url);
const DEMO_SNAPSHOT_FILE = new URL('examples/demo-account.json', ROOT).pathname;
const DEMO_POLICY_FILE = new URL('examples/demarc.yaml', ROOT).pathname;

/** A snapshot whose names, tags, file paths, accounts, regions and gap messages carry markup. */
export function hostileSnapshot(): Record<string, unknown> {
  return {
    demarcSnapshot: 1,
    collectedAt: '2026-11-01T12:00:00Z',
    resources: [
      {
        type: 'S3Bucket',
        id: 'arn:aws:s3:::hostile-one',
        name: XSS_IMG,
        account: '111122223333',
        region: 'eu-west-1',
        tags: { DataClassification: XSS_SCRIPT, Owner: XSS_IMG },
        source: { kind: 'snapshot', file: `stacks/${XSS_IMG}.yaml`, line: 7 },
      },
      {
        type: 'S3Bucket',
        id: 'arn:aws:s3:::hostile-two',
        name: XSS_SCRIPT,
        account: XSS_ATTR,
        region: `eu-west-1${XSS_ATTR}`,
        tags: { DataClassification: XSS_IMG },
        source: { kind: 'snapshot' },
      },
    ],
    gaps: [
      {
        service: 's3',
        region: 'eu-west-1',
        api: 's3:GetBucketPolicy',
        error: XSS_SCRIPT,
        resourceTypes: ['S3Bucket'],
        resourceId: 'arn:aws:s3:::hostile-one',
      },
    ],
  };
}

function resultOfSnapshot(text: string, file: string, policy: Policy = DEFAULT_POLICY): ScanResult {
  const snapshot = parseSnapshot(text, file);
  const at = new Date(snapshot.collectedAt ?? '2026-11-01T12:00:00Z');
  return scan({
    inventory: inventoryOf(snapshot),
    policy,
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: [file] },
    version: 'test',
    startedAt: at,
    finishedAt: at,
    now: at,
  });
}

export function demoResult(): ScanResult {
  const policy = parsePolicy(readFileSync(DEMO_POLICY_FILE, 'utf8'), 'examples/demarc.yaml');
  return resultOfSnapshot(readFileSync(DEMO_SNAPSHOT_FILE, 'utf8'), 'examples/demo-account.json', policy);
}

export function hostileResult(): ScanResult {
  return resultOfSnapshot(JSON.stringify(hostileSnapshot()), `inputs/${XSS_IMG}.json`);
}

/** The demo's findings repeated over copies of its resources until there are `count` of them. */
export function largeResult(count: number): ScanResult {
  const demo = demoResult();
  const findings: ScanResult['findings'] = [];
  for (let copy = 0; findings.length < count; copy++) {
    const copies = new Map<object, ScanResult['findings'][number]['resource']>();
    for (const f of demo.findings) {
      if (findings.length >= count) break;
      let resource = copies.get(f.resource);
      if (!resource) {
        resource = { ...f.resource, id: `${f.resource.id}#${copy}`, name: `${f.resource.name}-${copy}` };
        copies.set(f.resource, resource);
      }
      findings.push({ ...f, resource });
    }
  }
  return { ...demo, findings };
}
