import {
  equal,
  HclEvalError,
  isMap,
  isWhollyKnown,
  materialize,
  plain,
  toBool,
  toList,
  toMap,
  toNum,
  toStr,
  UNK,
  type Value,
  type ValueMap,
} from './values.js';

/**
 * Terraform's built-in functions that a security judgement commonly depends on. Each takes
 * evaluated arguments; any unknown argument that matters makes the result unknown. A function not
 * listed here evaluates to unknown (never guessed).
 */
type Fn = (args: Value[]) => Value;

/** Functions whose result is unknown as soon as any argument holds an unknown. */
const STRICT: Record<string, Fn> = {
  lower: ([s]) => toStr(arg(s)).toLowerCase(),
  upper: ([s]) => toStr(arg(s)).toUpperCase(),
  title: ([s]) => toStr(arg(s)).replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: ([s]) => toStr(arg(s)).trim(),
  trim: ([s, cut]) => trimChars(toStr(arg(s)), toStr(arg(cut)), true, true),
  trimprefix: ([s, p]) => {
    const [str, prefix] = [toStr(arg(s)), toStr(arg(p))];
    return str.startsWith(prefix) ? str.slice(prefix.length) : str;
  },
  trimsuffix: ([s, p]) => {
    const [str, suffix] = [toStr(arg(s)), toStr(arg(p))];
    return suffix && str.endsWith(suffix) ? str.slice(0, -suffix.length) : str;
  },
  format: (args) => format(args),
  join: ([sep, ...lists]) =>
    lists
      .flatMap((l) => toList(arg(l)))
      .map(toStr)
      .join(toStr(arg(sep))),
  split: ([sep, s]) => toStr(arg(s)).split(toStr(arg(sep))),
  replace: ([s, find, repl]) => replace(toStr(arg(s)), toStr(arg(find)), toStr(arg(repl))),
  substr: ([s, off, len]) => {
    const chars = [...toStr(arg(s))];
    const start = toNum(arg(off));
    const n = toNum(arg(len));
    const from = start < 0 ? chars.length + start : start;
    return chars.slice(from, n < 0 ? undefined : from + n).join('');
  },
  startswith: ([s, p]) => toStr(arg(s)).startsWith(toStr(arg(p))),
  endswith: ([s, p]) => toStr(arg(s)).endsWith(toStr(arg(p))),
  strcontains: ([s, p]) => toStr(arg(s)).includes(toStr(arg(p))),
  tostring: ([v]) => (v === null ? null : toStr(arg(v))),
  tonumber: ([v]) => (v === null ? null : toNum(arg(v))),
  tobool: ([v]) => (v === null ? null : toBool(arg(v))),
  abs: ([n]) => Math.abs(toNum(arg(n))),
  ceil: ([n]) => Math.ceil(toNum(arg(n))),
  floor: ([n]) => Math.floor(toNum(arg(n))),
  max: (ns) => Math.max(...ns.map((n) => toNum(arg(n)))),
  min: (ns) => Math.min(...ns.map((n) => toNum(arg(n)))),
  jsonencode: ([v]) => JSON.stringify(jsonable(v)),
  jsondecode: ([s]) => fromJson(JSON.parse(toStr(arg(s)))),
  base64encode: ([s]) => Buffer.from(toStr(arg(s)), 'utf8').toString('base64'),
  base64decode: ([s]) => Buffer.from(toStr(arg(s)), 'base64').toString('utf8'),
  range: (args) => range(args.map((a) => toNum(arg(a)))),
  cidrsubnet: ([prefix, bits, num]) => cidrsubnet(toStr(arg(prefix)), toNum(arg(bits)), toNum(arg(num))),
  regex: ([pattern, s]) => {
    const match = new RegExp(toStr(arg(pattern))).exec(toStr(arg(s)));
    if (!match) throw new HclEvalError('regex: no match');
    return match.length > 1 ? match.slice(1).map((m) => m ?? null) : match[0];
  },
};

