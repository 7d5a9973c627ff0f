import type { AnyCheck } from '../check.js';
import s3AccountPublicAccessBlock from './s3-account-public-access-block.js';
import s3BucketAccessLogging from './s3-bucket-access-logging.js';
import s3BucketDefaultEncryption from './s3-bucket-default-encryption.js';
import s3BucketDenyInsecureTransport from './s3-bucket-deny-insecure-transport.js';
import s3BucketNoPublicAcl from './s3-bucket-no-public-acl.js';
import s3BucketNoPublicPolicy from './s3-bucket-no-public-policy.js';
import s3BucketPublicAccessBlock from './s3-bucket-public-access-block.js';
import s3BucketVersioning from './s3-bucket-versioning.js';

export const checks: AnyCheck[] = [
  s3BucketDefaultEncryption,
  s3BucketDenyInsecureTransport,
  s3AccountPublicAccessBlock,
  s3BucketPublicAccessBlock,
  s3BucketNoPublicPolicy,
  s3BucketNoPublicAcl,
  s3BucketAccessLogging,
  s3BucketVersioning,
];
