import { z } from 'zod';
import { resourceSchema } from '../base.js';

export const PasswordPolicySchema = z.strictObject({
  minimumLength: z.number().int().optional(),
  requireSymbols: z.boolean().optional(),
  requireNumbers: z.boolean().optional(),
  requireUppercase: z.boolean().optional(),
  requireLowercase: z.boolean().optional(),
  maxAgeDays: z.number().int().optional(),
  reusePrevention: z.number().int().optional(),
});

export const PublicAccessBlockSchema = z.strictObject({
  blockPublicAcls: z.boolean(),
  ignorePublicAcls: z.boolean(),
  blockPublicPolicy: z.boolean(),
  restrictPublicBuckets: z.boolean(),
});
export type PublicAccessBlock = z.infer<typeof PublicAccessBlockSchema>;

/** The account itself: root user and account-wide settings. id = account id. */
export const AwsAccountSchema = resourceSchema('AwsAccount', {
  rootMfaEnabled: z.boolean().optional(),
  rootHardwareMfa: z.boolean().optional(),
  rootAccessKeysPresent: z.boolean().optional(),
  /** ISO time of the root user's last password or access-key use; null = never used. */
  rootLastUsed: z.string().nullable().optional(),
  /** null = no password policy set (AWS defaults apply). */
  passwordPolicy: PasswordPolicySchema.nullable().optional(),
  /** Account-level S3 Block Public Access; null = not configured. */
  s3PublicAccessBlock: PublicAccessBlockSchema.nullable().optional(),
  /** Whether the account belongs to an AWS Organization. */
  organizationId: z.string().nullable().optional(),
});
export type AwsAccount = z.infer<typeof AwsAccountSchema>;
