import { z } from 'zod';
import { NamedPolicySchema, PolicyDocumentSchema, resourceSchema } from '../base.js';

export const AccessKeySchema = z.strictObject({
  id: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  /** null = never used. */
  lastUsedAt: z.string().nullable().optional(),
});
export type AccessKey = z.infer<typeof AccessKeySchema>;

export const IamUserSchema = resourceSchema('IamUser', {
  createdAt: z.string().optional(),
  /** Has a console password. */
  consoleAccess: z.boolean().optional(),
  mfaActive: z.boolean().optional(),
  /** null = password never used. */
  passwordLastUsed: z.string().nullable().optional(),
  accessKeys: z.array(AccessKeySchema).optional(),
  attachedPolicyArns: z.array(z.string()).optional(),
  inlinePolicies: z.array(NamedPolicySchema).optional(),
  groups: z.array(z.string()).optional(),
});
export type IamUser = z.infer<typeof IamUserSchema>;

export const IamGroupSchema = resourceSchema('IamGroup', {
  attachedPolicyArns: z.array(z.string()).optional(),
  inlinePolicies: z.array(NamedPolicySchema).optional(),
  members: z.array(z.string()).optional(),
});
export type IamGroup = z.infer<typeof IamGroupSchema>;

export const IamRoleSchema = resourceSchema('IamRole', {
  assumeRolePolicy: PolicyDocumentSchema.optional(),
  attachedPolicyArns: z.array(z.string()).optional(),
  inlinePolicies: z.array(NamedPolicySchema).optional(),
});
export type IamRole = z.infer<typeof IamRoleSchema>;

/** A managed policy (customer or AWS managed); id = policy ARN. */
export const IamPolicySchema = resourceSchema('IamPolicy', {
  managedBy: z.enum(['aws', 'customer']),
  document: PolicyDocumentSchema.optional(),
  attachmentCount: z.number().int().optional(),
});
export type IamPolicy = z.infer<typeof IamPolicySchema>;
