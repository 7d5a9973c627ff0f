import { awsDefault } from '../../../inventory/kind.js';
import { efsFileSystemKind } from '../../../inventory/kinds/efs.js';
import type { ResourceOf } from '../../../inventory/resources.js';
import { Defaults, keyReference, type Mapper, policyDocument } from './common.js';

const NEW = efsFileSystemKind.defaults;
const BACKUP_STATUSES = ['ENABLED', 'ENABLING', 'DISABLED', 'DISABLING'] as const;

/** AWS::EFS::FileSystem: encryption, key, file system policy and backup policy are its own properties. */
export const mapEfs: Mapper = (ctx) =>
  ctx.ofType('AWS::EFS::FileSystem').map((decl): ResourceOf<'EfsFileSystem'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const name = ctx.nameOf(decl, 'FileSystemName');
    const status = p.sub('BackupPolicy').literal('Status');
    const fields = {
      // CloudFormation, like the API, creates a file system unencrypted unless Encrypted is true.
      encrypted: p.has('Encrypted') ? p.bool('Encrypted') : d.take('encrypted', awsDefault(NEW.encrypted)),
      kmsKeyId: keyReference(p, 'KmsKeyId'),
      fileSystemPolicy: p.has('FileSystemPolicy')
        ? policyDocument(p.get('FileSystemPolicy'))
        : d.take('fileSystemPolicy', awsDefault(NEW.fileSystemPolicy)),
      backupPolicyStatus: p.has('BackupPolicy')
        ? BACKUP_STATUSES.find((s) => s === status)
        : d.take('backupPolicyStatus', awsDefault(NEW.backupPolicyStatus)),
    };
    return { type: 'EfsFileSystem', ...ctx.base(decl, 'EfsFileSystem', name, d.names, p), ...fields };
  });
