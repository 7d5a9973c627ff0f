import { z } from 'zod';
import { PolicyDocumentSchema, resourceSchema } from '../base.js';

/** id = key ARN. */
export const KmsKeySchema = resourceSchema('KmsKey', {
  keyId: z.string(),
  aliases: z.array(z.string()).default([]),
  manager: z.enum(['AWS', 'CUSTOMER']).optional(),
  /** AWS_KMS, EXTERNAL (imported), AWS_CLOUDHSM, EXTERNAL_KEY_STORE. */
  origin: z.enum(['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE']).optional(),
  keyState: z.string().optional(),
  keySpec: z.string().optional(),
  keyUsage: z.string().optional(),
  rotationEnabled: z.boolean().optional(),
  policy: PolicyDocumentSchema.optional(),
});
export type KmsKey = z.infer<typeof KmsKeySchema>;
