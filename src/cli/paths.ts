import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root (dist/src/cli/ → three levels up), where examples/ and schema/ live. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const DEMO_SNAPSHOT = `${PACKAGE_ROOT}examples/demo-account.json`;
export const DEMO_POLICY = `${PACKAGE_ROOT}examples/demarc.yaml`;

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string };
  return pkg.version;
}
