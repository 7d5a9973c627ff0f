import { callFunction } from './functions.js';
import type { Expr } from './syntax.js';
import {
  equal,
  HclEvalError,
  isMap,
  isWhollyKnown,
  Lazy,
  materialize,
  toBool,
  toList,
  toNum,
  toStr,
  UNK,
  type Value,
  type ValueMap,
} from './values.js';

/** What names mean where an expression is evaluated (`var`, `local`, `each`, a `for` variable, …). */
export interface Scope {
  /** The value of a root name; undefined when the name is not defined here. */
  lookup(name: string): Value | undefined;
}

/** Deeper than this, an expression is not evaluated (its value is unknown) rather than risk the stack. */
const MAX_DEPTH = 150;

/** An expression's value; UNK for anything Terraform could not know before apply or would refuse. */
export function evaluate(expr: Expr, scope: Scope): Value {
  try {
    return evalExpr(expr, scope, 0);
  } catch (error) {
    if (error instanceof HclEvalError || error instanceof RangeError) return UNK;
    throw error;
  }
}

function withVars(scope: Scope, vars: Record<string, Value>): Scope {
  return { lookup: (name) => (name in vars ? vars[name] : scope.lookup(name)) };
}

function evalExpr(expr: Expr, scope: Scope, depth: number): Value {
  if (depth > MAX_DEPTH) throw new HclEvalError('expression nests too deeply');
  const next = depth + 1;
  switch (expr.k) {
    case 'lit':
      return expr.v;
    case 'tmpl':
      return template(expr.parts, scope, next);
    case 'var': {
      const value = scope.lookup(expr.name);
      if (value === undefined) throw new HclEvalError(`${expr.name} is not defined`);
      return value;
    }
    case 'attr':
      return getAttr(evalExpr(expr.obj, scope, next), expr.name);
    case 'index': {
      const obj = evalExpr(expr.obj, scope, next);
      const key = evalExpr(expr.key, scope, next);
      return getIndex(obj, key);
    }
    case 'splat': {
      const obj = evalExpr(expr.obj, scope, next);
      if (obj === UNK) return UNK;
      const m = materialize(obj);
      // A splat over one object (not a list) treats it as a list of one; over null, an empty list.
      const items: Value[] = m === null ? [] : Array.isArray(m) ? m : [m];
      return items.map((item) => evalExpr(expr.rest, withVars(scope, { '': item }), next));
    }
    case 'tuple':
      return expr.items.map((item) => evalExpr(item, scope, next));
    case 'object': {
      const out: ValueMap = {};
      for (const item of expr.items) {
        const key = evalExpr(item.key, scope, next);
        if (key === UNK) return UNK;
        out[toStr(key)] = evalExpr(item.value, scope, next);
      }
      return out;
    }
    case 'call':
      return call(expr, scope, next);
    case 'cond': {
      const test = evalExpr(expr.test, scope, next);
      if (test === UNK) return UNK;
      return evalExpr(toBool(test) ? expr.yes : expr.no, scope, next);
    }
    case 'unary': {
      const v = evalExpr(expr.operand, scope, next);
      if (v === UNK) return UNK;
      return expr.op === '!' ? !toBool(v) : -toNum(v);
    }
    case 'binary':
      return binary(expr.op, evalExpr(expr.left, scope, next), evalExpr(expr.right, scope, next));
    case 'for':
      return forExpr(expr, scope, next);
    case 'unsupported':
      return UNK;
  }
}

function template(parts: (string | Expr)[], scope: Scope, depth: number): Value {
  // A lone interpolation keeps its type: "${var.list}" is the list itself.
  if (parts.length === 1 && typeof parts[0] !== 'string') return evalExpr(parts[0] as Expr, scope, depth);
  let out = '';
  let unknown = false;
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const v = evalExpr(part, scope, depth);
    if (v === UNK) unknown = true;
    else if (!unknown) out += toStr(v);
  }
  return unknown ? UNK : out;
}

function getAttr(obj: Value, name: string): Value {
  if (obj === UNK) return UNK;
  if (obj instanceof Lazy) return obj.get(name);
  if (isMap(obj)) {
    if (!(name in obj)) throw new HclEvalError(`no attribute ${name}`);
    return obj[name] as Value;
  }
  if (obj === null) throw new HclEvalError(`attribute ${name} of null`);
  throw new HclEvalError(`no attribute ${name}`);
}

function getIndex(obj: Value, key: Value): Value {
  if (obj === UNK || key === UNK) return UNK;
  if (Array.isArray(obj)) {
    const n = toNum(key);
    if (!Number.isInteger(n) || n < 0 || n >= obj.length) throw new HclEvalError(`index ${n} out of range`);
    return obj[n] as Value;
  }
  return getAttr(obj, toStr(key));
}

