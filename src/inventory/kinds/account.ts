import { z } from 'zod';
import { defineKind } from '../kind.js';

const PasswordPolicySchema = z.strictObject({
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
export const awsAccountKind = defineKind({
  type: 'AwsAccount',
  service: 'iam',
  traits: { scope: 'global' },
  asffType: 'AwsAccount',
  producedBy: ['aws', 'terraform'],
  schema: {
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
  },
  defaults: {
    /**
     * A Block Public Access setting a configuration leaves out is off, as PutPublicAccessBlock
     * treats it, for the account and for a bucket alike.
     */
    publicAccessBlockSetting: {
      value: false,
      doc: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PublicAccessBlockConfiguration.html',
    },
  },
});

const AwsAccountSchema = awsAccountKind.schema;
export type AwsAccount = z.infer<typeof AwsAccountSchema>;
