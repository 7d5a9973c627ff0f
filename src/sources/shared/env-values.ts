import type { LambdaEnvVar } from '../../inventory/kinds/compute.js';

type ValueKind = LambdaEnvVar['valueKind'];

/** Values that point at a secret store rather than hold a secret. */
const REFERENCE = [/^arn:aws[\w-]*:secretsmanager:/, /^arn:aws[\w-]*:ssm:/];

/** A dynamic reference that copies a secret's value into the template at deployment. */
const DEPLOYED_SECRET = /\{\{resolve:(secretsmanager|ssm-secure):/;

/** An AWS access key id: AKIA (long-term) or ASIA (temporary) and 16 more base32 characters (A-Z, 2-7). */
const ACCESS_KEY_ID = /(^|[^A-Z0-9])(AKIA|ASIA)[A-Z2-7]{16}($|[^A-Z0-9])/;

/** Credentials whose shape their issuer fixed, so a match is rarely a coincidence. */
const TOKENS = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+$/, // JWT
  /\bgh[pousr]_[A-Za-z0-9]{36}\b/, // GitHub
  /\bgithub_pat_\w{40,}/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/, // Slack
  /\b[sr]k_live_[A-Za-z0-9]{16,}/, // Stripe
  /\bglpat-[\w-]{20}\b/, // GitLab
  /\bnpm_[A-Za-z0-9]{36}\b/,
];

/** What a value looks like, never the value: the inventory must not carry secrets. */
export function valueKindOf(value: string): ValueKind {
  if (value === '') return 'empty';
  if (DEPLOYED_SECRET.test(value)) return 'deployed-secret';
  if (REFERENCE.some((re) => re.test(value))) return 'reference';
  if (ACCESS_KEY_ID.test(value)) return 'aws-access-key-id';
  if (TOKENS.some((re) => re.test(value))) return 'token';
  return 'plain';
}

/** At most the first four characters (none of a short value) and the length: enough to find it, too little to use it. */
export function redact(value: string): string {
  const head = value.length >= 16 ? value.slice(0, 4) : '';
  return `${head}…(${value.length} chars)`;
}

/** One environment variable as the inventory keeps it; `undefined` value = not known from the input. */
function envVarOf(name: string, value: string | undefined): LambdaEnvVar {
  if (value === undefined) return { name, valueKind: 'unknown', redacted: '(unknown)' };
  return { name, valueKind: valueKindOf(value), redacted: redact(value) };
}

/** Environment variables in name order. */
export function envVarsOf(variables: Readonly<Record<string, string | undefined>>): LambdaEnvVar[] {
  return Object.keys(variables)
    .sort()
    .map((name) => envVarOf(name, variables[name]));
}
