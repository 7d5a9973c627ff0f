import type { Resource } from '../../inventory/resources.js';
import type { AwsContext } from './context.js';

/** One service's reader: lists with paginators, details with bounded concurrency, never writes. */
export interface Collector {
  service: string;
  /** Global services (IAM, S3 listing, CloudFront) are read once, from their home region. */
  scope: 'global' | 'regional';
  collect(ctx: AwsContext, region: string): Promise<Resource[]>;
}
