import type { Collector } from '../collector.js';

/** Every live collector; each lives in its own module beside this one. */
export const COLLECTORS: readonly Collector[] = [];
