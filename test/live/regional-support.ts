import assert from 'node:assert/strict';
import { CHECKS } from '../../src/checks/registry.js';
import type { Finding, ScanResult } from '../../src/engine/result.js';
import { scan } from '../../src/engine/run.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { type ResourceOf, ResourceSchema, type ResourceType } from '../../src/inventory/resources.js';
import { DEFAULT_POLICY, type Policy } from '../../src/policy/policy.js';
import type { ApiCall } from '../../src/sources/aws/context.js';

/** Runs every check over a collected inventory, as a live scan would. */
export function judge(inventory: Inventory, policy: Policy = DEFAULT_POLICY): ScanResult {
  const now = new Date();
  return scan({
    inventory,
    policy,
    checks: CHECKS,
    source: { kind: 'aws', inputs: [] },
    version: 'test',
    startedAt: now,
    finishedAt: now,
    now,
  });
}

/** The one finding of a check on the resource with this name. */
export function findingOf(result: ScanResult, checkId: string, name: string): Finding {
  const found = result.findings.filter((f) => f.checkId === checkId && f.resource.name === name);
  assert.equal(found.length, 1, `expected one ${checkId} finding on ${name}, got ${found.length}`);
  return found[0] as Finding;
}

export function statusOf(result: ScanResult, checkId: string, name: string): string {
  return findingOf(result, checkId, name).status;
}

/** The resource of a type with this name (and region, when names repeat across regions). */
export function named<T extends ResourceType>(
  inventory: Inventory,
  type: T,
  name: string,
  region?: string,
): ResourceOf<T> {
  const found = inventory.ofType(type).filter((r) => r.name === name && (!region || r.region === region));
  assert.equal(found.length, 1, `expected one ${type} named ${name}${region ? ` in ${region}` : ''}`);
  return found[0] as ResourceOf<T>;
}

/** Every collected resource must satisfy the inventory schema (strict objects: no stray fields). */
export function assertValid(inventory: Inventory): void {
  for (const resource of inventory.resources) {
    const parsed = ResourceSchema.safeParse(resource);
    assert.ok(parsed.success, `${resource.type} ${resource.id}: ${parsed.error?.message}`);
  }
}

/** The APIs that left coverage gaps, for asserting which reads moto could not answer. */
export function gapApis(inventory: Inventory): Set<string> {
  return new Set(inventory.gaps.map((g) => g.api));
}

/** Records the operations a collector sends, to prove it only reads. */
export function callRecorder(): { onCall: (call: ApiCall) => void; assertReadOnly: () => void } {
  const operations = new Set<string>();
  return {
    onCall: (call) => operations.add(call.operation),
    assertReadOnly: () => {
      assert.ok(operations.size > 0, 'no call was recorded');
      for (const op of operations)
        assert.match(op, /^(Describe|Get|List)[A-Za-z]+Command$/, `${op} is not a read`);
    },
  };
}

/** An assertion of one check's verdict on a named resource, whose message carries the reason. */
export function verdicts(result: ScanResult): (checkId: string, name: string, status: string) => void {
  return (checkId, name, status) =>
    assert.equal(
      statusOf(result, checkId, name),
      status,
      `${checkId} on ${name}: ${findingOf(result, checkId, name).reason}`,
    );
}
