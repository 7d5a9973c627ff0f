/**
 * Values of evaluated Terraform expressions: JSON-like data, with UNK standing for whatever only
 * apply (or a remote module, a data source, a function demarc does not run) could tell. A list or
 * map may be known while some of its elements are not.
 */

export const UNK: unique symbol = Symbol('unknown until apply');

export type Value = string | number | boolean | null | typeof UNK | Value[] | ValueMap | Lazy;
export interface ValueMap {
  [key: string]: Value;
}

/**
 * An object whose attributes are evaluated on demand (locals, resources, module outputs), so a
 * reference evaluates only what it names, and a cycle is cut where it closes.
 */
export class Lazy {
  constructor(
    readonly get: (key: string) => Value,
    readonly keys: () => string[],
  ) {}
}

/** A failure Terraform would report (a missing key, a wrong type): the value becomes unknown. */
export class HclEvalError extends Error {}

export function isMap(value: Value): value is ValueMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Lazy);
}

/** A Lazy object as a plain map; other values as they are. */
export function materialize(value: Value): Exclude<Value, Lazy> {
  if (!(value instanceof Lazy)) return value;
  const out: ValueMap = {};
  for (const key of value.keys()) out[key] = value.get(key);
  return out;
}

/** Whether a value has no unknown anywhere in it. */
export function isWhollyKnown(value: Value, depth = 0): boolean {
  if (value === UNK) return false;
  if (depth > 64) return false;
  if (value instanceof Lazy) return isWhollyKnown(materialize(value), depth + 1);
  if (Array.isArray(value)) return value.every((v) => isWhollyKnown(v, depth + 1));
  if (isMap(value)) return Object.values(value).every((v) => isWhollyKnown(v, depth + 1));
  return true;
}

/** A value as plain JSON data (Lazy objects materialized); unknown parts stay UNK. */
export function plain(value: Value, depth = 0): Value {
  if (depth > 64) return UNK;
  const v = materialize(value);
  if (Array.isArray(v)) return v.map((x) => plain(x, depth + 1));
  if (isMap(v)) {
    const out: ValueMap = {};
    for (const [k, x] of Object.entries(v)) out[k] = plain(x, depth + 1);
    return out;
  }
  return v;
}

/**
 * Splits a value into its known part (unknowns removed) and Terraform's `after_unknown` mask
 * (true where a value is unknown), as a plan writes them.
 */
export function splitUnknown(value: Value): { known: unknown; mask: unknown } {
  const v = materialize(value);
  if (v === UNK) return { known: null, mask: true };
  if (Array.isArray(v)) {
    const parts = v.map(splitUnknown);
    return { known: parts.map((p) => p.known), mask: parts.map((p) => p.mask ?? false) };
  }
  if (isMap(v)) {
    const known: Record<string, unknown> = {};
    const mask: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const part = splitUnknown(x);
      if (part.mask === true) mask[k] = true;
      else {
        known[k] = part.known;
        if (part.mask !== undefined && part.mask !== false) mask[k] = part.mask;
      }
    }
    return { known, mask };
  }
  return { known: v, mask: false };
}

/** The string form Terraform gives a primitive in a template or a string argument. */
export function toStr(value: Value): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw new HclEvalError(`cannot use ${describe(value)} as a string`);
}

export function toNum(value: Value): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  throw new HclEvalError(`cannot use ${describe(value)} as a number`);
}

export function toBool(value: Value): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new HclEvalError(`cannot use ${describe(value)} as a bool`);
}

/** Elements of a list, set or tuple; a map's values when `maps` is set. */
export function toList(value: Value, maps = false): Value[] {
  const v = materialize(value);
  if (Array.isArray(v)) return v;
  if (maps && isMap(v))
    return Object.keys(v)
      .sort()
      .map((k) => v[k] as Value);
  throw new HclEvalError(`cannot use ${describe(value)} as a list`);
}

export function toMap(value: Value): ValueMap {
  const v = materialize(value);
  if (isMap(v)) return v;
  throw new HclEvalError(`cannot use ${describe(value)} as a map`);
}

function describe(value: Value): string {
  if (value === null) return 'null';
  if (value === UNK) return 'an unknown value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Deep equality, as HCL's `==` (no conversion between types). */
export function equal(a: Value, b: Value): boolean {
  const x = materialize(a);
  const y = materialize(b);
  if (Array.isArray(x) && Array.isArray(y))
    return x.length === y.length && x.every((v, i) => equal(v, y[i] as Value));
  if (isMap(x) && isMap(y)) {
    const keys = Object.keys(x);
    return (
      keys.length === Object.keys(y).length &&
      keys.every((k) => k in y && equal(x[k] as Value, y[k] as Value))
    );
  }
  return x === y;
}
