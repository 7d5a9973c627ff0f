import type { AnyCheck } from '../check.js';
import dataStoreClassified from './data-store-classified.js';
import regionWithinAllowedJurisdiction from './region-within-allowed-jurisdiction.js';

export const checks: AnyCheck[] = [dataStoreClassified, regionWithinAllowedJurisdiction];
