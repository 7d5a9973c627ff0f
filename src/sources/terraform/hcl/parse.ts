import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, type Node, Parser } from 'web-tree-sitter';
import { InputError } from '../../../errors.js';
import type { Attribute, Block, Body, Expr } from './syntax.js';

/**
 * Native HCL syntax (`.tf`) through the tree-sitter HCL grammar, compiled to WebAssembly and
 * shipped in its npm package (nothing is fetched at run time). The grammar only gives the concrete
 * tree; this module turns it into demarc's small expression tree, with lines.
 */

/** Deeper than this, a file is refused: no real configuration nests a hundredth of it. */
const MAX_NESTING = 200;

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Loads the grammar once; every parse after it is synchronous. */
export function prepareHclParser(): Promise<void> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    await Parser.init();
    const grammar = require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm');
    const language = await Language.load(readFileSync(grammar));
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  })();
  return loading;
}

/** A `.tf` file's body. Throws an InputError `file:line: what` for text that is not HCL. */
export function parseHcl(file: string, text: string): Body {
  if (!parser) throw new Error('the HCL parser is not loaded (call prepareHclParser first)');
  const tree = parser.parse(text);
  if (!tree) throw new InputError(`${file}:1: the HCL parser gave up on this file`);
  try {
    const root = tree.rootNode;
    if (root.hasError) throw new InputError(`${file}:${syntaxError(root)}`);
    const body = root.namedChildren.find((c) => c?.type === 'body');
    if (!body) return { attributes: [], blocks: [] };
    return new Converter(file, text).body(body, 0);
  } finally {
    tree.delete();
  }
}

/** `line: what`, for the first error or missing token in a tree. */
function syntaxError(root: Node): string {
  const bad = firstError(root);
  if (!bad) return '1: invalid HCL';
  const line = bad.startPosition.row + 1;
  if (bad.isMissing) return `${line}: invalid HCL: expected ${JSON.stringify(bad.type)}`;
  const near = bad.text.split('\n')[0]?.trim().slice(0, 40) ?? '';
  return `${line}: invalid HCL${near ? ` near ${JSON.stringify(near)}` : ''}`;
}

