import { z } from 'zod';
import { EncryptionSchema, PolicyDocumentSchema } from '../base.js';
import { defineKind } from '../kind.js';
import { PublicAccessBlockSchema } from './account.js';

const S3GrantSchema = z.strictObject({
  /** Canonical user id, or a group URI such as http://acs.amazonaws.com/groups/global/AllUsers. */
  grantee: z.string(),
  permission: z.string(),
});
type S3Grant = z.infer<typeof S3GrantSchema>;

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

/**
 * The grants each canned ACL adds to the owner's own FULL_CONTROL (whose canonical id an IaC file
 * does not know), by the name the S3 API uses (CloudFormation's names are these in PascalCase).
 * A Map, not an object: an ACL named "constructor" or "__proto__" is no canned ACL.
 */
const CANNED_ACL_GRANTS: ReadonlyMap<string, readonly S3Grant[]> = new Map(
  Object.entries({
    private: [],
    'public-read': [{ grantee: ALL_USERS, permission: 'READ' }],
    'public-read-write': [
      { grantee: ALL_USERS, permission: 'READ' },
      { grantee: ALL_USERS, permission: 'WRITE' },
    ],
    'authenticated-read': [{ grantee: AUTHENTICATED_USERS, permission: 'READ' }],
    'log-delivery-write': [
      { grantee: LOG_DELIVERY, permission: 'WRITE' },
      { grantee: LOG_DELIVERY, permission: 'READ_ACP' },
    ],
    'aws-exec-read': [{ grantee: 'EC2 (aws-exec-read)', permission: 'READ' }],
    // Object-level canned ACLs: on a bucket they grant nothing beyond the owner.
    'bucket-owner-read': [],
    'bucket-owner-full-control': [],
  }),
);

/** The grants of a canned ACL, a fresh list; undefined for a name S3 does not know. */
export function cannedAclGrants(name: string): S3Grant[] | undefined {
  return CANNED_ACL_GRANTS.get(name)?.map((grant) => ({ ...grant }));
}

const NEW_BUCKET_DEFAULTS =
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/create-bucket-overview.html';

export const s3BucketKind = defineKind({
  type: 'S3Bucket',
  service: 's3',
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  asffType: 'AwsS3Bucket',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
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
  },
  defaults: {
    encryption: {
      value: { enabled: true, algorithm: 'AES256' },
      since: '2023-01-05',
      doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
    },
    publicAccessBlock: {
      value: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
      since: '2023-04',
      doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    objectOwnership: {
      value: 'BucketOwnerEnforced',
      since: '2023-04',
      doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    },
    /** Only the owner's own FULL_CONTROL, which is not listed. */
    aclGrants: { value: [], doc: NEW_BUCKET_DEFAULTS },
    policy: { value: null, doc: NEW_BUCKET_DEFAULTS },
    versioning: {
      value: 'Disabled',
      doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    },
    mfaDelete: {
      value: false,
      doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    },
    logging: { value: null, doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html' },
    objectLockEnabled: {
      value: false,
      doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
    },
  },
});

const S3BucketSchema = s3BucketKind.schema;
export type S3Bucket = z.infer<typeof S3BucketSchema>;
