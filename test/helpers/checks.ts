import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import type { AnyCheck } from '../../src/checks/check.js';
import { createContext } from '../../src/engine/context.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { type Resource, ResourceSchema, type ResourceType } from '../../src/inventory/resources.js';
import type { Status } from '../../src/model/vocabulary.js';
import { DEFAULT_POLICY, PolicySchema, resolvePolicy } from '../../src/policy/policy.js';

export const TEST_ACCOUNT = '111122223333';
export const TEST_NOW = new Date('2026-11-01T12:00:00Z');

/** S3 Block Public Access with all four settings on, or all off (account or bucket level). */
export const ALL_ON = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};
export const ALL_OFF = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

/**
 * Builds a resource of a type from the properties a test cares about, validated by the same schema
 * snapshots use, so a fixture cannot hold a shape no source could produce.
 */
export function resource(type: ResourceType, props: Record<string, unknown> = {}): Resource {
  const name = (props.name as string | undefined) ?? `${type.toLowerCase()}-1`;
  return ResourceSchema.parse({
    type,
    id: `arn:aws:test:eu-west-1:${TEST_ACCOUNT}:${type.toLowerCase()}/${name}`,
    name,
    account: TEST_ACCOUNT,
    region: 'eu-west-1',
    tags: {},
    source: { kind: 'snapshot' },
    ...props,
  });
}

interface CheckCase {
  name: string;
  /** The resource under test. */
  resource: Resource;
  /** Other resources in the inventory (keys, groups, VPN gateways, …). */
  others?: Resource[];
  /** A policy as written in demarc.yaml (defaults filled by the schema). */
  policy?: z.input<typeof PolicySchema>;
  now?: Date;
}

interface CheckCases {
  valid: CheckCase[];
  invalid: CheckCase[];
  notAssessed: CheckCase[];
  /** Resources the check must skip (evaluate returns null). */
  notApplicable?: CheckCase[];
}

/** Runs a check over its pass, fail and not-assessed fixtures, like a lint rule's tests. */
export function testCheck(check: AnyCheck, cases: CheckCases): void {
  describe(`check ${check.id}`, () => {
    it('has complete metadata', () => {
      assert.match(check.id, /^[a-z0-9]+(-[a-z0-9]+)+$/);
      assert.ok(
        check.id.startsWith(check.service) || check.service === 'cross-service',
        'id starts with service',
      );
      assert.ok(check.title.length > 10);
      assert.ok(check.remediation.text.length > 10);
      for (const snippet of [
        check.remediation.cli,
        check.remediation.cloudformation,
        check.remediation.terraform,
      ]) {
        if (snippet !== undefined)
          assert.ok(snippet.trim().length > 0, 'a remediation snippet is never empty');
      }
      assert.ok(check.resourceTypes.length > 0);
    });
    assert.ok(cases.valid.length > 0, `${check.id}: no valid case`);
    assert.ok(cases.invalid.length > 0, `${check.id}: no invalid case`);
    assert.ok(cases.notAssessed.length > 0, `${check.id}: no not_assessed case`);
    const groups: [string, CheckCase[], Status | null][] = [
      ['passes', cases.valid, 'pass'],
      ['fails', cases.invalid, 'fail'],
      ['is not assessed', cases.notAssessed, 'not_assessed'],
      ['does not apply', cases.notApplicable ?? [], null],
    ];
    for (const [label, list, expected] of groups) {
      for (const c of list) {
        it(`${label}: ${c.name}`, () => {
          assert.ok(check.resourceTypes.includes(c.resource.type), `fixture type ${c.resource.type}`);
          const inventory = new Inventory([c.resource, ...(c.others ?? [])]);
          const policy = c.policy ? resolvePolicy(PolicySchema.parse(c.policy), 'test') : DEFAULT_POLICY;
          const verdict = check.evaluate(c.resource, createContext(inventory, policy, c.now ?? TEST_NOW));
          assert.equal(verdict?.status ?? null, expected, verdict?.reason);
          if (verdict) assert.ok(verdict.reason.length > 0, 'a verdict always says why');
        });
      }
    }
  });
}
