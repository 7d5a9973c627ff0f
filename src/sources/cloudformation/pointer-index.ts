import type { ResourceDecl } from './resolver.js';

/** What a property points at: a resource of the template, or an id or name as text. */
export type Pointer = { logicalId: string } | string | undefined;

/**
 * The items that point at a resource, found by lookup: asking `ctx.points` of every item for every
 * resource made reading a large template quadratic (each VPC scanned every flow log, each bucket
 * every bucket policy). Same answer as that scan, in the items' order: a pointer to the resource's
 * logical id, to its id, or to one of its names.
 */
export function pointerIndex<T>(
  ctx: { idOf(logicalId: string): string },
  items: readonly T[],
  pointersOf: (item: T) => readonly Pointer[],
): (decl: ResourceDecl, ...names: (string | undefined)[]) => T[] {
  const byKey = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const pointer of pointersOf(item)) {
      if (pointer === undefined) continue;
      const key = typeof pointer === 'string' ? `text\u0000${pointer}` : `ref\u0000${pointer.logicalId}`;
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return (decl, ...names) => {
    const keys = [`ref\u0000${decl.logicalId}`, `text\u0000${ctx.idOf(decl.logicalId)}`];
    for (const name of names) if (name !== undefined) keys.push(`text\u0000${name}`);
    const found = new Set<number>();
    for (const key of keys) for (const i of byKey.get(key) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b).map((i) => items[i] as T);
  };
}
