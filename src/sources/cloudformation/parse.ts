import {
  type CollectionTag,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type ScalarTag,
} from 'yaml';
import { isStackOverflow, jsonTooDeepAt, MAX_NESTING, TOO_DEEP } from '../shared/nesting.js';
import { INTRINSIC_FUNCTIONS, intrinsicName, SHORT_FORMS } from './intrinsics.js';
import { TemplateError } from './template-error.js';

/** A template as plain data (short forms turned into long forms), with where each resource starts. */
export interface Template {
  body: Record<string, unknown>;
  /** 1-based line of each resource's logical id under `Resources`. */
  resourceLines: Map<string, number>;
}

/**
 * Nodes that YAML aliases may expand to in one file. Templates rarely use aliases at all; a
 * "billion laughs" file hits this long before it can exhaust memory.
 */
const ALIAS_NODE_BUDGET = 100_000;

/** Parses a JSON or YAML template; throws TemplateError naming the line. */
export function parseTemplate(text: string): Template {
  return looksLikeJson(text) ? parseJsonTemplate(text) : parseYamlTemplate(text);
}

export function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

// Registered so the parser knows the short forms (no "unresolved tag" warnings); the conversion
// to long forms happens in the walk below, where lines are at hand for errors.
const SHORT_FORM_TAGS: (ScalarTag | CollectionTag)[] = Object.keys(SHORT_FORMS).flatMap((tag) => [
  { tag, resolve: (value: string) => value },
  { tag, collection: 'seq' as const, resolve: (value: unknown) => value },
  { tag, collection: 'map' as const, resolve: (value: unknown) => value },
]) as (ScalarTag | CollectionTag)[];

export function parseYamlTemplate(text: string): Template {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      customTags: SHORT_FORM_TAGS,
      // Aliases stay Alias nodes here (parseDocument does not expand them); the walk below expands
      // them under its own node budget, so an alias bomb costs no memory before it is refused.
      // Duplicate keys are found by the walk below with a lookup per key: the parser's own check
      // compares each key with every earlier one, quadratic in a large Resources section.
      uniqueKeys: false,
    });
  } catch (error) {
    if (isStackOverflow(error)) throw new TemplateError(TOO_DEEP);
    throw error;
  }
  const [error] = doc.errors;
  if (error) {
    // The parser reports its own stack overflow (thousands of levels) as a YAML error.
    const message = isStackOverflow(error) ? TOO_DEEP : `not valid YAML: ${firstLine(error.message)}`;
    throw new TemplateError(message, lineCounter.linePos(error.pos[0]).line);
  }
  const walk = new YamlWalk(doc, lineCounter);
  const resourceLines = new Map<string, number>();
  const resources = isMap(doc.contents) ? doc.contents.get('Resources', true) : undefined;
  if (isMap(resources)) {
    for (const pair of resources.items) {
      const key = pair.key as Node | null;
      const line = walk.lineOf(key);
      if (isScalar(key) && line !== undefined) resourceLines.set(String(key.value), line);
    }
  }
  const resourcesEnd =
    isMap(resources) && resources.range ? lineCounter.linePos(resources.range[1]).line : undefined;
  let body: unknown;
  try {
    body = walk.plain(doc.contents);
  } catch (error) {
    throw inResource(error, resourceLines, resourcesEnd);
  }
  if (!isRecord(body)) throw new TemplateError('the template is not a mapping of sections', 1);
  return { body, resourceLines };
}

/** A problem inside one resource's definition names that resource, as well as the line. */
function inResource(
  error: unknown,
  lines: ReadonlyMap<string, number>,
  resourcesEnd: number | undefined,
): unknown {
  if (!(error instanceof TemplateError) || error.line === undefined) return error;
  if (resourcesEnd === undefined || error.line > resourcesEnd) return error;
  let owner: string | undefined;
  let ownerLine = 0;
  for (const [logicalId, line] of lines) {
    if (line <= error.line && line >= ownerLine) [owner, ownerLine] = [logicalId, line];
  }
  return owner === undefined ? error : new TemplateError(`resource ${owner}: ${error.message}`, error.line);
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';
/** The YAML types a template may state explicitly (`!!str 012`); any other `!!` tag is refused. */
const CORE_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'binary', 'timestamp'].map(
    (t) => YAML_TAG_PREFIX + t,
  ),
);

/** Turns the YAML tree into plain data, expanding short forms and (budgeted) aliases. */
class YamlWalk {
  private aliasNodes = 0;
  private readonly expanding = new Set<unknown>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  lineOf(node: unknown): number | undefined {
    const start = (node as { range?: [number, number, number] } | null)?.range?.[0];
    return start === undefined ? undefined : this.lines.linePos(start).line;
  }

