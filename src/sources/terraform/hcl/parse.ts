import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, type Node, Parser } from 'web-tree-sitter';
import { InputError } from '../../../errors.js';
import type { Attribute, Block, Body, Expr } from './syntax.js';
import { Lines, plainTree, type SyntaxNode } from './tree.js';

/**
 * Native HCL syntax (`.tf`) through the tree-sitter HCL grammar, compiled to WebAssembly and
 * shipped in its npm package (nothing is fetched at run time). The grammar only gives the concrete
 * tree; this module turns it (copied out once, `tree.ts`) into demarc's small expression tree,
 * with lines.
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
    const body = plainTree(tree).children.find((c) => c.named && c.type === 'body');
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

/** Named children, the way the grammar's rules name them (comments included). */
function named(node: SyntaxNode): SyntaxNode[] {
  return node.children.filter((c) => c.named);
}

class Converter {
  private readonly lines: Lines;

  constructor(
    private readonly file: string,
    private readonly text: string,
  ) {
    this.lines = new Lines(text);
  }

  private textOf(node: SyntaxNode): string {
    return this.text.slice(node.start, node.end);
  }

  private lineOf(node: SyntaxNode): number {
    return this.lines.lineOf(node.start);
  }

  body(node: SyntaxNode, depth: number): Body {
    const out: Body = { attributes: [], blocks: [] };
    const children = node.children;
    for (const [i, child] of children.entries()) {
      if (child.type === 'attribute') out.attributes.push(this.attribute(child, depth));
      else if (child.type === 'block') out.blocks.push(this.block(child, children, i, depth));
    }
    return out;
  }

  private attribute(node: SyntaxNode, depth: number): Attribute {
    const parts = named(node);
    const identifier = parts.find((c) => c.type === 'identifier');
    const name = identifier ? this.textOf(identifier) : '';
    const value = parts.find((c) => c.type === 'expression');
    return { name, expr: value ? this.expr(value, depth) : lit(null), line: this.lineOf(node) };
  }

  private block(node: SyntaxNode, siblings: SyntaxNode[], at: number, depth: number): Block {
    this.guard(node, depth);
    const parts = named(node);
    const identifier = parts.find((c) => c.type === 'identifier');
    const type = identifier ? this.textOf(identifier) : '';
    const labels = parts
      .slice(1)
      .filter((c) => c.type === 'string_lit' || c.type === 'identifier')
      .map((c) => (c.type === 'string_lit' ? unquote(this.textOf(c)) : this.textOf(c)));
    const inner = parts.find((c) => c.type === 'body');
    return {
      type,
      labels,
      body: inner ? this.body(inner, depth + 1) : { attributes: [], blocks: [] },
      line: this.lineOf(node),
      comments: this.commentsAbove(siblings, at),
    };
  }

  private guard(node: SyntaxNode, depth: number): void {
    if (depth > MAX_NESTING) {
      throw new InputError(
        `${this.file}:${this.lineOf(node)}: nests more than ${MAX_NESTING} levels deep; not read`,
      );
    }
  }

  expr(node: SyntaxNode, depth: number): Expr {
    this.guard(node, depth);
    return this.sequence(node.children, depth + 1);
  }

  /** A primary expression followed by attribute, index and splat steps (siblings in this grammar). */
  private sequence(nodes: SyntaxNode[], depth: number): Expr {
    const parts = nodes.filter((n) => n.named && n.type !== 'comment');
    const [first, ...rest] = parts;
    if (!first) return lit(null);
    let expr = this.primary(first, depth);
    for (let i = 0; i < rest.length; i++) {
      const step = rest[i] as SyntaxNode;
      if (step.type === 'splat') {
        // Everything after a splat applies to each element.
        const kind = named(step)[0];
        const inner = kind ? named(kind) : [];
        let each: Expr = { k: 'var', name: '' };
        for (const s of [...inner, ...rest.slice(i + 1)]) each = this.postfix(each, s, depth);
        return { k: 'splat', obj: expr, rest: each };
      }
      expr = this.postfix(expr, step, depth);
    }
    return expr;
  }

  private postfix(obj: Expr, step: SyntaxNode, depth: number): Expr {
    if (step.type === 'get_attr') {
      const identifier = named(step).find((c) => c.type === 'identifier');
      return { k: 'attr', obj, name: identifier ? this.textOf(identifier) : '' };
    }
    if (step.type === 'index') {
      const inner = named(step)[0];
      if (inner?.type === 'legacy_index') {
        return { k: 'index', obj, key: lit(Number(this.textOf(inner).slice(1))) };
      }
      const key = inner ? named(inner).find((c) => c.type === 'expression') : undefined;
      return { k: 'index', obj, key: key ? this.expr(key, depth) : lit(null) };
    }
    return { k: 'unsupported', what: step.type };
  }

  private primary(node: SyntaxNode, depth: number): Expr {
    this.guard(node, depth);
    const parts = named(node);
    switch (node.type) {
      case 'expression':
        return this.expr(node, depth + 1);
      case 'literal_value':
        return this.literal(parts[0] as SyntaxNode);
      case 'variable_expr':
        return { k: 'var', name: this.textOf(node) };
      case 'template_expr':
        return this.template(parts[0] as SyntaxNode, depth + 1);
      case 'collection_value':
        return this.collection(parts[0] as SyntaxNode, depth + 1);
      case 'function_call': {
        const args = parts.find((c) => c.type === 'function_arguments');
        const argParts = args ? named(args) : [];
        return {
          k: 'call',
          name: parts[0] ? this.textOf(parts[0]) : '',
          args: argParts.filter((c) => c.type === 'expression').map((a) => this.expr(a, depth + 1)),
          expand: argParts.some((c) => c.type === 'ellipsis'),
        };
      }
      case 'conditional': {
        const [test, then, otherwise] = parts.map((c) => this.expr(c, depth + 1));
        return { k: 'cond', test: test ?? lit(null), yes: then ?? lit(null), no: otherwise ?? lit(null) };
      }
      case 'operation':
        return this.operation(parts[0] as SyntaxNode, depth + 1);
      case 'for_expr':
        return this.forExpr(parts[0] as SyntaxNode, depth + 1);
      default:
        return { k: 'unsupported', what: node.type };
    }
  }

