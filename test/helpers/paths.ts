import { fileURLToPath } from 'node:url';

/**
 * The repository root, from test/helpers/ or dist/test/helpers/ alike: tsc copies no YAML or JSON
 * into dist/, so tests read example files from the source tree.
 */
export const REPO_ROOT = fileURLToPath(
  new URL(import.meta.url.includes('/dist/test/') ? '../../../' : '../../', import.meta.url),
);
