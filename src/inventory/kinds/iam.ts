import { z } from 'zod';
import { NamedPolicySchema, PolicyDocumentSchema } from '../base.js';
import { defineKind } from '../kind.js';

const AccessKeySchema = z.strictObject({
  id: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  /** null = never used. */
  lastUsedAt: z.string().nullable().optional(),
});
export type AccessKey = z.infer<typeof AccessKeySchema>;

export const iamUserKind = defineKind({
  type: 'IamUser',
  service: 'iam',
  traits: { scope: 'global' },
  asffType: 'AwsIamUser',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
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
  },
});
const IamUserSchema = iamUserKind.schema;
export type IamUser = z.infer<typeof IamUserSchema>;

export const iamGroupKind = defineKind({
  type: 'IamGroup',
  service: 'iam',
  traits: { scope: 'global' },
  asffType: 'AwsIamGroup',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    attachedPolicyArns: z.array(z.string()).optional(),
    inlinePolicies: z.array(NamedPolicySchema).optional(),
    members: z.array(z.string()).optional(),
  },
});
const IamGroupSchema = iamGroupKind.schema;
export type IamGroup = z.infer<typeof IamGroupSchema>;

export const iamRoleKind = defineKind({
  type: 'IamRole',
  service: 'iam',
  traits: { scope: 'global' },
  asffType: 'AwsIamRole',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    assumeRolePolicy: PolicyDocumentSchema.optional(),
    attachedPolicyArns: z.array(z.string()).optional(),
    inlinePolicies: z.array(NamedPolicySchema).optional(),
  },
});
const IamRoleSchema = iamRoleKind.schema;
export type IamRole = z.infer<typeof IamRoleSchema>;

/** A managed policy (customer or AWS managed); id = policy ARN. */
export const iamPolicyKind = defineKind({
  type: 'IamPolicy',
  service: 'iam',
  traits: { scope: 'global' },
  asffType: 'AwsIamPolicy',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    managedBy: z.enum(['aws', 'customer']),
    document: PolicyDocumentSchema.optional(),
    attachmentCount: z.number().int().optional(),
  },
});
const IamPolicySchema = iamPolicyKind.schema;
export type IamPolicy = z.infer<typeof IamPolicySchema>;
