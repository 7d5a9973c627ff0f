import type { PublicAccessBlock } from '../../../inventory/kinds/account.js';

/** S3's and S3 Control's PublicAccessBlockConfiguration share this shape. */
interface PublicAccessBlockConfig {
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
 * virtual-hosted names (`bucket.127.0.0.1`), so path-style addressing is used only when such an
 * endpoint is set. Against AWS the SDK's defaults stay.
 */
export function s3ClientExtra(): { forcePathStyle?: boolean } {
  return process.env.AWS_ENDPOINT_URL ? { forcePathStyle: true } : {};
}

/**
 * S3 Control's endpoint rules put the account id in front of the host (`123456789012.127.0.0.1`),
 * which no test endpoint on an IP address can answer, and `disableHostPrefix` does not reach that
 * rule. So with a test endpoint set, requests go to the endpoint exactly as given.
 */
export function s3ControlClientExtra(): { endpointProvider?: () => { url: URL } } {
  const endpoint = process.env.AWS_ENDPOINT_URL_S3_CONTROL ?? process.env.AWS_ENDPOINT_URL;
  return endpoint ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {};
}