  private literal(node: SyntaxNode): Expr {
    const text = this.textOf(node);
    switch (node.type) {
      case 'numeric_lit':
        return lit(Number(text));
      case 'bool_lit':
        return lit(text === 'true');
      case 'null_lit':
        return lit(null);
      default:
        return { k: 'tmpl', parts: [unescapeHcl(text.slice(1, -1))] };
    }
  }

  private operation(node: SyntaxNode, depth: number): Expr {
    const children = node.children;
    const at = children.findIndex((c) => !c.named && c.type !== '(' && c.type !== ')');
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

  private collection(node: SyntaxNode, depth: number): Expr {
    const parts = named(node);
    if (node.type === 'tuple') {
      return {
        k: 'tuple',
        items: parts.filter((c) => c.type === 'expression').map((c) => this.expr(c, depth)),
      };
    }
    const items = parts
      .filter((c) => c.type === 'object_elem')
      .map((elem) => {
        // The grammar's fields `key` and `val` are its two expressions, in that order.
        const [key, value] = named(elem).filter((c) => c.type === 'expression');
        const keyExpr = key ? this.expr(key, depth) : lit(null);
        // A bare name as a key is the name itself, not a variable.
        const plain = keyExpr.k === 'var' ? lit(keyExpr.name) : keyExpr;
        return { key: plain, value: value ? this.expr(value, depth) : lit(null) };
      });
    return { k: 'object', items };
  }

  private forExpr(node: SyntaxNode, depth: number): Expr {
    const parts = named(node);
    const intro = parts.find((c) => c.type === 'for_intro');
    const introParts = intro ? named(intro) : [];
    const names = introParts.filter((c) => c.type === 'identifier').map((c) => this.textOf(c));
    const collection = introParts.find((c) => c.type === 'expression');
    const bodies = parts.filter((c) => c.type === 'expression').map((c) => this.expr(c, depth));
    const condNode = parts.find((c) => c.type === 'for_cond');
    const cond = condNode ? named(condNode).find((c) => c.type === 'expression') : undefined;
    const isObject = node.type === 'for_object_expr';
    return {
      k: 'for',
      keyVar: names.length > 1 ? names[0] : undefined,
      valueVar: names[names.length - 1] ?? '',
      collection: collection ? this.expr(collection, depth) : lit(null),
      key: isObject ? bodies[0] : undefined,
      value: (isObject ? bodies[1] : bodies[0]) ?? lit(null),
      cond: cond ? this.expr(cond, depth) : undefined,
      group: parts.some((c) => c.type === 'ellipsis'),
    };
  }

  /**
   * A quoted or heredoc template. Literal text is taken from the source between the
   * interpolations, so whitespace inside a heredoc (a JSON policy) is kept as written.
   */
  private template(node: SyntaxNode, depth: number): Expr {
    const children = node.children;
    const heredoc = node.type === 'heredoc_template';
    let start: number;
    let end: number;
    if (heredoc) {
      const open = children.find((c) => c.type === 'heredoc_identifier');
      const close = children.findLast((c) => c.type === 'heredoc_identifier');
      start = this.text.indexOf('\n', open?.end ?? node.start) + 1;
      end = close && close !== open ? this.lineStart(close.start) : node.end;
    } else {
      start = children[0]?.end ?? node.start;
      end = children[children.length - 1]?.start ?? node.end;
    }
    const parts: (string | Expr)[] = [];
    let at = start;
    for (const child of children) {
      if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue;
      if (child.start > at) parts.push(this.text.slice(at, child.start));
      if (child.type === 'template_directive') {
        parts.push({ k: 'unsupported', what: 'template directive' });
      } else {
        const inner = named(child).find((c) => c.type === 'expression');
        parts.push(inner ? this.expr(inner, depth) : lit(''));
      }
      at = child.end;
    }
    if (end > at) parts.push(this.text.slice(at, end));
    const strip = heredoc && children[0] !== undefined && this.textOf(children[0]) === '<<-';
    const literal = (s: string) =>
      heredoc ? s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') : unescapeHcl(s);
    const texts = parts.map((p) => (typeof p === 'string' ? literal(p) : p));
    return { k: 'tmpl', parts: strip ? dedent(texts) : texts };
  }

  private lineStart(index: number): number {
    return this.text.lastIndexOf('\n', index - 1) + 1;
  }

  /** The text of the comments on the lines right above a block (`#`, `//` or `/* *\/`). */
  private commentsAbove(siblings: SyntaxNode[], at: number): string[] {
    const out: string[] = [];
    let line = this.lineOf(siblings[at] as SyntaxNode);
    for (let i = at - 1; i >= 0; i--) {
      const node = siblings[i] as SyntaxNode;
      // A comment's last line: its end offset is just past its last character.
      if (node.type !== 'comment' || this.lines.lineOf(Math.max(node.start, node.end - 1)) < line - 1) break;
      out.unshift(
        this.textOf(node)
          .replace(/^(#|\/\/|\/\*)/, '')
          .replace(/\*\/$/, '')
          .trim(),
      );
      line = this.lineOf(node);
    }
    return out;
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
