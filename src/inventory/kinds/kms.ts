import { z } from 'zod';
import { PolicyDocumentSchema } from '../base.js';
import { defineKind } from '../kind.js';

/** id = key ARN. */
export const kmsKeyKind = defineKind({
  type: 'KmsKey',
  service: 'kms',
  traits: { scope: 'regional', data: 'handles' },
  asffType: 'AwsKmsKey',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
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
  },
});
const KmsKeySchema = kmsKeyKind.schema;
export type KmsKey = z.infer<typeof KmsKeySchema>;
