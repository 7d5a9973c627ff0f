import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { PACKAGE_ROOT } from '../src/cli/paths.js';

/**
 * The arrows shared/DESIGN.md allows between the folders of src/ ("Folders", "may import").
 * `src/errors.ts` (the InputError every layer may raise) is a leaf anyone may import.
 * `types` lists folders a layer may import types from, and nothing else.
 */
const ALLOWED: Record<string, { imports: readonly string[]; types?: readonly string[] }> = {
  model: { imports: [] },
  inventory: { imports: ['model'] },
  'sources/shared': { imports: ['inventory', 'model'] },
  sources: { imports: ['inventory', 'model', 'sources/shared'] },
  checks: { imports: ['inventory', 'model'], types: ['policy'] },
  policy: { imports: ['model'] },
  engine: { imports: ['model', 'inventory', 'sources', 'sources/shared', 'checks', 'policy'] },
  report: { imports: ['engine', 'model'], types: ['inventory'] },
  store: { imports: ['model'], types: ['engine'] },
  server: { imports: ['store', 'report', 'engine', 'model'] },
  runner: {
    imports: ['sources', 'sources/shared', 'engine', 'store', 'model', 'inventory', 'policy', 'checks'],
  },
  cli: { imports: ['*'] },
};

const SRC = join(PACKAGE_ROOT, 'src');

/** The layer of a file under src/: its first folder, except sources/<name> and sources/shared. */
function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'sources') return parts[1] === 'shared' ? 'sources/shared' : 'sources';
  return parts.length > 1 ? (parts[0] as string) : file;
}

/** The source below sources/ a file belongs to, to tell siblings apart. */
const sourceOf = (file: string) => (file.startsWith('sources/') ? file.split('/')[1] : undefined);

interface Arrow {
  from: string;
  to: string;
  typeOnly: boolean;
}

function arrows(): Arrow[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  const out: Arrow[] = [];
  for (const from of files) {
    const text = readFileSync(join(SRC, from), 'utf8');
    for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
      const specifier = m[3] as string;
      if (!specifier.startsWith('.')) continue;
      const to = relative(SRC, join(dirname(join(SRC, from)), specifier)).replace(/\.js$/, '.ts');
      out.push({ from, to, typeOnly: Boolean(m[2]) });
    }
  }
  return out;
}

function forbidden(arrow: Arrow): string | undefined {
  const from = layerOf(arrow.from);
  const to = arrow.to.startsWith('..') ? 'outside src/' : layerOf(arrow.to);
  if (to === 'outside src/') return 'imports from outside src/ (test helpers belong in test/helpers/)';
  if (from === to) {
    if (from === 'sources' && sourceOf(arrow.from) !== sourceOf(arrow.to)) return 'imports a sibling source';
    return undefined;
  }
  if (to === 'errors.ts') return undefined;
  const rule = ALLOWED[from];
  if (!rule) return `folder ${from} is not in DESIGN.md's table`;
  if (rule.imports.includes('*') || rule.imports.includes(to)) return undefined;
  if (arrow.typeOnly && rule.types?.includes(to)) return undefined;
  return `${from} may not import ${to}`;
}

describe('architecture', () => {
  it('every import between folders of src/ is an arrow DESIGN.md allows', () => {
    const broken = arrows()
      .map((a) => ({ a, why: forbidden(a) }))
      .filter((x) => x.why)
      .map(({ a, why }) => `${a.from} -> ${a.to}: ${why}`);
    assert.deepEqual(broken, []);
  });

  it('reads real imports (a forbidden arrow would be seen)', () => {
    const all = arrows();
    assert.ok(all.length > 300, `${all.length} imports read`);
    assert.ok(forbidden({ from: 'report/x.ts', to: 'checks/check.ts', typeOnly: false }));
    assert.ok(forbidden({ from: 'sources/terraform/x.ts', to: 'sources/snapshot/load.ts', typeOnly: true }));
    assert.ok(forbidden({ from: 'model/x.ts', to: 'inventory/resources.ts', typeOnly: true }));
    assert.equal(
      forbidden({ from: 'sources/aws/x.ts', to: 'sources/shared/y.ts', typeOnly: false }),
      undefined,
    );
  });
});
