import { z } from 'zod';
import { PolicySchema } from '../policy/policy.js';
import { SnapshotSchema } from '../sources/snapshot/format.js';

const SCHEMAS = {
  snapshot: { schema: SnapshotSchema, title: 'demarc snapshot', id: 'snapshot.schema.json' },
  policy: { schema: PolicySchema, title: 'demarc policy file (demarc.yaml)', id: 'policy.schema.json' },
} as const;

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

/** The published JSON Schema of an input format, generated from the same zod schema that validates it. */
export function jsonSchema(name: SchemaName): string {
  const { schema, title, id } = SCHEMAS[name];
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', reused: 'ref' });
  return `${JSON.stringify({ ...generated, $id: `https://demarc.dev/schema/${id}`, title }, null, 2)}\n`;
}
