/**
 * JSON as `JSON.stringify(value, null, 2)` writes it, character for character, but as a sequence
 * of chunks: a million-resource scan's report is larger than the longest string V8 can hold.
 * Containers down to `depth` levels are opened here; below that each value is stringified whole
 * (and re-indented), so chunks stay few and large enough to write efficiently.
 */

/** An array whose items are made on demand while streaming, never all held at once. */
export class LazyArray {
  constructor(readonly items: () => Iterable<unknown>) {}

  /** Whole, for JSON.stringify (small results, tests). */
  toJSON(): unknown[] {
    return [...this.items()];
  }
}

const STEP = '  ';

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function withToJson(value: unknown, key: string): unknown {
  if (value instanceof LazyArray) return value;
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? toJSON.call(value, key) : value;
}

function* whole(value: unknown, indent: string): Generator<string> {
  const text = JSON.stringify(value, null, 2) as string;
  // Line breaks in JSON.stringify's output are all structural (a string's are escaped).
  yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

function* items(list: Iterable<unknown>, depth: number, indent: string): Generator<string> {
  const inner = indent + STEP;
  let first = true;
  let index = 0;
  for (const raw of list) {
    yield first ? `[\n${inner}` : `,\n${inner}`;
    first = false;
    const item = withToJson(raw, String(index++));
    if (isOmitted(item)) yield 'null';
    else yield* chunksOf(item, depth - 1, inner);
  }
  yield first ? '[]' : `\n${indent}]`;
}

function* members(object: Record<string, unknown>, depth: number, indent: string): Generator<string> {
  const inner = indent + STEP;
  let first = true;
  for (const key of Object.keys(object)) {
    const value = withToJson(object[key], key);
    if (isOmitted(value)) continue;
    yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* chunksOf(value, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

function* chunksOf(value: unknown, depth: number, indent: string): Generator<string> {
  if (value instanceof LazyArray) yield* items(value.items(), depth, indent);
  else if (depth <= 0 || value === null || typeof value !== 'object') yield* whole(value, indent);
  else if (Array.isArray(value)) yield* items(value, depth, indent);
  else yield* members(value as Record<string, unknown>, depth, indent);
}

/**
 * The chunks of `JSON.stringify(value, null, 2)` followed by a line break. LazyArrays anywhere
 * within the opened levels are streamed item by item.
 */
export function* jsonChunks(value: unknown, depth = 2): Generator<string> {
  const top = withToJson(value, '');
  if (isOmitted(top)) throw new TypeError('jsonChunks: nothing to write');
  yield* chunksOf(top, depth, '');
  yield '\n';
}
