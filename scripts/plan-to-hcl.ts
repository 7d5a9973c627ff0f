/**
 * Writes the Terraform configuration a plan example was made from, as one `.tf` file, from the
 * plan's `configuration` section: a check written with plan examples only gets its HCL examples
 * (scripts/inline-examples.ts adds them), which the IaC harness then holds to the plan's verdicts.
 * Pure: text in, text out.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Expressions = Record<string, unknown>;

interface ConfigResource {
  mode?: string;
  type?: string;
  name?: string;
  expressions?: Expressions;
  count_expression?: unknown;
  for_each_expression?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** A string literal: JSON's escapes are HCL's, and `${` / `%{` are doubled so they stay text. */
const str = (s: string): string =>
  JSON.stringify(s)
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');

/** A value as an HCL expression, indented for its depth; a JSON policy string becomes jsonencode(). */
function literal(value: Json, indent: string): string {
  if (typeof value === 'string') {
    const parsed = policyObject(value);
    return parsed ? `jsonencode(${literal(parsed, indent)})` : str(value);
  }
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${literal(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const key = (k: string) => (IDENTIFIER.test(k) ? k : str(k));
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)} = ${literal(v, inner)}`).join('\n')}\n${indent}}`;
}

/** A string holding a JSON object (a policy document), as that object. */
function policyObject(text: string): Json | undefined {
  if (!/^\s*\{/.test(text)) return undefined;
  try {
    const parsed = JSON.parse(text) as Json;
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** An attribute's expression: a constant, or the first (most specific) thing it refers to. */
function expression(expr: unknown, indent: string): string | undefined {
  if (!isObject(expr)) return undefined;
  if ('constant_value' in expr) return literal(expr.constant_value as Json, indent);
  const refs = expr.references;
  if (Array.isArray(refs) && typeof refs[0] === 'string') return refs[0];
  return undefined;
}

/** The body of a resource or nested block; undefined when an argument cannot be written back. */
function body(expressions: Expressions, indent: string): string[] | undefined {
  const lines: string[] = [];
  for (const [name, expr] of Object.entries(expressions)) {
    if (Array.isArray(expr)) {
      // A nested block, once per element.
      for (const block of expr) {
        if (!isObject(block)) return undefined;
        const inner = body(block, `${indent}  `);
        if (!inner) return undefined;
        lines.push(`${indent}${name} {`, ...inner, `${indent}}`);
      }
      continue;
    }
    const text = expression(expr, indent);
    if (text === undefined) return undefined;
    lines.push(`${indent}${name} = ${text}`);
  }
  return lines;
}

/** The account a plan knows (data.aws_caller_identity in its prior state), if any. */
function knownAccount(plan: Record<string, unknown>): string | undefined {
  const prior = plan.prior_state as { values?: { root_module?: { resources?: unknown[] } } } | undefined;
  for (const r of prior?.values?.root_module?.resources ?? []) {
    if (!isObject(r) || r.type !== 'aws_caller_identity') continue;
    const id = (r.values as { account_id?: unknown } | undefined)?.account_id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

/**
 * The `.tf` text of a plan example, or why it cannot be one file: child modules (a local module is
 * a folder of its own), `for_each`, or an argument whose expression the plan does not keep.
 */
export function hclOfPlan(text: string): { hcl: string } | { cannot: string } {
  const plan = JSON.parse(text) as Record<string, unknown>;
  const config = plan.configuration as
    | {
        provider_config?: Record<string, { expressions?: Expressions }>;
        root_module?: Record<string, unknown>;
      }
    | undefined;
  const root = config?.root_module;
  if (!root) return { cannot: 'the plan has no configuration section' };
  if (root.module_calls && Object.keys(root.module_calls).length > 0)
    return { cannot: 'it calls a child module, which one .tf file cannot hold' };
  const out: string[] = [];
  const provider = body(config?.provider_config?.aws?.expressions ?? {}, '  ');
  const account = knownAccount(plan);
  // HCL cannot read data.aws_caller_identity; allowed_account_ids names the account instead.
  if (account && provider) provider.push(`  allowed_account_ids = [${str(account)}]`);
  if (provider && provider.length > 0) out.push('provider "aws" {', ...provider, '}');
  for (const raw of (root.resources ?? []) as ConfigResource[]) {
    if (raw.mode !== 'managed') continue;
    const address = `${raw.type}.${raw.name}`;
    if (raw.for_each_expression !== undefined) return { cannot: `${address} uses for_each` };
    const lines = body(raw.expressions ?? {}, '  ');
    if (!lines) return { cannot: `${address} has an argument the plan keeps no expression for` };
    if (raw.count_expression !== undefined) {
      const count = expression(raw.count_expression, '  ');
      if (count === undefined) return { cannot: `${address} has a count the plan does not state` };
      lines.unshift(`  count = ${count}`);
    }
    out.push('', `resource ${str(raw.type ?? '')} ${str(raw.name ?? '')} {`, ...lines, '}');
  }
  return { hcl: `${out.join('\n').replace(/^\n/, '')}\n` };
}
