import { z } from 'zod';
import { EncryptionSchema, PolicyDocumentSchema, resourceSchema } from '../base.js';
import { PublicAccessBlockSchema } from './account.js';

export const S3GrantSchema = z.strictObject({
  /** Canonical user id, or a group URI such as http://acs.amazonaws.com/groups/global/AllUsers. */
  grantee: z.string(),
  permission: z.string(),
});

export const S3BucketSchema = resourceSchema('S3Bucket', {
  /** Default encryption; null = none configured (only possible before January 2023). */
  encryption: EncryptionSchema.nullable().optional(),
  /** Bucket-level Block Public Access; null = not configured. */
  publicAccessBlock: PublicAccessBlockSchema.nullable().optional(),
  /** null = no bucket policy. */
  policy: PolicyDocumentSchema.nullable().optional(),
  aclGrants: z.array(S3GrantSchema).optional(),
  objectOwnership: z.enum(['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter']).optional(),
  versioning: z.enum(['Enabled', 'Suspended', 'Disabled']).optional(),
  mfaDelete: z.boolean().optional(),
  /** Server access logging target; null = logging off. */
  logging: z
    .strictObject({ targetBucket: z.string(), targetPrefix: z.string().optional() })
    .nullable()
    .optional(),
  objectLockEnabled: z.boolean().optional(),
});
export type S3Bucket = z.infer<typeof S3BucketSchema>;
