import type { Language, Tree } from 'web-tree-sitter';

/**
 * tree-sitter's concrete tree copied out of WebAssembly into plain objects in one walk. Reading a
 * tree-sitter node's children, type or text crosses into WebAssembly and allocates each time; a
 * cursor walk reads each node once (type, two offsets), so converting the tree costs a fraction.
 */
export interface SyntaxNode {
  type: string;
  named: boolean;
  /** Offsets into the source text (UTF-16 code units, as `String.prototype.slice` takes them). */
  start: number;
  end: number;
  children: SyntaxNode[];
}

/** Type names and named-ness per type id, asked of the grammar once per id. */
const typeInfo = new WeakMap<Language, { type: string; named: boolean }[]>();

function infoOf(language: Language, id: number): { type: string; named: boolean } {
  let table = typeInfo.get(language);
  if (!table) {
    table = [];
    typeInfo.set(language, table);
  }
  let info = table[id];
  if (!info) {
    info = { type: language.types[id] ?? 'ERROR', named: language.nodeTypeIsNamed(id) };
    table[id] = info;
  }
  return info;
}

/**
 * Node types whose first or last character can be a token the cursor never visits (a hidden rule's
 * token or an unnamed pattern: `legacy_index` is `.` and a hidden /[0-9]+/, `function_call` ends
 * with a hidden `)`); their offsets are asked, not derived from their children.
 */
const EDGE_HIDDEN = new Set(['legacy_index', 'function_call', 'function_arguments']);

/**
 * The whole tree under its root, iteratively (a deeply nested file must not exhaust the stack).
 * Each node costs two or three calls into WebAssembly: its type and the moves to it; offsets are
 * asked only of leaves, since a node spans from its first child's start to its last child's end.
 */
export function plainTree(tree: Tree): SyntaxNode {
  const language = tree.language;
  const cursor = tree.walk();
  try {
    const enter = (): SyntaxNode => {
      const { type, named } = infoOf(language, cursor.nodeTypeId);
      return { type, named, start: 0, end: 0, children: [] };
    };
    const ask = (node: SyntaxNode) => {
      node.start = cursor.startIndex;
      node.end = cursor.endIndex;
    };
    // The root's own offsets are asked: its span starts before any leading blank or comment.
    const root = enter();
    ask(root);
    if (!cursor.gotoFirstChild()) return root;
    // The open nodes from the root down to the cursor's parent; each gets its offsets when closed.
    const path: SyntaxNode[] = [root];
    for (;;) {
      const current = enter();
      (path[path.length - 1] as SyntaxNode).children.push(current);
      if (EDGE_HIDDEN.has(current.type)) ask(current);
      if (cursor.gotoFirstChild()) {
        path.push(current);
        continue;
      }
      ask(current);
      while (!cursor.gotoNextSibling()) {
        const done = path.pop() as SyntaxNode;
        if (done !== root && !EDGE_HIDDEN.has(done.type)) {
          done.start = (done.children[0] as SyntaxNode).start;
          done.end = (done.children[done.children.length - 1] as SyntaxNode).end;
        }
        if (path.length === 0) return root;
        cursor.gotoParent();
      }
    }
  } finally {
    cursor.delete();
  }
}

/** Line numbers (1-based) of offsets in a text, as tree-sitter counts rows: by `\n`. */
export class Lines {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}
