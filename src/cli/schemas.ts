import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PolicySchema } from '../policy/policy.js';
import { SnapshotSchema } from '../sources/snapshot/format.js';
import { PACKAGE_ROOT } from './paths.js';

const GENERATED = {
  snapshot: { schema: SnapshotSchema, title: 'demarc snapshot', id: 'snapshot.schema.json' },
  policy: { schema: PolicySchema, title: 'demarc policy file (demarc.yaml)', id: 'policy.schema.json' },
} as const;

/** The scan result is a TypeScript interface, not zod, so its schema is written by hand and shipped as is. */
const HAND_WRITTEN = { result: 'result.schema.json' } as const;

export type SchemaName = keyof typeof GENERATED | keyof typeof HAND_WRITTEN;
export const SCHEMA_NAMES = [...Object.keys(GENERATED), ...Object.keys(HAND_WRITTEN)] as SchemaName[];

/**
 * The published JSON Schema of an input format, generated from the same zod schema that validates
 * it; for the scan result, the hand-written file (src/engine/result-schema.test.ts keeps it true).
 */
export function jsonSchema(name: SchemaName): string {
  if (name === 'result') return readFileSync(`${PACKAGE_ROOT}schema/${HAND_WRITTEN[name]}`, 'utf8');
  const { schema, title, id } = GENERATED[name];
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', reused: 'ref' });
  return `${JSON.stringify({ ...generated, $id: `https://demarc.dev/schema/${id}`, title }, null, 2)}\n`;
}
