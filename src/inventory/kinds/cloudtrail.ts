import { z } from 'zod';
import { defineKind } from '../kind.js';

export const cloudTrailTrailKind = defineKind({
  type: 'CloudTrailTrail',
  service: 'cloudtrail',
  traits: { scope: 'regional' },
  asffType: 'AwsCloudTrailTrail',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    homeRegion: z.string().optional(),
    isMultiRegion: z.boolean().optional(),
    isOrganizationTrail: z.boolean().optional(),
    /** Accounts known to be recorded by this trail (an organization trail seen from a member account). */
    coversAccounts: z.array(z.string()).optional(),
    includeGlobalServiceEvents: z.boolean().optional(),
    logFileValidation: z.boolean().optional(),
    kmsKeyId: z.string().nullable().optional(),
    isLogging: z.boolean().optional(),
    s3BucketName: z.string().optional(),
    /** Records read and write management events. */
    managementEvents: z.enum(['All', 'ReadOnly', 'WriteOnly', 'None']).optional(),
  },
});
const CloudTrailTrailSchema = cloudTrailTrailKind.schema;
export type CloudTrailTrail = z.infer<typeof CloudTrailTrailSchema>;
