import fc from 'fast-check';
import { hostileString, hostileValue, OBJECT_KEYS } from './hostile.js';

/**
 * Structural mutations of a valid document: replace a value, delete it, add a key (Object-member
 * names included), rename a key. Each mutation picks its target by an index into the document's
 * nodes, so fast-check shrinks a failing case to fewer, simpler mutations.
 */

type Path = (string | number)[];

type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown }
  | { op: 'rename'; at: number; key: string };

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  typeof v === 'object' && v !== null;

/** Every node below the root, depth first, to a depth that covers the documents we mutate. */
function paths(root: unknown, containersOnly: boolean): Path[] {
  const out: Path[] = containersOnly && isContainer(root) ? [[]] : [];
  const walk = (value: unknown, path: Path) => {
    if (!isContainer(value) || path.length > 12) return;
    for (const [k, v] of Object.entries(value)) {
      const p = [...path, Array.isArray(value) ? Number(k) : k];
      if (!containersOnly || isContainer(v)) out.push(p);
      walk(v, p);
    }
  };
  walk(root, []);
  return out;
}

const get = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

/** Sets an own property even for `__proto__`, so the key reaches the serialized text. */
function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const show = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};
const where = (p: Path) => p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('') || '(root)';

/** Applies the mutations to a copy of `doc`; `log` receives one line per mutation that took. */
export function applyMutations(doc: unknown, mutations: readonly Mutation[], log: string[] = []): unknown {
  let root = structuredClone(doc);
  for (const m of mutations) {
    const candidates = paths(root, m.op === 'add');
    if (candidates.length === 0) {
      if (m.op === 'replace') {
        root = m.value;
        log.push(`root := ${show(m.value)}`);
      }
      continue;
    }
    const path = candidates[m.at % candidates.length] as Path;
    if (path.length === 0 && m.op !== 'add') continue;
    const parent = get(root, path.slice(0, -1)) as Record<string, unknown> | unknown[];
    const key = path[path.length - 1] as string | number;
    if (m.op === 'replace') {
      setOwn(parent, key, structuredClone(m.value));
      log.push(`${where(path)} := ${show(m.value)}`);
    } else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      log.push(`delete ${where(path)}`);
    } else if (m.op === 'add') {
      const target = get(root, path) as Record<string, unknown> | unknown[];
      if (Array.isArray(target)) target.push(structuredClone(m.value));
      else setOwn(target, m.key, structuredClone(m.value));
      log.push(`${where(path)} += ${show(m.key)}: ${show(m.value)}`);
    } else if (!Array.isArray(parent)) {
      const value = parent[key as string];
      delete parent[key as string];
      setOwn(parent, m.key, value);
      log.push(`rename ${where(path)} to ${show(m.key)}`);
    }
  }
  return root;
}

const at = fc.nat({ max: 100_000 });
const key = fc.oneof(
  fc.constantFrom(...OBJECT_KEYS),
  hostileString,
  fc.constantFrom('Tags', 'Properties', 'tags'),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('replace' as const), at, value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('add' as const), at, key, value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), at, key }) },
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** Only string leaves replaced by hostile strings: the document stays valid, its text turns hostile. */
interface LeafChange {
  at: number;
  value: string;
  /** Replace the whole string, or append to it (keeps a plausible prefix). */
  whole: boolean;
}

/** `fixed` names keys whose values are enumerations: left alone, so the document stays valid. */
export function hostileLeaves(
  doc: unknown,
  replacements: readonly LeafChange[],
  log: string[] = [],
  fixed: ReadonlySet<string> = new Set(),
): unknown {
  const root = structuredClone(doc);
  const enumerated = (p: Path) => p.some((k) => typeof k === 'string' && fixed.has(k));
  const leaves = paths(root, false).filter((p) => typeof get(root, p) === 'string' && !enumerated(p));
  for (const r of replacements) {
    if (leaves.length === 0) break;
    const path = leaves[r.at % leaves.length] as Path;
    const parent = get(root, path.slice(0, -1)) as Record<string, unknown>;
    const k = path[path.length - 1] as string;
    const value = r.whole ? r.value : `${String(parent[k])}${r.value}`;
    setOwn(parent, k, value);
    log.push(`${where(path)} := ${show(value)}`);
  }
  return root;
}

export const leafReplacements = fc.array(fc.record({ at, value: hostileString, whole: fc.boolean() }), {
  minLength: 1,
  maxLength: 8,
});

/** Damage done to the serialized text: a BOM, a cut, stray bytes, a hostile insertion. */
type TextDamage =
  | { op: 'none' }
  | { op: 'bom' }
  | { op: 'truncate'; fraction: number }
  | { op: 'insert'; fraction: number; text: string }
  | { op: 'bytes'; fraction: number; bytes: number[] }
  | { op: 'crlf' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

export const textDamage = (snippets: fc.Arbitrary<string>): fc.Arbitrary<TextDamage> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant({ op: 'none' as const }) },
    { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
    { weight: 1, arbitrary: fc.constant({ op: 'crlf' as const }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), fraction }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), fraction, text: snippets }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('bytes' as const),
        fraction,
        bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
      }),
    },
  );

/** The damaged file content: text, or bytes when stray bytes went in. */
export function describeDamage(d: TextDamage): string {
  switch (d.op) {
    case 'none':
      return '';
    case 'bom':
    case 'crlf':
      return `text: ${d.op}`;
    case 'truncate':
      return `text: cut at ${Math.round(d.fraction * 100)}%`;
    case 'insert':
      return `text: ${show(d.text)} inserted at ${Math.round(d.fraction * 100)}%`;
    case 'bytes':
      return `text: bytes [${d.bytes.join(',')}] inserted at ${Math.round(d.fraction * 100)}%`;
  }
}

export function damage(text: string, d: TextDamage): { text?: string; bytes?: number[] } {
  const cut = (f: number) => Math.floor(text.length * f);
  switch (d.op) {
    case 'none':
      return { text };
    case 'bom':
      return { text: `\ufeff${text}` };
    case 'crlf':
      return { text: text.replaceAll('\n', '\r\n') };
    case 'truncate':
      return { text: text.slice(0, cut(d.fraction)) };
    case 'insert':
      return { text: text.slice(0, cut(d.fraction)) + d.text + text.slice(cut(d.fraction)) };
    case 'bytes': {
      const buffer = Buffer.from(text);
      const i = Math.floor(buffer.length * d.fraction);
      return { bytes: [...buffer.subarray(0, i), ...d.bytes, ...buffer.subarray(i)] };
    }
  }
}

/**
 * Object-member names where a string or a key was: `constructor` as a tag key, `__proto__` as a
 * classification level. Diluted among all hostile values they would rarely land on the few
 * fields that index a map, so they get a generator of their own.
 */
export const objectMemberChanges = fc.tuple(
  fc.array(fc.record({ at, value: fc.constantFrom(...OBJECT_KEYS), whole: fc.constant(true) }), {
    minLength: 1,
    maxLength: 3,
  }),
  fc.array(fc.record({ op: fc.constant('rename' as const), at, key: fc.constantFrom(...OBJECT_KEYS) }), {
    maxLength: 2,
  }),
);
