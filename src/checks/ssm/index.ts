import type { AnyCheck } from '../check.js';

export const checks: AnyCheck[] = [];
