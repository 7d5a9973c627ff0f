/**
 * Lists exported names that no other file imports, re-exports or names in an `import('…')` type:
 * `npm run -s build && node dist/scripts/unused-exports.js [folder…]` (default: every folder).
 * A plain reading of import and export statements, not a type checker: `import * as` and
 * `export * from` count as using every export of their module, so it errs towards "used".
 * scripts/unused-exports.test.ts fails on any hit, so a new unused export breaks `npm test`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository root, from dist/scripts/ (where this runs compiled). */
const ROOT = resolve(import.meta.dirname, '../..');
/** Every folder whose files import from the others; action/ and bin/ import the compiled dist/src. */
const FOLDERS = ['src', 'test', 'bench', 'scripts', 'bin', 'action'];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures' || name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(ts|js)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const DECLARED =
  /^export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
const LOCAL_LIST = /^export\s+(?:type\s+)?\{([^}]*)\}\s*;/gm;
const FROM =
  /(?:import|export)\s+(type\s+)?(\*(?:\s+as\s+\w+)?|\{[^}]*\}|[\w$]+(?:\s*,\s*\{[^}]*\})?)\s+from\s+['"]([^'"]+)['"]/g;
const TYPE_QUERY = /import\(\s*['"]([^'"]+)['"]\s*\)\s*\.\s*([\w$]+)/g;
const SIDE = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The file a relative specifier names, with `.js` read as the `.ts` beside it. */
function target(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(from), specifier);
  // bin/ and action/ import the compiled dist/src: map it back to src.
  const source = path.replace(`${root}/dist/`, `${root}/`);
  return source.replace(/\.js$/, '.ts');
}

/** `a, b as c, type d` → the names imported (a, b, d). */
function names(list: string): string[] {
  return list
    .replace(/[{}]/g, '')
    .split(',')
    .map(
      (part) =>
        part
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0] ?? '',
    )
    .filter(Boolean);
}

/** One file's exports that nothing imports, its path relative to the root. */
interface UnusedExports {
  file: string;
  names: string[];
}

/** The exports under `root` that no file of FOLDERS uses, sorted by file; `wanted` narrows the files listed. */
export function unusedExports(rootPath: string, wanted: readonly string[] = []): UnusedExports[] {
  // No trailing slash, so that `${root}/dist/` matches what resolve() gives.
  const root = resolve(rootPath);
  const all = FOLDERS.flatMap((f) => {
    try {
      return files(join(root, f));
    } catch {
      return [];
    }
  });
  const exported = new Map<string, Set<string>>();
  const used = new Map<string, Set<string>>();
  const everything = new Set<string>();
  const use = (file: string, name: string) => {
    let set = used.get(file);
    if (!set) used.set(file, (set = new Set()));
    set.add(name);
  };

  for (const file of all) {
    const text = readFileSync(file, 'utf8');
    const own = new Set<string>();
    for (const m of text.matchAll(DECLARED)) own.add(m[1] as string);
    for (const m of text.matchAll(LOCAL_LIST)) for (const n of names(m[1] as string)) own.add(n);
    exported.set(file, own);
    for (const m of text.matchAll(FROM)) {
      const to = target(root, file, m[3] as string);
      if (!to) continue;
      const clause = m[2] as string;
      if (clause.startsWith('*')) everything.add(to);
      else {
        const brace = /\{([^}]*)\}/.exec(clause)?.[1];
        if (brace !== undefined) for (const n of names(brace)) use(to, n);
        if (/^[\w$]+/.test(clause) && !clause.startsWith('{')) use(to, 'default');
        // A re-export (export, braces, from) makes its names exports of this file too.
        if (m[0].startsWith('export') && brace !== undefined) for (const n of names(brace)) own.add(n);
      }
    }
    for (const m of text.matchAll(TYPE_QUERY)) {
      const to = target(root, file, m[1] as string);
      if (to) use(to, m[2] as string);
    }
    for (const m of text.matchAll(SIDE)) {
      const to = target(root, file, m[1] as string);
      // A dynamic import whose result is used as a namespace: count all its exports.
      if (to && !new RegExp(`import\\(\\s*['"]${m[1]}['"]\\s*\\)\\s*\\.`).test(text)) everything.add(to);
    }
  }

  const out: UnusedExports[] = [];
  for (const [file, own] of [...exported].sort(([a], [b]) => a.localeCompare(b))) {
    if (everything.has(file)) continue;
    if (wanted.length > 0 && !wanted.some((w) => file === w || file.startsWith(`${w}/`))) continue;
    const unused = [...own].filter((n) => !used.get(file)?.has(n));
    if (unused.length > 0) out.push({ file: relative(root, file), names: unused });
  }
  return out;
}

if (process.argv[1] === import.meta.filename) {
  const wanted = process.argv.slice(2).map((f) => resolve(ROOT, f));
  for (const { file, names } of unusedExports(ROOT, wanted)) console.log(`${file}: ${names.join(', ')}`);
}
