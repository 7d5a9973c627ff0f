/**
 * Rewrites the resource type enum of the hand-written schema/result.schema.json from the kind
 * registry (src/inventory/resources.ts), leaving the rest of the file as written. Run
 * `npm run schemas` after adding a kind; src/engine/result-schema.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCE_TYPES } from '../src/inventory/resources.js';

const FILE = join(import.meta.dirname, '..', '..', 'schema', 'result.schema.json');

/** The text with the `enum` of `"<name>": {` replaced by `values`, in the file's own layout. */
export function withEnum(text: string, name: string, values: readonly string[]): string {
  const pattern = new RegExp(`(\\n( *)"${name}": \\{\\n *"enum": \\[)[^\\]]*(\\])`);
  const match = pattern.exec(text);
  if (!match) throw new Error(`no "${name}" enum in ${FILE}`);
  const indent = `${match[2]}    `;
  const list = values.map((v) => `${indent}${JSON.stringify(v)}`).join(',\n');
  return text.replace(
    pattern,
    (_, head: string, outer: string, close: string) => `${head}\n${list}\n${outer}  ${close}`,
  );
}

if (process.argv[1] === import.meta.filename) {
  const before = readFileSync(FILE, 'utf8');
  const after = withEnum(before, 'resourceType', RESOURCE_TYPES);
  if (after !== before) writeFileSync(FILE, after);
  process.stdout.write(`${FILE}: ${after === before ? 'unchanged' : 'resource types updated'}\n`);
}