function call(expr: Extract<Expr, { k: 'call' }>, scope: Scope, depth: number): Value {
  // try and can take their arguments unevaluated: an error in one is the point of calling them.
  if (expr.name === 'try') {
    for (const a of expr.args) {
      try {
        const v = evalExpr(a, scope, depth);
        return isWhollyKnown(v) ? v : UNK;
      } catch (error) {
        if (!(error instanceof HclEvalError)) throw error;
      }
    }
    throw new HclEvalError('try: no argument could be evaluated');
  }
  if (expr.name === 'can') {
    try {
      const v = evalExpr(expr.args[0] ?? { k: 'lit', v: null }, scope, depth);
      return isWhollyKnown(v) ? true : UNK;
    } catch (error) {
      if (error instanceof HclEvalError) return false;
      throw error;
    }
  }
  let args = expr.args.map((a) => evalExpr(a, scope, depth));
  if (expr.expand) {
    const last = args[args.length - 1];
    if (last === UNK) return UNK;
    args = [...args.slice(0, -1), ...toList(last as Value)];
  }
  return callFunction(expr.name.replace(/^provider::[^:]+::/, ''), args);
}

function binary(op: string, a: Value, b: Value): Value {
  if (op === '==' || op === '!=') {
    if (!isWhollyKnown(a) || !isWhollyKnown(b)) return UNK;
    return equal(a, b) === (op === '==');
  }
  if (a === UNK || b === UNK) return UNK;
  switch (op) {
    case '&&':
      return toBool(a) && toBool(b);
    case '||':
      return toBool(a) || toBool(b);
    case '+':
      return toNum(a) + toNum(b);
    case '-':
      return toNum(a) - toNum(b);
    case '*':
      return toNum(a) * toNum(b);
    case '/':
      return toNum(a) / toNum(b);
    case '%':
      return toNum(a) % toNum(b);
    case '<':
      return toNum(a) < toNum(b);
    case '>':
      return toNum(a) > toNum(b);
    case '<=':
      return toNum(a) <= toNum(b);
    case '>=':
      return toNum(a) >= toNum(b);
    default:
      throw new HclEvalError(`operator ${op}`);
  }
}

function forExpr(expr: Extract<Expr, { k: 'for' }>, scope: Scope, depth: number): Value {
  const source = evalExpr(expr.collection, scope, depth);
  if (source === UNK) return UNK;
  const m = materialize(source);
  const entries: [Value, Value][] = isMap(m)
    ? Object.keys(m)
        .sort()
        .map((k) => [k, m[k] as Value])
    : toList(m).map((v, i) => [i, v]);
  const list: Value[] = [];
  const object: Record<string, Value[] | Value> = {};
  for (const [key, value] of entries) {
    const vars: Record<string, Value> = { [expr.valueVar]: value };
    if (expr.keyVar !== undefined) vars[expr.keyVar] = key;
    const inner = withVars(scope, vars);
    if (expr.cond) {
      const keep = evalExpr(expr.cond, inner, depth);
      if (keep === UNK) return UNK;
      if (!toBool(keep)) continue;
    }
    if (expr.key === undefined) {
      list.push(evalExpr(expr.value, inner, depth));
      continue;
    }
    const k = evalExpr(expr.key, inner, depth);
    if (k === UNK) return UNK;
    const v = evalExpr(expr.value, inner, depth);
    const name = toStr(k);
    if (expr.group) object[name] = [...((object[name] as Value[] | undefined) ?? []), v];
    else if (name in object) throw new HclEvalError(`duplicate key ${name}`);
    else object[name] = v;
  }
  return expr.key === undefined ? list : (object as ValueMap);
}

/** The number of `count` or the keys of `for_each`, as instance keys; UNK when not known. */
export function instanceKeys(
  count: Value | undefined,
  forEach: Value | undefined,
): { keys: (number | string)[]; each: Map<string, Value> } | typeof UNK | undefined {
  if (count !== undefined) {
    if (count === UNK) return UNK;
    const n = toNum(count);
    return { keys: Array.from({ length: Math.max(0, n) }, (_, i) => i), each: new Map() };
  }
  if (forEach === undefined) return undefined;
  if (forEach === UNK) return UNK;
  const m = materialize(forEach);
  if (isMap(m)) return { keys: Object.keys(m).sort(), each: new Map(Object.entries(m)) };
  const list = toList(m);
  if (!list.every((v) => typeof v === 'string')) return UNK;
  const keys = [...new Set(list as string[])].sort();
  return { keys, each: new Map(keys.map((k) => [k, k])) };
}
