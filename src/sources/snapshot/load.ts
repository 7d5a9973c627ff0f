import type { z } from 'zod';
import { InputError } from '../../errors.js';
import { Inventory } from '../../inventory/inventory.js';
import { tagsOfObject } from '../../inventory/tags.js';
import { jsonSyntaxError } from '../shared/json-syntax.js';
import { jsonTooDeepAt, TOO_DEEP } from '../shared/nesting.js';
import { type Snapshot, SnapshotSchema } from './format.js';
import { gapsOf } from './gaps.js';

/** Formats a zod path as a JSON path: resources[3].encryption.enabled */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

function describeIssue(snapshot: unknown, issue: z.core.$ZodIssue): string {
  const [first, index] = issue.path;
  let where = jsonPath(issue.path);
  if (first === 'resources' && typeof index === 'number') {
    const item = (snapshot as { resources?: unknown[] }).resources?.[index] as
      | { type?: unknown; id?: unknown }
      | undefined;
    if (item && typeof item.id === 'string') where += ` (${String(item.type)} ${item.id})`;
  }
  return `${where}: ${issue.message}`;
}

/** Parses and validates a snapshot's text. Throws InputError with file and JSON path. */
export function parseSnapshot(text: string, file: string): Snapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InputError(`${file}${jsonSyntaxError(text)}`);
  }
  // Validation and checks walk the data recursively: absurd nesting is refused here, with its line.
  const deep = jsonTooDeepAt(text);
  if (deep !== undefined) throw new InputError(`${file}:${deep}: ${TOO_DEEP}`);
  const parsed = SnapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    throw new InputError(
      `${file}: invalid snapshot at ${describeIssue(raw, first as z.core.$ZodIssue)}${more}`,
    );
  }
  const seen = new Set<string>();
  for (const [i, r] of parsed.data.resources.entries()) {
    if (seen.has(r.id))
      throw new InputError(`${file}: invalid snapshot at resources[${i}]: duplicate id ${r.id}`);
    seen.add(r.id);
    // zod drops a `__proto__` key from every record it parses: such tags are taken from the file as read.
    const rawTags = (raw as { resources: { tags?: unknown }[] }).resources[i]?.tags;
    if (rawTags === null || typeof rawTags !== 'object' || !Object.hasOwn(rawTags, '__proto__')) continue;
    const tags = tagsOfObject(rawTags);
    if (!tags)
      throw new InputError(
        `${file}: invalid snapshot at ${jsonPath(['resources', i, 'tags', '__proto__'])} (${r.type} ${r.id}): expected string`,
      );
    r.tags = tags;
  }
  return parsed.data;
}

export function inventoryOf(snapshot: Snapshot): Inventory {
  return new Inventory(snapshot.resources, gapsOf(snapshot));
}
