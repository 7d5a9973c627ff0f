import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { CHECKS } from './registry.js';

/** Whether every bracket in HCL text closes in order, outside string literals. */
function balanced(hcl: string): boolean {
  const stack: string[] = [];
  const pairs: Record<string, string> = { '}': '{', ']': '[', ')': '(' };
  let inString = false;
  for (let i = 0; i < hcl.length; i++) {
    const c = hcl[i] as string;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '#') i = hcl.indexOf('\n', i) === -1 ? hcl.length : hcl.indexOf('\n', i);
    else if ('{[('.includes(c)) stack.push(c);
    else if (c in pairs && stack.pop() !== pairs[c]) return false;
  }
  return stack.length === 0 && !inString;
}

describe('check remediation', () => {
  it('gives every check a sentence', () => {
    for (const check of CHECKS) assert.match(check.remediation.text, /^[A-Z"].{20,}[.)]$/s, check.id);
  });

  it('writes CLI snippets as aws commands', () => {
    for (const check of CHECKS) {
      if (check.remediation.cli !== undefined)
        assert.match(check.remediation.cli, /^aws [a-z0-9-]+ [a-z-]+ /, check.id);
    }
  });

  it('writes CloudFormation snippets as YAML that parses', () => {
    for (const check of CHECKS) {
      const snippet = check.remediation.cloudformation;
      if (snippet === undefined) continue;
      const doc = parseDocument(snippet);
      assert.deepEqual(
        doc.errors.map((e) => e.message),
        [],
        check.id,
      );
      assert.equal(typeof doc.toJS(), 'object', `${check.id}: a mapping of properties`);
    }
  });

  it('writes Terraform snippets with balanced braces and quotes', () => {
    for (const check of CHECKS) {
      const snippet = check.remediation.terraform;
      if (snippet !== undefined) assert.ok(balanced(snippet), check.id);
    }
  });

  it('has snippets for most checks', () => {
    const withSnippet = CHECKS.filter(
      (c) => c.remediation.cli || c.remediation.cloudformation || c.remediation.terraform,
    );
    assert.ok(withSnippet.length >= 45, `${withSnippet.length} of ${CHECKS.length}`);
  });
});
