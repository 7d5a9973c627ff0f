import type { AnyCheck } from '../check.js';
import s3BucketDefaultEncryption from './s3-bucket-default-encryption.js';

export const checks: AnyCheck[] = [s3BucketDefaultEncryption];
