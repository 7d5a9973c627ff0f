import { type PolicyDocument, PolicyDocumentSchema } from '../../inventory/base.js';
import { noTags, type Tags, tagsOfObject } from '../../inventory/tags.js';
import type { Expression } from './format.js';

/** A value the plan says will be known only after apply. */
export const UNKNOWN: unique symbol = Symbol('unknown');

type Record_ = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The part of an after_unknown mask under a key or index. */
function maskAt(mask: unknown, key: string | number): unknown {
  if (mask === true) return true;
  if (typeof mask === 'object' && mask !== null) return (mask as Record<string | number, unknown>)[key];
  return undefined;
}

/** Whether a mask marks anything unknown: `true` itself, or a `true` somewhere inside. */
function hasUnknown(mask: unknown): boolean {
  if (mask === true) return true;
  if (Array.isArray(mask)) return mask.some(hasUnknown);
  if (isRecord(mask)) return Object.values(mask).some(hasUnknown);
  return false;
}

function isExpression(value: unknown): value is Expression {
  return isRecord(value) && ('constant_value' in value || 'references' in value);
}

/**
 * One object of a plan (a resource's planned values, or a nested block) read together with its
 * after_unknown mask and, when the configuration is known, the expressions that set it.
 *
 * Readers return `undefined` for a value the plan does not know yet (never a default), `null` for a
 * value that is known to be unset, and the value otherwise.
 */
export class Attrs {
  constructor(
    private readonly values: Record_,
    private readonly mask: unknown,
    private readonly exprs: Record_ | undefined,
    /** false when the plan has no unknown mask for the object: then an unset value may be unknown. */
    private readonly masked: boolean,
  ) {}

  /** The raw value: UNKNOWN, null when unset, or the value. */
  value(key: string): unknown {
    if (hasUnknown(maskAt(this.mask, key))) return UNKNOWN;
    const value = this.values[key];
    if (value === undefined || value === null) return this.masked ? null : UNKNOWN;
    return value;
  }

  /** A string; the empty string counts as unset (the AWS provider stores unset strings as ""). */
  str(key: string): string | null | undefined {
    const value = this.value(key);
    if (value === UNKNOWN) return undefined;
    if (value === null || value === '') return null;
    if (typeof value === 'string') return value;
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  }

  bool(key: string): boolean | null | undefined {
    const value = this.value(key);
    if (value === UNKNOWN) return undefined;
    if (value === null) return null;
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    return undefined;
  }

  int(key: string): number | null | undefined {
    const value = this.value(key);
    if (value === UNKNOWN) return undefined;
    if (value === null) return null;
    const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
  }

  /** A list (or set) of strings; unset is the empty list. */
  strings(key: string): string[] | undefined {
    const value = this.value(key);
    if (value === UNKNOWN) return undefined;
    if (value === null) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
    return value.filter((v) => v !== '');
  }

  /** A map of strings (tags); unset is the empty map. */
  stringMap(key: string): Tags | undefined {
    const value = this.value(key);
    if (value === UNKNOWN) return undefined;
    if (value === null) return noTags();
    if (!isRecord(value)) return undefined;
    return tagsOfObject(value);
  }

  /** A JSON policy document held as a string (bucket, key and IAM policies). */
  policy(key: string): PolicyDocument | null | undefined {
    const text = this.str(key);
    if (text === undefined || text === null) return text;
    return parsePolicy(text);
  }

  /**
   * The nested blocks under a key, each as Attrs; [] when none are set; undefined when the plan
   * does not know them yet.
   */
  blocks(key: string): Attrs[] | undefined {
    const mask = maskAt(this.mask, key);
    if (mask === true) return undefined;
    const value = this.values[key];
    if (value === undefined || value === null) return this.masked ? [] : undefined;
    const list = Array.isArray(value) ? value : [value];
    if (!list.every(isRecord)) return undefined;
    const exprs = blockExpressions(this.exprs?.[key]);
    // Set-nested blocks are ordered differently in values and configuration: pair them only when
    // there is exactly one of each.
    const paired = exprs !== undefined && exprs.length === 1 && list.length === 1;
    return list.map(
      (item, i) =>
        new Attrs(
          item,
          Array.isArray(value) ? maskAt(mask, i) : mask,
          paired ? exprs[0] : undefined,
          this.masked,
        ),
    );
  }

  /** The expression that sets an attribute in the configuration. */
  expression(key: string): Expression | undefined {
    const expr = this.exprs?.[key];
    return isExpression(expr) ? expr : undefined;
  }

  /** Whether the configuration sets the attribute or block; undefined when the configuration is not known. */
  configured(key: string): boolean | undefined {
    if (!this.exprs) return undefined;
    return key in this.exprs;
  }
}

function blockExpressions(value: unknown): Record_[] | undefined {
  if (Array.isArray(value)) return value.every(isRecord) ? value : undefined;
  return isRecord(value) && !isExpression(value) ? [value] : undefined;
}

/** A policy document from its JSON text; undefined when it is not a policy demarc can read. */
function parsePolicy(text: string): PolicyDocument | undefined {
  try {
    const parsed = PolicyDocumentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
