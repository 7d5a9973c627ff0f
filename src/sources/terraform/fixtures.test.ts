import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { exampleTests } from '../../../test/helpers/iac-examples.js';
import { terraformPlanReader } from './index.js';

/** The line of a resource's address in planned_values, found in the text apart from the reader. */
function addressLine(text: string, address: string, path: string): number {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes('"planned_values"'));
  const index = lines.findIndex((l, i) => i > start && l.includes(`"address": ${JSON.stringify(address)}`));
  assert.ok(index >= 0, `${address} not found in ${path}`);
  return index + 1;
}

describe('Terraform plan examples of every check', () => {
  exampleTests({
    format: 'terraform-plan',
    kind: 'terraform',
    lineOf: addressLine,
    onRead(path, text, read) {
      assert.ok(terraformPlanReader.recognizes(text), `${path} is not recognized as a plan`);
      assert.deepEqual(read.notices, [], path);
    },
  });
});
