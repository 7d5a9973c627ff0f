import { InputError } from '../../../errors.js';
import { jsonSyntaxError } from '../../shared/json-syntax.js';
import { lineOfPath } from '../json-text.js';
import type { Block, Body, Expr } from './syntax.js';

/**
 * Terraform's JSON syntax (`.tf.json`) in the same shape as native syntax. Strings are templates
 * (`"${aws_s3_bucket.b.id}"`), parsed with the native expression parser. Without the provider's
 * schema an object could be a map argument or a nested block: inside resources, `tags`-like maps
 * stay maps and other objects (and lists of objects) are blocks, which is how AWS resources use them.
 */

/** Arguments that take a map of strings, never a block. */
const MAP_ARGUMENTS = new Set(['tags', 'tags_all', 'variables', 'environment', 'parameters', 'labels']);
/** Top-level block types and how many labels each takes. */
const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
};

export function parseJsonConfig(file: string, text: string, templateOf: (source: string) => Expr): Body {
  let json: unknown;
  const clean = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(clean);
  } catch {
    throw new InputError(`${file}${jsonSyntaxError(clean)}`);
  }
  if (!isObject(json)) throw new InputError(`${file}:1: a .tf.json file must hold a JSON object`);
  const reader = new JsonReader(text, templateOf);
  const body: Body = { attributes: [], blocks: [] };
  for (const [type, value] of Object.entries(json)) {
    const labels = LABELS[type];
    if (labels === undefined) continue;
    reader.blocks(type, value, labels, [type], [], body.blocks);
  }
  return body;
}

class JsonReader {
  constructor(
    private readonly text: string,
    private readonly templateOf: (source: string) => Expr,
  ) {}

  blocks(type: string, value: unknown, labels: number, path: string[], got: string[], out: Block[]): void {
    if (labels > 0 && isObject(value)) {
      for (const [label, inner] of Object.entries(value)) {
        this.blocks(type, inner, labels - 1, [...path, label], [...got, label], out);
      }
      return;
    }
    const line = lineOfPath(this.text, path) ?? 1;
    const free = type === 'resource' || type === 'data' || type === 'provider';
    for (const item of Array.isArray(value) ? value : [value]) {
      if (isObject(item))
        out.push({ type, labels: got, body: this.body(item, free, line), line, comments: [] });
    }
  }

  /** A body: `blocks` says whether objects may be nested blocks. */
  body(json: Record<string, unknown>, blocks: boolean, line: number): Body {
    const body: Body = { attributes: [], blocks: [] };
    for (const [name, value] of Object.entries(json)) {
      if (name === '//') continue;
      if (blocks && name === 'dynamic' && isObject(value)) {
        for (const [label, inner] of Object.entries(value)) {
          for (const item of Array.isArray(inner) ? inner : [inner]) {
            if (isObject(item))
              body.blocks.push({
                type: 'dynamic',
                labels: [label],
                body: this.body(item, true, line),
                line,
                comments: [],
              });
          }
        }
        continue;
      }
      const list = Array.isArray(value) ? value : [value];
      const isBlock =
        blocks &&
        !MAP_ARGUMENTS.has(name) &&
        name !== 'for_each' &&
        (isObject(value) || (Array.isArray(value) && value.length > 0 && value.every(isObject)));
      if (isBlock) {
        for (const item of list) {
          body.blocks.push({
            type: name,
            labels: [],
            body: this.body(item as Record<string, unknown>, true, line),
            line,
            comments: [],
          });
        }
      } else {
        body.attributes.push({ name, expr: this.expr(value, 0), line });
      }
    }
    return body;
  }

  expr(value: unknown, depth: number): Expr {
    if (depth > 200) return { k: 'unsupported', what: 'deep JSON' };
    if (typeof value === 'string')
      return value.includes('${') || value.includes('%{') ? this.templateOf(value) : { k: 'lit', v: value };
    if (Array.isArray(value)) return { k: 'tuple', items: value.map((v) => this.expr(v, depth + 1)) };
    if (isObject(value)) {
      return {
        k: 'object',
        items: Object.entries(value).map(([k, v]) => ({
          key: { k: 'lit', v: k },
          value: this.expr(v, depth + 1),
        })),
      };
    }
    return { k: 'lit', v: value as number | boolean | null };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