/** Functions that look into collections: an unknown element matters only where it is used. */
const COLLECTION: Record<string, Fn> = {
  length: ([v]) => {
    const x = arg(v);
    if (typeof x === 'string') return [...x].length;
    return isMap(materialize(x)) ? Object.keys(toMap(x)).length : toList(x).length;
  },
  concat: (lists) => lists.flatMap((l) => toList(arg(l))),
  merge: (maps) => {
    const out: ValueMap = {};
    for (const m of maps) if (m !== null) Object.assign(out, toMap(arg(m)));
    return out;
  },
  lookup: ([m, key, fallback]) => {
    const map = toMap(arg(m));
    const k = toStr(arg(key));
    if (k in map) return map[k] as Value;
    if (fallback === undefined) throw new HclEvalError(`lookup: no key ${k}`);
    return fallback;
  },
  element: ([l, i]) => {
    const list = toList(arg(l));
    if (list.length === 0) throw new HclEvalError('element: empty list');
    const n = toNum(arg(i));
    return list[((n % list.length) + list.length) % list.length] as Value;
  },
  index: ([l, v]) => {
    const at = toList(arg(l)).findIndex((x) => equal(x, arg(v)));
    if (at === -1) throw new HclEvalError('index: not found');
    return at;
  },
  contains: ([l, v]) => {
    const list = toList(arg(l));
    if (list.some((x) => equal(x, arg(v)))) return true;
    if (!isWhollyKnown(list)) return UNK;
    return false;
  },
  keys: ([m]) => Object.keys(toMap(arg(m))).sort(),
  values: ([m]) => {
    const map = toMap(arg(m));
    return Object.keys(map)
      .sort()
      .map((k) => map[k] as Value);
  },
  tolist: ([l]) => toList(arg(l)),
  toset: ([l]) => toSet(toList(arg(l))),
  tomap: ([m]) => toMap(arg(m)),
  flatten: ([l]) => flatten(toList(arg(l)), 0),
  distinct: ([l]) => toList(arg(l)).filter((v, i, all) => all.findIndex((o) => equal(o, v)) === i),
  compact: ([l]) => toList(arg(l)).filter((v) => v !== null && v !== ''),
  reverse: ([l]) => [...toList(arg(l))].reverse(),
  slice: ([l, from, to]) => toList(arg(l)).slice(toNum(arg(from)), toNum(arg(to))),
  sort: ([l]) =>
    toList(arg(l))
      .map((v) => toStr(arg(v)))
      .sort(),
  zipmap: ([ks, vs]) => {
    const keys = toList(arg(ks)).map((k) => toStr(arg(k)));
    const vals = toList(arg(vs));
    return Object.fromEntries(keys.map((k, i) => [k, vals[i] ?? null]));
  },
  setunion: (lists) => toSet(lists.flatMap((l) => toList(arg(l)))),
  setintersection: ([first, ...rest]) =>
    toList(arg(first)).filter((v) => rest.every((l) => toList(arg(l)).some((o) => equal(o, v)))),
  setsubtract: ([a, b]) => toList(arg(a)).filter((v) => !toList(arg(b)).some((o) => equal(o, v))),
  one: ([l]) => {
    const list = toList(arg(l));
    if (list.length > 1) throw new HclEvalError('one: more than one element');
    return list[0] ?? null;
  },
  coalesce: (args) => {
    for (const a of args) {
      if (a === UNK) return UNK;
      if (a !== null && a !== '') return a;
    }
    throw new HclEvalError('coalesce: no non-null argument');
  },
  coalescelist: (args) => {
    for (const a of args) {
      const list = toList(arg(a));
      if (list.length > 0) return list;
    }
    return [];
  },
  alltrue: ([l]) => toList(arg(l)).every((v) => toBool(arg(v))),
  anytrue: ([l]) => toList(arg(l)).some((v) => toBool(arg(v))),
};

/** A function's result, or UNK: for an unknown argument, a function not known, or an error Terraform would stop on. */
export function callFunction(name: string, args: Value[]): Value {
  const fn = STRICT[name] ?? COLLECTION[name];
  if (!fn) return UNK;
  if (STRICT[name] && !args.every(isWhollyKnown)) return UNK;
  try {
    return fn(args);
  } catch (error) {
    if (error instanceof Unknown) return UNK;
    if (error instanceof HclEvalError || error instanceof SyntaxError || error instanceof RangeError)
      throw new HclEvalError(error.message);
    throw error;
  }
}