function firstError(root: Node): Node | undefined {
  // Iterative: a deeply nested file must not exhaust the stack here either.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'ERROR' || node.isMissing) return node;
    if (!node.hasError) continue;
    const children = node.children.filter((c): c is Node => c !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return undefined;
}

class Converter {
  constructor(
    private readonly file: string,
    private readonly text: string,
  ) {}

  body(node: Node, depth: number): Body {
    const out: Body = { attributes: [], blocks: [] };
    const children = node.children.filter((c): c is Node => c !== null);
    for (const [i, child] of children.entries()) {
      if (child.type === 'attribute') out.attributes.push(this.attribute(child, depth));
      else if (child.type === 'block') out.blocks.push(this.block(child, children, i, depth));
    }
    return out;
  }

  private attribute(node: Node, depth: number): Attribute {
    const named = node.namedChildren;
    const name = named.find((c) => c?.type === 'identifier')?.text ?? '';
    const value = named.find((c) => c?.type === 'expression');
    return { name, expr: value ? this.expr(value, depth) : lit(null), line: node.startPosition.row + 1 };
  }

  private block(node: Node, siblings: Node[], at: number, depth: number): Block {
    this.guard(node, depth);
    const named = node.namedChildren.filter((c): c is Node => c !== null);
    const type = named.find((c) => c.type === 'identifier')?.text ?? '';
    const labels = named
      .slice(1)
      .filter((c) => c.type === 'string_lit' || c.type === 'identifier')
      .map((c) => (c.type === 'string_lit' ? unquote(c.text) : c.text));
    const inner = named.find((c) => c.type === 'body');
    return {
      type,
      labels,
      body: inner ? this.body(inner, depth + 1) : { attributes: [], blocks: [] },
      line: node.startPosition.row + 1,
      comments: commentsAbove(siblings, at),
    };
  }

  private guard(node: Node, depth: number): void {
    if (depth > MAX_NESTING) {
      throw new InputError(
        `${this.file}:${node.startPosition.row + 1}: nests more than ${MAX_NESTING} levels deep; not read`,
      );
    }
  }

  expr(node: Node, depth: number): Expr {
    this.guard(node, depth);
    return this.sequence(
      node.children.filter((c): c is Node => c !== null),
      depth + 1,
    );
  }

  /** A primary expression followed by attribute, index and splat steps (siblings in this grammar). */
  private sequence(nodes: Node[], depth: number): Expr {
    const parts = nodes.filter((n) => n.isNamed && n.type !== 'comment');
    const [first, ...rest] = parts;
    if (!first) return lit(null);
    let expr = this.primary(first, depth);
    for (let i = 0; i < rest.length; i++) {
      const step = rest[i] as Node;
      if (step.type === 'splat') {
        // Everything after a splat applies to each element.
        const kind = step.namedChildren[0];
        const inner = (kind?.namedChildren ?? []).filter((c): c is Node => c !== null);
        let each: Expr = { k: 'var', name: '' };
        for (const s of [...inner, ...rest.slice(i + 1)]) each = this.postfix(each, s, depth);
        return { k: 'splat', obj: expr, rest: each };
      }
      expr = this.postfix(expr, step, depth);
    }
    return expr;
  }

  private postfix(obj: Expr, step: Node, depth: number): Expr {
    if (step.type === 'get_attr') {
      return { k: 'attr', obj, name: step.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '' };
    }
    if (step.type === 'index') {
      const inner = step.namedChildren[0];
      if (inner?.type === 'legacy_index') return { k: 'index', obj, key: lit(Number(inner.text.slice(1))) };
      const key = inner?.namedChildren.find((c) => c?.type === 'expression');
      return { k: 'index', obj, key: key ? this.expr(key, depth) : lit(null) };
    }
    return { k: 'unsupported', what: step.type };
  }

  private primary(node: Node, depth: number): Expr {
    this.guard(node, depth);
    const named = node.namedChildren.filter((c): c is Node => c !== null);
    switch (node.type) {
      case 'expression':
        return this.expr(node, depth + 1);
      case 'literal_value':
        return this.literal(named[0] as Node);
      case 'variable_expr':
        return { k: 'var', name: node.text };
      case 'template_expr':
        return this.template(named[0] as Node, depth + 1);
      case 'collection_value':
        return this.collection(named[0] as Node, depth + 1);
      case 'function_call': {
        const args = named.find((c) => c.type === 'function_arguments');
        const argNodes = args?.namedChildren.filter((c): c is Node => c?.type === 'expression') ?? [];
        return {
          k: 'call',
          name: named[0]?.text ?? '',
          args: argNodes.map((a) => this.expr(a, depth + 1)),
          expand: args?.namedChildren.some((c) => c?.type === 'ellipsis') ?? false,
        };
      }
      case 'conditional': {
        const [test, then, otherwise] = named.map((c) => this.expr(c, depth + 1));
        return { k: 'cond', test: test ?? lit(null), yes: then ?? lit(null), no: otherwise ?? lit(null) };
      }
      case 'operation':
        return this.operation(named[0] as Node, depth + 1);
      case 'for_expr':
        return this.forExpr(named[0] as Node, depth + 1);
      default:
        return { k: 'unsupported', what: node.type };
    }
  }

  private literal(node: Node): Expr {
    switch (node.type) {
      case 'numeric_lit':
        return lit(Number(node.text));
      case 'bool_lit':
        return lit(node.text === 'true');
      case 'null_lit':
        return lit(null);
      default:
        return { k: 'tmpl', parts: [unescapeHcl(node.text.slice(1, -1))] };
    }
  }

  private operation(node: Node, depth: number): Expr {
    const children = node.children.filter((c): c is Node => c !== null);
    const at = children.findIndex((c) => !c.isNamed && c.type !== '(' && c.type !== ')');
    const op = children[at]?.type ?? '';
    if (node.type === 'unary_operation') {
      return { k: 'unary', op, operand: this.sequence(children.slice(at + 1), depth) };
    }
    return {
      k: 'binary',
      op,
      left: this.sequence(children.slice(0, at), depth),
      right: this.sequence(children.slice(at + 1), depth),
    };
  }

  private collection(node: Node, depth: number): Expr {
    const named = node.namedChildren.filter((c): c is Node => c !== null);
    if (node.type === 'tuple') {
      return {
        k: 'tuple',
        items: named.filter((c) => c.type === 'expression').map((c) => this.expr(c, depth)),
      };
    }
    const items = named
      .filter((c) => c.type === 'object_elem')
      .map((elem) => {
        const key = elem.childForFieldName('key');
        const value = elem.childForFieldName('val');
        const keyExpr = key ? this.expr(key, depth) : lit(null);
        // A bare name as a key is the name itself, not a variable.
        const plain = keyExpr.k === 'var' ? lit(keyExpr.name) : keyExpr;
        return { key: plain, value: value ? this.expr(value, depth) : lit(null) };
      });
    return { k: 'object', items };
  }

  private forExpr(node: Node, depth: number): Expr {
    const named = node.namedChildren.filter((c): c is Node => c !== null);
    const intro = named.find((c) => c.type === 'for_intro');
    const names =
      intro?.namedChildren.filter((c) => c?.type === 'identifier').map((c) => c?.text ?? '') ?? [];
    const collection = intro?.namedChildren.find((c) => c?.type === 'expression');
    const bodies = named.filter((c) => c.type === 'expression').map((c) => this.expr(c, depth));
    const cond = named
      .find((c) => c.type === 'for_cond')
      ?.namedChildren.find((c) => c?.type === 'expression');
    const isObject = node.type === 'for_object_expr';
    return {
      k: 'for',
      keyVar: names.length > 1 ? names[0] : undefined,
      valueVar: names[names.length - 1] ?? '',
      collection: collection ? this.expr(collection, depth) : lit(null),
      key: isObject ? bodies[0] : undefined,
      value: (isObject ? bodies[1] : bodies[0]) ?? lit(null),
      cond: cond ? this.expr(cond, depth) : undefined,
      group: named.some((c) => c.type === 'ellipsis'),
    };
  }

  /**
   * A quoted or heredoc template. Literal text is taken from the source between the
   * interpolations, so whitespace inside a heredoc (a JSON policy) is kept as written.
   */
  private template(node: Node, depth: number): Expr {
    const children = node.children.filter((c): c is Node => c !== null);
    const heredoc = node.type === 'heredoc_template';
    let start: number;
    let end: number;
    if (heredoc) {
      const open = children.find((c) => c.type === 'heredoc_identifier');
      const close = [...children].reverse().find((c) => c.type === 'heredoc_identifier');
      start = this.text.indexOf('\n', open?.endIndex ?? node.startIndex) + 1;
      end = close && close !== open ? this.lineStart(close.startIndex) : node.endIndex;
    } else {
      start = (children[0]?.endIndex ?? node.startIndex) as number;
      end = (children[children.length - 1]?.startIndex ?? node.endIndex) as number;
    }
    const parts: (string | Expr)[] = [];
    let at = start;
    for (const child of children) {
      if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue;
      if (child.startIndex > at) parts.push(this.text.slice(at, child.startIndex));
      if (child.type === 'template_directive') {
        parts.push({ k: 'unsupported', what: 'template directive' });
      } else {
        const inner = child.namedChildren.find((c) => c?.type === 'expression');
        parts.push(inner ? this.expr(inner, depth) : lit(''));
      }
      at = child.endIndex;
    }
    if (end > at) parts.push(this.text.slice(at, end));
    const strip = heredoc && children[0]?.text === '<<-';
    const literal = (s: string) =>
      heredoc ? s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') : unescapeHcl(s);
    const texts = parts.map((p) => (typeof p === 'string' ? literal(p) : p));
    return { k: 'tmpl', parts: strip ? dedent(texts) : texts };
  }

  private lineStart(index: number): number {
    return this.text.lastIndexOf('\n', index - 1) + 1;
  }
}

function lit(v: string | number | boolean | null): Expr {
  return { k: 'lit', v };
}

/** A quoted label's text. */
function unquote(text: string): string {
  return unescapeHcl(text.replace(/^"|"$/g, ''));
}

/** HCL's string escapes. */
function unescapeHcl(text: string): string {
  return text.replace(
    /\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)|\$\$\{|%%\{/g,
    (match, esc: string | undefined) => {
      if (match === '$${') return '${';
      if (match === '%%{') return '%{';
      switch (esc?.[0]) {
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        case 'u':
        case 'U':
          return String.fromCodePoint(Number.parseInt(esc.slice(1), 16));
        default:
          return esc ?? '';
      }
    },
  );
}

/** `<<-` heredocs drop the indentation their lines share. */
function dedent(parts: (string | Expr)[]): (string | Expr)[] {
  let indent = Number.POSITIVE_INFINITY;
  let lineStart = true;
  for (const part of parts) {
    if (typeof part !== 'string') {
      if (lineStart) indent = 0;
      lineStart = false;
      continue;
    }
    for (const [i, line] of part.split('\n').entries()) {
      if (i > 0) lineStart = true;
      if (lineStart && line.trim() !== '') indent = Math.min(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0);
      if (line !== '') lineStart = false;
    }
  }
  if (!Number.isFinite(indent) || indent === 0) return parts;
  let atLineStart = true;
  return parts.map((part) => {
    if (typeof part !== 'string') {
      atLineStart = false;
      return part;
    }
    const lines = part
      .split('\n')
      .map((line, i) =>
        i > 0 || atLineStart ? line.slice(Math.min(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0)) : line,
      );
    atLineStart = part.endsWith('\n');
    return lines.join('\n');
  });
}

/** The text of the comments on the lines right above a block (`#`, `//` or `/* *\/`). */
function commentsAbove(siblings: Node[], at: number): string[] {
  const out: string[] = [];
  let line = (siblings[at] as Node).startPosition.row;
  for (let i = at - 1; i >= 0; i--) {
    const node = siblings[i] as Node;
    if (node.type !== 'comment' || node.endPosition.row < line - 1) break;
    out.unshift(
      node.text
        .replace(/^(#|\/\/|\/\*)/, '')
        .replace(/\*\/$/, '')
        .trim(),
    );
    line = node.startPosition.row;
  }
  return out;
}

/** A `.tf.json` string as the template it is (`"${aws_s3_bucket.b.id}"`); unknown if it does not parse. */
export function parseTemplate(source: string): Expr {
  try {
    const body = parseHcl('(template)', `v = ${JSON.stringify(source)}\n`);
    return body.attributes[0]?.expr ?? { k: 'unsupported', what: 'template' };
  } catch {
    return { k: 'unsupported', what: 'template' };
  }
}

/** One expression from text (a `--var` value of a list or map variable). */
export function parseExpression(file: string, source: string): Expr {
  const body = parseHcl(file, `v = ${source}\n`);
  const [attribute] = body.attributes;
  if (!attribute || body.attributes.length !== 1 || body.blocks.length > 0) {
    throw new InputError(`${file}: not one HCL expression`);
  }
  return attribute.expr;
}
