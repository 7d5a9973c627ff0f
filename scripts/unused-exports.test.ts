import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../test/helpers/paths.js';
import { unusedExports } from './unused-exports.js';

/** A throwaway repository holding `files` (path → text). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'demarc-unused-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('unused exports (scripts/unused-exports.ts)', () => {
  const roots: string[] = [];
  after(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('finds none in src/, test/, bench/ and scripts/', () => {
    const found = unusedExports(REPO_ROOT).map(({ file, names }) => `${file}: ${names.join(', ')}`);
    assert.deepEqual(
      found,
      [],
      'drop the `export` of a name only its own file uses, delete a name nothing uses ' +
        '(list them: npm run -s build && node dist/scripts/unused-exports.js)',
    );
  });

  it('lists an export nothing imports, and not one a file, bin/ or action/ imports', () => {
    const root = tree({
      'src/a.ts': [
        'export const used = 1;',
        'export function lonely() {}',
        'export type Shape = { a: number };',
        'export interface FromBin {}',
        'const local = 2;',
        'export { local };',
      ].join('\n'),
      'src/b.ts': "import { used, type Shape } from './a.js';\nexport default used;\n",
      'bin/cli.js': "import { FromBin } from '../dist/src/a.js';\nimport b from '../dist/src/b.js';\n",
      'action/run.js': "import { local } from '../dist/src/a.js';\n",
    });
    roots.push(root);
    assert.deepEqual(unusedExports(root), [{ file: 'src/a.ts', names: ['lonely'] }]);
  });

  it('counts `import * as` and a type query `import(…).Name` as uses', () => {
    const root = tree({
      'src/a.ts': 'export const one = 1;\nexport const two = 2;\n',
      'src/b.ts': 'export type T = 1;\nexport type U = 2;\n',
      'src/c.ts': "import * as a from './a.js';\nlet t: import('./b.js').T;\n",
    });
    roots.push(root);
    assert.deepEqual(unusedExports(root), [{ file: 'src/b.ts', names: ['U'] }]);
  });
});
