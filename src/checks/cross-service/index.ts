import type { AnyCheck } from '../check.js';
import dataStoreClassified from './data-store-classified/check.js';
import regionWithinAllowedJurisdiction from './region-within-allowed-jurisdiction/check.js';

export const checks: AnyCheck[] = [dataStoreClassified, regionWithinAllowedJurisdiction];
