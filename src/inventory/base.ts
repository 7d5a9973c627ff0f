import { z } from 'zod';

export const SOURCE_KINDS = ['aws', 'cloudformation', 'terraform', 'snapshot'] as const;

const SourceRefSchema = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  logicalId: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * Fields every resource carries. A typed property that is `undefined` is unknown: the source
 * could not learn it. A property filled from AWS's documented default (because the input left it
 * out) is named in `defaults`, so reports can say "by default".
 */
const baseShape = {
  id: z.string().min(1).describe('ARN where one exists, otherwise a stable id'),
  name: z.string(),
  account: z.string(),
  region: z.string().describe("AWS region, or 'global' for global resources"),
  zone: z
    .string()
    .optional()
    .describe('Availability, Local or Wavelength Zone (name or id): a Local Zone can sit in another country'),
  outpost: z
    .string()
    .optional()
    .describe('ARN of the Outpost the resource runs on (at a site of your choosing)'),
  tags: z.record(z.string(), z.string()).default({}),
  tagsUnknown: z.boolean().optional().describe('the source could not read the tags (they may exist)'),
  source: SourceRefSchema,
  defaults: z.array(z.string()).optional().describe('properties that took AWS documented defaults'),
  suppressions: z
    .array(z.strictObject({ checkId: z.string().min(1), reason: z.string().min(1) }))
    .optional()
    .describe('accepted risks written beside the resource in code (CloudFormation Metadata, a tag)'),
};

export function resourceSchema<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), ...baseShape, ...shape });
}

/** An IAM-style policy document, kept as written (strings or lists). */
const stringOrList = z.union([z.string(), z.array(z.string())]);
const PolicyStatementSchema = z.looseObject({
  Sid: z.string().optional(),
  Effect: z.enum(['Allow', 'Deny']),
  Principal: z.union([z.literal('*'), z.record(z.string(), stringOrList)]).optional(),
  NotPrincipal: z.union([z.literal('*'), z.record(z.string(), stringOrList)]).optional(),
  Action: stringOrList.optional(),
  NotAction: stringOrList.optional(),
  Resource: stringOrList.optional(),
  NotResource: stringOrList.optional(),
  Condition: z
    .record(z.string(), z.record(z.string(), z.union([stringOrList, z.boolean(), z.number()])))
    .optional(),
});
export const PolicyDocumentSchema = z.looseObject({
  Version: z.string().optional(),
  Id: z.string().optional(),
  Statement: z.union([PolicyStatementSchema, z.array(PolicyStatementSchema)]),
});
export type PolicyStatement = z.infer<typeof PolicyStatementSchema>;
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

/**
 * An inline policy. Its document is undefined when the source could not read it (an unresolved
 * value inside): the policy still exists, only what it allows is unknown.
 */
export const NamedPolicySchema = z.strictObject({
  name: z.string(),
  document: PolicyDocumentSchema.optional(),
});

/** Server-side encryption as a source sees it; custody is derived from it and the key. */
export const EncryptionSchema = z.strictObject({
  enabled: z.boolean(),
  /** e.g. 'AES256' (SSE-S3), 'aws:kms', 'aws:kms:dsse', 'AWS_OWNED_KMS_KEY' (DynamoDB default). */
  algorithm: z.string().optional(),
  /** Key id, ARN or alias as the service reports it; undefined when the service uses its own key. */
  kmsKeyId: z.string().optional(),
});
export type Encryption = z.infer<typeof EncryptionSchema>;
