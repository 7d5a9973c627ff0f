// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${…} here is HCL template syntax
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Language, type Node, Parser } from 'web-tree-sitter';
import { examplesOf } from '../../../../test/helpers/examples.js';
import { PACKAGE_ROOT } from '../../../cli/paths.js';
import { Lines, plainTree, type SyntaxNode } from './tree.js';

let parser: Parser;
before(async () => {
  await Parser.init();
  const wasm = createRequire(import.meta.url).resolve(
    '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  );
  parser = new Parser();
  parser.setLanguage(await Language.load(readFileSync(wasm)));
});

/** Every construct whose offsets could be derived wrongly from its children, and non-ASCII text. */
const CONSTRUCTS = `# leading comment
locals {
  a = "héllo \${var.x} wörld 😀"
  b = <<-EOT
    über \${x} %{ if y }z%{ endif }
      ß
    EOT
  c = { "k" = 1, b: 2, }
  d = [for k, v in m : upper(v) if k != "a"]
  e = { for k, v in m : k => v... }
  f = a.b[0].c[*].d
  g = a.*.b
  h = -1 + 2 * (3 - x) == !y ? "a" : "b"
  i = f(a, b...)
  j = g(a, b,)
  l = a.0.b
  n = 1.5e3
}
`;

/** Differences between demarc's copy of a tree and tree-sitter's own nodes, as `type@offset`. */
function differences(text: string): string[] {
  const tree = parser.parse(text);
  assert.ok(tree && !tree.rootNode.hasError, 'fixture parses');
  const out: string[] = [];
  const compare = (copy: SyntaxNode, node: Node) => {
    const same =
      copy.type === node.type &&
      copy.named === node.isNamed &&
      copy.start === node.startIndex &&
      copy.end === node.endIndex;
    if (!same) out.push(`${node.type}@${node.startIndex}: copied as ${copy.type} ${copy.start}-${copy.end}`);
    const children = node.children.filter((c): c is Node => c !== null);
    if (children.length !== copy.children.length) out.push(`${node.type}@${node.startIndex}: children`);
    else for (const [i, c] of children.entries()) compare(copy.children[i] as SyntaxNode, c);
  };
  compare(plainTree(tree), tree.rootNode);
  tree.delete();
  return out;
}

describe('plainTree', () => {
  test('copies every node of every construct with the offsets tree-sitter gives it', () => {
    assert.deepEqual(differences(CONSTRUCTS), []);
  });

  test('copies the fixtures and examples exactly', () => {
    const fixtures = (readdirSync(join(PACKAGE_ROOT, 'test/fixtures'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.tf'))
      .map((f) => ({ name: f, text: readFileSync(join(PACKAGE_ROOT, 'test/fixtures', f), 'utf8') }));
    // The checks' HCL examples live inline in their examples.ts.
    const examples = examplesOf('terraform-hcl').map((e) => ({ name: e.path, text: e.example.source }));
    const inputs = [...fixtures, ...examples];
    assert.ok(inputs.length > 50, `${inputs.length} .tf inputs`);
    for (const { name, text } of inputs) {
      if (parser.parse(text)?.rootNode.hasError) continue;
      assert.deepEqual(differences(text), [], name);
    }
  });
});

describe('Lines', () => {
  test('counts rows by newline, as tree-sitter does', () => {
    const lines = new Lines('a\nbc\n\nd');
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6].map((o) => lines.lineOf(o)),
      [1, 1, 2, 2, 2, 3, 4],
    );
  });
});
