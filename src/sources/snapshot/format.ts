import { z } from 'zod';
import { RESOURCE_TYPES, ResourceSchema, type ResourceType } from '../../inventory/resources.js';

const CoverageGapSchema = z.strictObject({
  /** Absent in snapshots written before gaps carried it: the loader gives them the snapshot's account. */
  account: z.string().optional(),
  service: z.string(),
  region: z.string(),
  api: z.string(),
  error: z.string(),
  resourceTypes: z.array(z.enum(RESOURCE_TYPES as [ResourceType, ...ResourceType[]])),
  resourceId: z.string().optional(),
  fields: z.array(z.string()).optional(),
  detail: z.boolean().optional(),
  file: z.string().optional(),
});

/** demarc's own snapshot: the normalized resources of an estate, plus what could not be read. */
export const SnapshotSchema = z.strictObject({
  $schema: z.string().optional(),
  demarcSnapshot: z.literal(1).describe('snapshot format version'),
  description: z.string().optional(),
  collectedAt: z.iso.datetime().optional(),
  resources: z.array(ResourceSchema),
  gaps: z.array(CoverageGapSchema).default([]),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
