import type { AnyCheck } from '../check.js';
import regionWithinAllowedJurisdiction from './region-within-allowed-jurisdiction.js';

export const checks: AnyCheck[] = [regionWithinAllowedJurisdiction];
