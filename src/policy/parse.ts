import { type Document, isMap, isNode, isPair, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { type Policy, PolicySchema, resolvePolicy } from './policy.js';
import { pathText, policyIssues, type ValidationOptions } from './validate.js';

type ParseOptions = ValidationOptions;

/** A policy nests a handful of levels; far deeper input would only exhaust the stack below. */
const MAX_NESTING = 64;
const TOO_DEEP = `nests more than ${MAX_NESTING} levels deep`;

const isStackOverflow = (error: unknown) =>
  error instanceof RangeError || /Maximum call stack size exceeded/.test(String((error as Error)?.message));

/** The start offset of the first node nested deeper than the limit, found without recursion. */
function tooDeep(root: unknown): number | undefined {
  const pending: [unknown, number][] = [[root, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (isPair(node)) {
      pending.push([node.key, depth], [node.value, depth]);
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_NESTING) return node.range?.[0] ?? 0;
    for (const item of node.items) pending.push([item, depth + 1]);
  }
  return undefined;
}

/** `:line` of the deepest node on the path that exists in the document ('' when none does). */
function lineFinder(doc: Document, lines: LineCounter) {
  return (path: readonly PropertyKey[]): string => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return `:${lines.linePos(node.range[0]).line}`;
    }
    return '';
  };
}

/** The value at a path of the parsed document, and whether its parent holds the key at all. */
function presence(data: unknown, path: readonly PropertyKey[]): 'present' | 'missing' | 'no-parent' {
  let node: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return 'no-parent';
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  if (node === null || typeof node !== 'object') return 'no-parent';
  return path.length > 0 &&
    (node as Record<PropertyKey, unknown>)[path[path.length - 1] as PropertyKey] === undefined
    ? 'missing'
    : 'present';
}

/** zod's wording, made to say what was expected in the file's own terms. */
function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const field = issue.path[issue.path.length - 1];
  if (typeof field === 'string' && presence(data, issue.path) === 'missing') {
    return `missing required field '${field}'`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/**
 * Parses a demarc.yaml text into the effective policy. Every problem is an InputError naming the
 * file and line, the field, and what was expected. With `checkIds`, exceptions that name a check
 * this build does not have are refused too.
 */
export function parsePolicy(text: string, file: string, options: ParseOptions = {}): Policy {
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  } catch (error) {
    if (isStackOverflow(error)) throw new InputError(`${file}: ${TOO_DEEP}`);
    throw error;
  }
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lines.linePos(yamlError.pos[0]).line;
    // The parser reports its own stack overflow (thousands of levels) as a YAML error.
    const why = isStackOverflow(yamlError) ? TOO_DEEP : `not valid YAML: ${yamlError.message.split('\n')[0]}`;
    throw new InputError(`${file}${line ? `:${line}` : ''}: ${why}`);
  }
  // Unknown tags (!!js/function, !!python/object) would otherwise be read as plain strings.
  const tagWarning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tagWarning) {
    const tag = /tag: (\S+)/.exec(tagWarning.message)?.[1] ?? '';
    throw new InputError(
      `${file}:${lines.linePos(tagWarning.pos[0]).line}: unknown tag ${tag.replace('tag:yaml.org,2002:', '!!')}`,
    );
  }
  const deep = tooDeep(doc.contents);
  if (deep !== undefined) throw new InputError(`${file}:${lines.linePos(deep).line}: ${TOO_DEEP}`);
  const lineOf = lineFinder(doc, lines);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // yaml refuses documents whose aliases expand explosively ("billion laughs").
    throw new InputError(`${file}: not a usable YAML document: ${(error as Error).message}`);
  }
  const parsed = PolicySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) throw new InputError(`${file}: invalid policy`);
    const where = issue.path.length > 0 ? `${pathText(issue.path)}: ` : '';
    throw new InputError(`${file}${lineOf(issue.path)}: ${where}${issueMessage(issue, data)}`);
  }
  const [issue] = policyIssues(parsed.data, options);
  if (issue) throw new InputError(`${file}${lineOf(issue.path)}: ${pathText(issue.path)}: ${issue.message}`);
  const policy = resolvePolicy(parsed.data, file);
  // Reasons name the line a context fact was stated on.
  return {
    ...policy,
    context: policy.context.map((entry, i) => ({ ...entry, origin: `${file}${lineOf(['context', i])}` })),
  };
}
