import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { type Policy, PolicySchema, resolvePolicy } from './policy.js';
import { pathText, policyIssues, type ValidationOptions } from './validate.js';

export type ParseOptions = ValidationOptions;

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
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lines.linePos(yamlError.pos[0]).line;
    throw new InputError(
      `${file}${line ? `:${line}` : ''}: not valid YAML: ${yamlError.message.split('\n')[0]}`,
    );
  }
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
  return resolvePolicy(parsed.data, file);
}
