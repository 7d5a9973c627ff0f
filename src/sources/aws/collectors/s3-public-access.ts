import type { PublicAccessBlock } from '../../../inventory/kinds/account.js';

/** S3's and S3 Control's PublicAccessBlockConfiguration share this shape. */
export interface PublicAccessBlockConfig {
  BlockPublicAcls?: boolean | undefined;
  IgnorePublicAcls?: boolean | undefined;
  BlockPublicPolicy?: boolean | undefined;
  RestrictPublicBuckets?: boolean | undefined;
}

/**
 * Block Public Access as the inventory models it. A setting left out of a stored configuration is
 * off: S3 stores an omitted setting as false.
 */
export function publicAccessBlockOf(config: PublicAccessBlockConfig | undefined): PublicAccessBlock {
  return {
    blockPublicAcls: config?.BlockPublicAcls ?? false,
    ignorePublicAcls: config?.IgnorePublicAcls ?? false,
    blockPublicPolicy: config?.BlockPublicPolicy ?? false,
    restrictPublicBuckets: config?.RestrictPublicBuckets ?? false,
  };
}

/**
 * Test endpoints (AWS_ENDPOINT_URL, e.g. moto or LocalStack on 127.0.0.1) cannot serve S3's
 * virtual-hosted names (`bucket.127.0.0.1`) or S3 Control's account-id host prefix
 * (`123456789012.127.0.0.1`), so those are switched off only when such an endpoint is set. Against
 * AWS the SDK's defaults stay.
 */
export function s3ClientExtra(): { forcePathStyle?: boolean } {
  return process.env.AWS_ENDPOINT_URL ? { forcePathStyle: true } : {};
}

export function s3ControlClientExtra(): { disableHostPrefix?: boolean } {
  return process.env.AWS_ENDPOINT_URL ? { disableHostPrefix: true } : {};
}
