import { findNodeAtLocation, type JSONPath, parseTree, visit } from 'jsonc-parser';

/** The 1-based line of the value at a JSON path, when the path exists in the text. */
export function lineOfPath(text: string, path: JSONPath): number | undefined {
  const node = findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, path);
  if (!node) return undefined;
  return lineAt(text, node.offset);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The lines of each resource address in a plan's text: in planned_values (where a finding should
 * point) and in resource_changes (the fallback). A plan names no .tf file or line, so the plan JSON
 * itself is where findings point.
 */
export function addressLines(text: string): { planned: Map<string, number>; changes: Map<string, number> } {
  const planned = new Map<string, number>();
  const changes = new Map<string, number>();
  let lastProperty = '';
  visit(text, {
    onObjectProperty: (property) => {
      lastProperty = property;
    },
    onLiteralValue: (value, _offset, _length, line, _column, pathSupplier) => {
      if (lastProperty !== 'address' || typeof value !== 'string') return;
      const path = pathSupplier();
      if (path[path.length - 1] !== 'address') return;
      const target = path[0] === 'planned_values' ? planned : path[0] === 'resource_changes' ? changes : null;
      if (target && !target.has(value)) target.set(value, line + 1);
    },
  });
  return { planned, changes };
}

/** The 1-based line where the text nests deepest, found without recursion (for input too deep to parse). */
export function deepestLine(text: string): number {
  let depth = 0;
  let max = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      // Skip the string, escapes and all.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth > max) [max, at] = [depth, i];
    } else if (c === '}' || c === ']') depth--;
  }
  return lineAt(text, at);
}
