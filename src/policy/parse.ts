import { isNode, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { type Policy, PolicyError, PolicySchema, resolvePolicy } from './policy.js';

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Parses a demarc.yaml text into the effective policy. Every problem is an InputError naming the
 * file and line, and what was expected.
 */
export function parsePolicy(text: string, file: string): Policy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lines.linePos(yamlError.pos[0]).line;
    throw new InputError(
      `${file}${line ? `:${line}` : ''}: not valid YAML: ${yamlError.message.split('\n')[0]}`,
    );
  }
  const lineOf = (path: readonly PropertyKey[]): string => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return `:${lines.linePos(node.range[0]).line}`;
    }
    return '';
  };
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
    throw new InputError(`${file}${lineOf(issue.path)}: ${where}${issue.message}`);
  }
  try {
    return resolvePolicy(parsed.data, file);
  } catch (error) {
    if (error instanceof PolicyError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
}
