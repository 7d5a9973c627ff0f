import { z } from 'zod';
import { PolicyDocumentSchema } from '../base.js';
import { defineKind } from '../kind.js';

const CREATE_FILE_SYSTEM_DOC = 'https://docs.aws.amazon.com/efs/latest/ug/API_CreateFileSystem.html';

export const efsFileSystemKind = defineKind({
  type: 'EfsFileSystem',
  service: 'efs',
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  asffType: 'AwsEfsFileSystem',
  producedBy: ['cloudformation', 'terraform'],
  schema: {
    /** Chosen at creation and fixed for the life of the file system. */
    encrypted: z.boolean().optional(),
    /** The KMS key of an encrypted file system; undefined = aws/elasticfilesystem. */
    kmsKeyId: z.string().optional(),
    /** The file system policy; null = it has none (any IAM principal the NFS client's role allows may mount). */
    fileSystemPolicy: PolicyDocumentSchema.nullable().optional(),
    /** Automatic backups through AWS Backup. */
    backupPolicyStatus: z.enum(['ENABLED', 'ENABLING', 'DISABLED', 'DISABLING']).optional(),
  },
  defaults: {
    /**
     * The console ticks encryption by default, but the API, the CLI, CloudFormation and Terraform
     * create a file system unencrypted unless asked (CreateFileSystem: Encrypted, default false).
     */
    encrypted: { value: false, doc: CREATE_FILE_SYSTEM_DOC },
    /** A file system created through the API has no file system policy… */
    fileSystemPolicy: {
      value: null,
      doc: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
    },
    /** …and automatic backups off (the console turns them on). */
    backupPolicyStatus: {
      value: 'DISABLED',
      doc: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
    },
  },
});
export type EfsFileSystem = z.infer<typeof efsFileSystemKind.schema>;
