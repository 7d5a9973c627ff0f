/**
 * The values a template resolves to. Beside plain JSON there are two non-literal kinds:
 * - `Unknown`: the input does not say (a parameter without a value, an attribute known only after
 *   deployment, a condition on one). A field built from it stays undefined, so checks say
 *   not_assessed.
 * - `Symbolic`: a deploy-time constant the input does not give (the account id, region or stack
 *   name). It is one fixed string, so it serves as a name or inside an ARN, where only sameness
 *   matters, but never as a setting: `bool`, `int` and `literal` refuse it.
 */
export class Unknown {
  constructor(readonly why: string) {}
}

export class Symbolic {
  constructor(readonly text: string) {}
}

/** AWS::NoValue: the property is removed, as if never written. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isOpaque(value);
}

function isOpaque(value: object): boolean {
  return value instanceof Unknown || value instanceof Symbolic;
}

/** true / false as CloudFormation accepts them (booleans or the strings "true" / "false"). */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

export function int(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** A string setting (a protocol, a CIDR, an algorithm): a literal only. */
export function literal(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A name, id or ARN: a literal, or a deploy-time constant written as `${AWS::…}`. */
export function text(value: unknown): string | undefined {
  if (value instanceof Symbolic) return value.text;
  return literal(value);
}

function list(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A list of names or ids; undefined when the list or any member is unknown. */
export function textList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const item of value) {
    const t = text(item);
    if (t === undefined) return undefined;
    out.push(t);
  }
  return out;
}

/** Whether any Unknown hides anywhere inside a value. */
export function containsUnknown(value: unknown): boolean {
  if (value instanceof Unknown) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isRecord(value)) {
    for (const key in value) if (containsUnknown(value[key])) return true;
  }
  return false;
}

/**
 * Plain JSON (for policy documents), deploy-time constants written out as `${AWS::…}`; undefined
 * when anything inside is unknown.
 */
export function plainJson(value: unknown): unknown {
  if (value instanceof Unknown) return undefined;
  if (value instanceof Symbolic) return value.text;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const plain = plainJson(item);
      if (plain === undefined) return undefined;
      out.push(plain);
    }
    return out;
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key in value) {
      const plain = plainJson(value[key]);
      if (plain === undefined) return undefined;
      out[key] = plain;
    }
    return out;
  }
  return value;
}

/** Reads the properties of one resource (or a nested block): absent, unknown, or a value. */
export class Props {
  constructor(private readonly value: unknown) {}

  /** The whole block could not be resolved. */
  get unknown(): boolean {
    return this.value instanceof Unknown;
  }

  /** Whether this is a written-out block (a mapping), neither absent nor unknown. */
  get isBlock(): boolean {
    return isRecord(this.value);
  }

  /** The raw resolved value of a property: undefined when absent; an Unknown when unresolved. */
  get(name: string): unknown {
    if (this.value instanceof Unknown) return this.value;
    if (!isRecord(this.value)) return undefined;
    return Object.hasOwn(this.value, name) ? this.value[name] : undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** A nested block (absent blocks read as absent, unknown blocks as unknown). */
  sub(name: string): Props {
    return new Props(this.get(name));
  }

  bool(name: string): boolean | undefined {
    return bool(this.get(name));
  }

  int(name: string): number | undefined {
    return int(this.get(name));
  }

  literal(name: string): string | undefined {
    return literal(this.get(name));
  }

  text(name: string): string | undefined {
    return text(this.get(name));
  }

  list(name: string): unknown[] | undefined {
    return list(this.get(name));
  }

  /** The elements, when this wraps a list: [] when absent, undefined when unknown. */
  items(): Props[] | undefined {
    if (this.value === undefined) return [];
    return Array.isArray(this.value) ? this.value.map((item) => new Props(item)) : undefined;
  }

  /** Elements of a list property as blocks; undefined when the list is unknown. */
  blocks(name: string): Props[] | undefined {
    const raw = this.get(name);
    if (raw === undefined) return [];
    return Array.isArray(raw) ? raw.map((item) => new Props(item)) : undefined;
  }
}
