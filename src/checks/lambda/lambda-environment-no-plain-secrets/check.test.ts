import assert from 'node:assert/strict';
import { it } from 'node:test';
import { resource, TEST_NOW, testCheck } from '../../../../test/helpers/checks.js';
import { createContext } from '../../../engine/context.js';
import { Inventory } from '../../../inventory/inventory.js';
import type { LambdaFunction } from '../../../inventory/kinds/compute.js';
import { DEFAULT_POLICY } from '../../../policy/policy.js';
import { envVarsOf } from '../../../sources/shared/env-values.js';
import check from './check.js';

const ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'correct-horse-battery-staple';
const fn = (variables: Record<string, string | undefined>) =>
  resource('LambdaFunction', { environment: envVarsOf(variables) });

testCheck(check, {
  valid: [
    { name: 'no variables', resource: fn({}) },
    { name: 'ordinary settings', resource: fn({ LOG_LEVEL: 'info', TABLE_NAME: 'orders' }) },
    {
      name: 'secret names pointing at a secret store',
      resource: fn({
        DB_PASSWORD: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf',
        API_KEY_PARAMETER: '/prod/api-key',
        TOKEN: '',
      }),
    },
  ],
  invalid: [
    { name: 'AWS access key id', resource: fn({ AWS_KEY: ACCESS_KEY }) },
    { name: 'password value', resource: fn({ DB_PASSWORD: SECRET }) },
    { name: 'GitHub token under a harmless name', resource: fn({ CONFIG: `ghp_${'a'.repeat(36)}` }) },
    {
      name: 'dynamic reference that copies a secret in at deployment',
      resource: fn({ DB_PASSWORD: '{{resolve:secretsmanager:db:SecretString:password}}' }),
    },
    { name: 'private key', resource: fn({ CERT: '-----BEGIN RSA PRIVATE KEY-----\nMIIE' }) },
  ],
  notAssessed: [
    { name: 'variables unknown', resource: resource('LambdaFunction', {}) },
    { name: 'secret name set at deployment', resource: fn({ DB_PASSWORD: undefined }) },
  ],
});

it('never puts a secret value in the reason or evidence, only its redacted form', () => {
  const subject = fn({ AWS_KEY: ACCESS_KEY, DB_PASSWORD: SECRET }) as LambdaFunction;
  const ctx = createContext(new Inventory([subject]), DEFAULT_POLICY, TEST_NOW);
  const verdict = check.evaluate(subject, ctx);
  assert.equal(verdict?.status, 'fail');
  const text = JSON.stringify(verdict);
  assert.ok(!text.includes(ACCESS_KEY) && !text.includes(SECRET), text);
  assert.match(verdict?.reason ?? '', /AWS_KEY \(an AWS access key id, AKIA…\(20 chars\)\)/);
  // The inventory itself holds no values either.
  assert.ok(!JSON.stringify(subject).includes(SECRET));
});
