import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { exampleTests, parityTests } from '../../../../test/helpers/iac-examples.js';

/** The line of a resource block (`resource "type" "name" {`), found in the text apart from the reader. */
function blockLine(text: string, address: string, path: string): number {
  const [type, name] = address.replace(/\[.*$/, '').split('.');
  const index = text
    .split('\n')
    .findIndex((l) => new RegExp(`^\\s*resource\\s+"${type}"\\s+"${name}"\\s*\\{`).test(l));
  assert.ok(index >= 0, `${address} not found in ${path}`);
  return index + 1;
}

describe('Terraform HCL examples of every check', () => {
  exampleTests({
    format: 'terraform-hcl',
    kind: 'terraform',
    lineOf: blockLine,
    onRead(path, _text, read) {
      assert.deepEqual(read.notices, [], path);
    },
  });
});

describe('HCL and plan examples give the same verdicts', () => {
  parityTests();
});
