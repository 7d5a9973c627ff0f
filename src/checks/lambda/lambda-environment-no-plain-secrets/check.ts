import type { LambdaEnvVar } from '../../../inventory/kinds/compute.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';

/** Names that announce a secret: PASSWORD, DB_PASS, API_KEY, CLIENT_SECRET, AUTH_TOKEN, PRIVATE_KEY, … */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api_?key|private_?key|credential|auth)($|_)/i;

/** Names that merely point at a secret: SECRET_ARN, TOKEN_PARAMETER, API_KEY_NAME, … */
const POINTER_NAME = /_(arn|id|name|param(eter)?|path|url|ref|region)$/i;

const KIND_TITLES: Record<string, string> = {
  'aws-access-key-id': 'an AWS access key id',
  token: 'a credential of a well-known format',
  'deployed-secret': 'a secret copied in from Secrets Manager at deployment',
};

export default defineCheck({
  id: 'lambda-environment-no-plain-secrets',
  title: 'Lambda environment variables hold no plain-text secrets',
  service: 'lambda',
  duty: 'lambda.at-rest.no-plain-secrets',
  severity: 'high',
  resourceTypes: ['LambdaFunction'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Move the secret to Secrets Manager (or SSM Parameter Store SecureString), give the execution role read access, ' +
      'and put only its ARN in the environment; rotate the exposed secret, since anyone with ' +
      'lambda:GetFunctionConfiguration could read it.',
    cli: 'aws secretsmanager create-secret --name <name> --secret-string <value> && aws lambda update-function-configuration --function-name <function> --environment "Variables={SECRET_ARN=<secret-arn>}"',
    cloudformation: 'Environment:\n  Variables:\n    DB_PASSWORD_ARN: !Ref DatabaseSecret',
    terraform:
      'environment {\n  variables = {\n    DB_PASSWORD_ARN = aws_secretsmanager_secret.db.arn\n  }\n}',
  },
  evaluate(fn) {
    if (fn.environment === undefined) return notAssessed('the function’s environment variables are unknown');
    const found = fn.environment.flatMap((v) => {
      const why = secretIn(v);
      // The redacted form only: the value itself never leaves the source.
      return why ? [{ name: v.name, looksLike: why, value: v.redacted }] : [];
    });
    if (found.length > 0) {
      const list = found.map((f) => `${f.name} (${f.looksLike}, ${f.value})`).join('; ');
      return fail(`environment variables hold secrets in plain text: ${list}`, { variables: found });
    }
    const unknown = fn.environment.filter((v) => v.valueKind === 'unknown' && SECRET_NAME.test(v.name));
    if (unknown.length > 0) {
      return notAssessed(
        `the values of ${unknown.map((v) => v.name).join(', ')} are set at deployment, so whether they are secrets is unknown`,
      );
    }
    return pass(
      fn.environment.length === 0
        ? 'the function has no environment variables'
        : `none of the ${fn.environment.length} environment variables looks like a secret`,
      { variables: fn.environment.map((v) => v.name) },
    );
  },
});

/** Why a variable looks like a secret, or undefined. */
function secretIn(v: LambdaEnvVar): string | undefined {
  const byShape = KIND_TITLES[v.valueKind];
  if (byShape) return byShape;
  if (v.valueKind === 'plain' && SECRET_NAME.test(v.name) && !POINTER_NAME.test(v.name)) {
    return 'a value under a secret’s name';
  }
  return undefined;
}
