import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { type Pointer, pointerIndex } from './pointer-index.js';
import type { ResourceDecl } from './resolver.js';

const ctx = { idOf: (logicalId: string) => `arn:test:${logicalId}` };
const LOGICAL_IDS = ['A', 'B', 'C'];
const TEXTS = ['arn:test:A', 'arn:test:B', 'name-a', 'name-b', 'other'];

/** The scan the index replaces: what TemplateContext.points answers, item by item. */
function scan(items: Pointer[][], decl: ResourceDecl, names: (string | undefined)[]): Pointer[][] {
  const points = (p: Pointer) =>
    p !== undefined &&
    (typeof p === 'string'
      ? p === ctx.idOf(decl.logicalId) || names.includes(p)
      : p.logicalId === decl.logicalId);
  return items.filter((pointers) => pointers.some(points));
}

it('the pointer index finds exactly what a scan with ctx.points finds, in the same order', () => {
  const pointer = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...LOGICAL_IDS).map((logicalId) => ({ logicalId })),
    fc.constantFrom(...TEXTS),
  );
  fc.assert(
    fc.property(
      fc.array(fc.array(pointer, { maxLength: 3 }), { maxLength: 12 }),
      fc.constantFrom(...LOGICAL_IDS),
      fc.array(fc.option(fc.constantFrom(...TEXTS), { nil: undefined }), { maxLength: 2 }),
      (items, logicalId, names) => {
        const decl = { logicalId } as ResourceDecl;
        const at = pointerIndex(ctx, items, (item) => item);
        assert.deepEqual(at(decl, ...names), scan(items, decl, names));
      },
    ),
    { seed: 20261205, numRuns: 500 },
  );
});