  plain(node: unknown, inAlias = false, depth = 0): unknown {
    if (node === null || node === undefined) return null;
    if (depth > MAX_NESTING) throw new TemplateError(TOO_DEEP, this.lineOf(node));
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) throw new TemplateError(`alias *${node.source} has no anchor`, this.lineOf(node));
      if (this.expanding.has(target)) {
        throw new TemplateError(`alias *${node.source} contains itself`, this.lineOf(node));
      }
      this.expanding.add(target);
      try {
        return this.plain(target, true, depth);
      } finally {
        this.expanding.delete(target);
      }
    }
    if (inAlias && ++this.aliasNodes > ALIAS_NODE_BUDGET) {
      throw new TemplateError(
        `YAML aliases expand to more than ${ALIAS_NODE_BUDGET.toLocaleString('en')} nodes (an alias bomb?)`,
        this.lineOf(node),
      );
    }
    let value: unknown;
    if (isScalar(node)) {
      value = scalarValue(node.value, node.source);
    } else if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = String(this.plain(pair.key, inAlias, depth + 1) ?? '');
        if (Object.hasOwn(out, key)) {
          throw new TemplateError(
            `not valid YAML: the key ${key} appears twice in one mapping`,
            this.lineOf(pair.key),
          );
        }
        setOwn(out, key, this.plain(pair.value, inAlias, depth + 1));
      }
      this.rejectUnknownIntrinsic(out, node);
      value = out;
    } else if (isSeq(node)) {
      value = node.items.map((item) => this.plain(item, inAlias, depth + 1));
    } else {
      throw new TemplateError('unexpected YAML node', this.lineOf(node));
    }
    const tag = (node as { tag?: string }).tag;
    if (tag !== undefined && !tag.startsWith('!') && !CORE_TAGS.has(tag)) {
      // !!js/function, !!python/object…: CloudFormation has no such type, so neither has demarc.
      throw new TemplateError(
        `unknown tag ${tag.replace(YAML_TAG_PREFIX, '!!')}: not a type CloudFormation reads`,
        this.lineOf(node),
      );
    }
    return tag?.startsWith('!') && tag !== '!' ? this.shortForm(tag, value, node) : value;
  }

  private shortForm(tag: string, value: unknown, node: unknown): unknown {
    const fn = SHORT_FORMS[tag];
    if (!fn) {
      throw new TemplateError(
        `unknown tag ${tag}: not a CloudFormation intrinsic function`,
        this.lineOf(node),
      );
    }
    if (fn === 'Fn::GetAtt' && typeof value === 'string') {
      const dot = value.indexOf('.');
      return { [fn]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
    }
    return { [fn]: value };
  }

  private rejectUnknownIntrinsic(value: Record<string, unknown>, node: unknown): void {
    const name = intrinsicName(value);
    if (name && !INTRINSIC_FUNCTIONS.has(name)) {
      throw new TemplateError(`unknown intrinsic function ${name}`, this.lineOf(node));
    }
  }
}

/** YAML scalars CloudFormation has no type for (binary, …) keep their source text. */
function scalarValue(value: unknown, source: string | undefined): unknown {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  if (typeof value === 'bigint') return Number(value);
  return source ?? String(value);
}

/** Sets a key without letting `__proto__` reach the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJsonTemplate(text: string, parsed?: unknown): Template {
  let body = parsed;
  if (body === undefined) {
    try {
      body = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      throw new TemplateError(`not valid JSON: ${message}`, jsonErrorLine(text, message));
    }
  }
  if (!isRecord(body)) throw new TemplateError('the template is not an object of sections', 1);
  const deep = jsonTooDeepAt(text);
  if (deep !== undefined) throw new TemplateError(TOO_DEEP, deep);
  return { body, resourceLines: jsonResourceLines(text) };
}

/** The line of a JSON.parse error, from the position V8 reports (or its own line and column). */
function jsonErrorLine(text: string, message: string): number | undefined {
  const line = /line (\d+) column/.exec(message)?.[1];
  if (line !== undefined) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return undefined;
  return countLines(text, Number(position));
}

function countLines(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Lines of the keys of the top-level "Resources" object, found by one pass over the JSON text
 * (JSON.parse keeps no positions, and a YAML parse of a large JSON file is a hundred times slower).
 */
function jsonResourceLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let depth = 0;
  let resourcesDepth = -1;
  let expectKey = false;
  let lastTopKey: string | undefined;
  const stack: ('{' | '[')[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
    } else if (c === 34) {
      // A string: find its end, skipping escaped quotes.
      let end = i + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end === -1) return lines;
        let backslashes = 0;
        for (let j = end - 1; text.charCodeAt(j) === 92; j--) backslashes++;
        if (backslashes % 2 === 0) break;
        end++;
      }
      if (expectKey && stack[stack.length - 1] === '{') {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (depth === 1) lastTopKey = key;
        else if (depth === resourcesDepth) lines.set(key, line);
        expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */) {
      depth++;
      stack.push('{');
      expectKey = true;
      if (depth === 2 && lastTopKey === 'Resources' && resourcesDepth === -1) resourcesDepth = 2;
    } else if (c === 91 /* [ */) {
      depth++;
      stack.push('[');
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (depth === resourcesDepth && c === 125) resourcesDepth = -2;
      depth--;
      stack.pop();
    } else if (c === 44 /* , */) {
      expectKey = stack[stack.length - 1] === '{';
    }
  }
  return lines;
}