class Unknown extends Error {}

/** An argument, which must itself be known (its elements may not be). */
function arg(value: Value | undefined): Value {
  if (value === undefined) throw new HclEvalError('missing argument');
  if (value === UNK) throw new Unknown();
  return value;
}

function trimChars(s: string, cut: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = s.length;
  while (start && from < to && cut.includes(s[from] as string)) from++;
  while (end && to > from && cut.includes(s[to - 1] as string)) to--;
  return s.slice(from, to);
}

function format(args: Value[]): string {
  const [spec, ...rest] = args;
  let i = 0;
  return toStr(arg(spec)).replace(
    /%(-?)(0?)(\d*)(\.\d+)?([sdvqft%])/g,
    (_m, left: string, zero: string, width: string, prec: string | undefined, verb: string) => {
      if (verb === '%') return '%';
      const text = formatOne(verb, arg(rest[i++]), prec);
      const w = Number(width || 0);
      if (left) return text.padEnd(w);
      return zero && /^-?\d/.test(text) ? text.padStart(w, '0') : text.padStart(w);
    },
  );
}

function formatOne(verb: string, v: Value, prec: string | undefined): string {
  switch (verb) {
    case 'd':
      return String(Math.trunc(toNum(v)));
    case 'f':
      return toNum(v).toFixed(prec ? Number(prec.slice(1)) : 6);
    case 'q':
      return JSON.stringify(toStr(v));
    case 'v':
      return typeof v === 'object' && v !== null ? JSON.stringify(jsonable(v)) : toStr(v);
    default:
      return toStr(v);
  }
}

/** `replace`: a `/regex/` pattern is a regular expression, anything else a plain substring. */
function replace(s: string, find: string, repl: string): string {
  if (find.length > 1 && find.startsWith('/') && find.endsWith('/')) {
    return s.replace(new RegExp(find.slice(1, -1), 'g'), repl.replace(/\$\{(\w+)\}/g, '$<$1>'));
  }
  return find === '' ? s : s.split(find).join(repl);
}

function range(args: number[]): number[] {
  const [a = 0, b, step = 1] = args;
  const [start, end] = b === undefined ? [0, a] : [a, b];
  if (step === 0) throw new HclEvalError('range: step 0');
  const out: number[] = [];
  for (let n = start; step > 0 ? n < end : n > end; n += step) {
    out.push(n);
    if (out.length > 1024) throw new HclEvalError('range: too long');
  }
  return out;
}

function toSet(list: Value[]): Value[] {
  const unique = list.filter((v, i) => list.findIndex((o) => equal(o, v)) === i);
  // Terraform orders a set of strings lexically.
  return unique.every((v) => typeof v === 'string') ? [...(unique as string[])].sort() : unique;
}

function flatten(list: Value[], depth: number): Value[] {
  if (depth > 32) throw new HclEvalError('flatten: too deep');
  return list.flatMap((v) => {
    const m = materialize(v);
    return Array.isArray(m) ? flatten(m, depth + 1) : [m];
  });
}

/** Plain JSON for jsonencode; an unknown inside stops the encoding. */
function jsonable(value: Value | undefined): unknown {
  const v = plain(arg(value));
  if (!isWhollyKnown(v)) throw new Unknown();
  return v;
}

function fromJson(json: unknown): Value {
  if (Array.isArray(json)) return json.map(fromJson);
  if (typeof json === 'object' && json !== null) {
    const out: ValueMap = {};
    for (const [k, v] of Object.entries(json)) out[k] = fromJson(v);
    return out;
  }
  return json as Value;
}

function cidrsubnet(prefix: string, newbits: number, netnum: number): string {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(prefix);
  if (!match) throw new HclEvalError('cidrsubnet: only IPv4 prefixes are evaluated');
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]) + newbits;
  if (bits > 32 || octets.some((o) => o > 255)) throw new HclEvalError('cidrsubnet: out of range');
  const base = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - bits);
  const address = base - (base % 2 ** (32 - Number(match[5]))) + netnum * size;
  const parts = [24, 16, 8, 0].map((s) => Math.floor(address / 2 ** s) % 256);
  return `${parts.join('.')}/${bits}`;
}
