import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { envVarsOf, redact, valueKindOf } from './env-values.js';

describe('environment values: what they look like, never what they are', () => {
  it('tells access keys, well-known tokens, secret-store pointers and deployed secrets apart', () => {
    assert.equal(valueKindOf('AKIAIOSFODNN7EXAMPLE'), 'aws-access-key-id');
    assert.equal(valueKindOf('ASIAIOSFODNN7EXAMPLE'), 'aws-access-key-id');
    assert.equal(valueKindOf(`xoxb-${'1'.repeat(12)}-abcdef`), 'token');
    assert.equal(valueKindOf('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl'), 'token');
    assert.equal(valueKindOf('arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf'), 'reference');
    assert.equal(valueKindOf('arn:aws:ssm:eu-west-1:111122223333:parameter/db'), 'reference');
    assert.equal(valueKindOf('{{resolve:secretsmanager:db:SecretString:password}}'), 'deployed-secret');
    assert.equal(valueKindOf(''), 'empty');
    assert.equal(valueKindOf('info'), 'plain');
    // Twenty upper-case letters that do not start with AKIA/ASIA are not a key id.
    assert.equal(valueKindOf('ABCDIOSFODNN7EXAMPLE'), 'plain');
  });

  it('keeps at most four leading characters of a long value, none of a short one', () => {
    assert.equal(redact('AKIAIOSFODNN7EXAMPLE'), 'AKIA…(20 chars)');
    assert.equal(redact('hunter2'), '…(7 chars)');
  });

  it('lists variables in name order, an unknown value as unknown', () => {
    assert.deepEqual(envVarsOf({ B: 'x', A: undefined }), [
      { name: 'A', valueKind: 'unknown', redacted: '(unknown)' },
      { name: 'B', valueKind: 'plain', redacted: '…(1 chars)' },
    ]);
  });
});
