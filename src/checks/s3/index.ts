import type { AnyCheck } from '../check.js';
import s3AccountPublicAccessBlock from './s3-account-public-access-block/check.js';
import s3BucketAccessLogging from './s3-bucket-access-logging/check.js';
import s3BucketDefaultEncryption from './s3-bucket-default-encryption/check.js';
import s3BucketDenyInsecureTransport from './s3-bucket-deny-insecure-transport/check.js';
import s3BucketNoPublicAcl from './s3-bucket-no-public-acl/check.js';
import s3BucketNoPublicPolicy from './s3-bucket-no-public-policy/check.js';
import s3BucketPublicAccessBlock from './s3-bucket-public-access-block/check.js';
import s3BucketVersioning from './s3-bucket-versioning/check.js';

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
