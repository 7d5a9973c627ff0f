import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { exampleTests } from '../../../test/helpers/iac-examples.js';

/** The line of a logical id under Resources, found in the text independently of the reader. */
function logicalIdLine(text: string, logicalId: string, path: string): number {
  const own = logicalId.split('.')[0] as string;
  const index = text.split('\n').findIndex((l) => new RegExp(`^\\s{2,4}"?${own}"?\\s*:`).test(l));
  assert.ok(index >= 0, `${own} not found in ${path}`);
  return index + 1;
}

describe('CloudFormation examples of every check', () => {
  exampleTests({ format: 'cloudformation', kind: 'cloudformation', lineOf: logicalIdLine });
});
