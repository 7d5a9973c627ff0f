import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCredentialReport } from './collectors/iam-report.js';
import { parsePolicyDocument } from './collectors/policy-json.js';
import { describeError } from './context.js';

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail('expected a throw');
}

describe('gap messages', () => {
  it('a policy document that is not JSON says so, not that the endpoint is foreign', () => {
    const message = describeError(errorOf(() => parsePolicyDocument('{"Version": "2012-10-17", ')));
    assert.equal(message, 'UnusableAnswer: the policy document is not valid JSON');
  });

  it('a credential report without a header says so', () => {
    assert.equal(
      describeError(errorOf(() => parseCredentialReport('a,b\n1,2\n'))),
      'UnusableAnswer: the credential report has no header row',
    );
  });

  it("a body the parser chokes on is named, without the parser's own words", () => {
    const message = describeError(errorOf(() => JSON.parse('<html><body>portal</body></html>')));
    assert.match(message, /^NotAnAwsResponse: /);
    assert.doesNotMatch(message, /Unexpected token|SyntaxError/);
  });
});
