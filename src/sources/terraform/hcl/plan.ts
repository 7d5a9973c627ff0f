import { keyText } from '../addresses.js';
import type { ConfigModule, ConfigResource, Plan, ValuesModule, ValuesResource } from '../format.js';
import { evaluate } from './evaluate.js';
import { type Evaluation, type Key, ModuleInstance } from './instance.js';
import type { ModuleConfig, ResourceConfig } from './module.js';
import type { Body, Expr } from './syntax.js';
import { isWhollyKnown, plain, splitUnknown, UNK, type Value } from './values.js';

/** Attributes every AWS resource computes on create: unknown in a plan, so unknown here. */
const COMPUTED = ['id', 'arn', 'tags_all'];

/**
 * Defaults the AWS provider's schema gives arguments left unset, which a plan shows as values
 * (only those the mappers read, and only documented schema defaults, never guesses).
 */
const SCHEMA_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  aws_kms_key: {
    customer_master_key_spec: 'SYMMETRIC_DEFAULT',
    key_usage: 'ENCRYPT_DECRYPT',
    is_enabled: true,
    enable_key_rotation: false,
  },
};

/** A synthetic plan of a root module, and where each resource instance is written. */
interface HclPlan {
  plan: Plan;
  /** Address → line of the resource block. */
  lines: Map<string, number>;
  /** Address → file of the resource block. */
  files: Map<string, string>;
  /** Address → the comment lines above its block. */
  comments: Map<string, string[]>;
}

/**
 * Evaluates a root module into the structure `terraform show -json` gives a plan that creates
 * everything: planned values with unknowns marked, and the configuration's expressions with
 * their references, so the plan mappers (and their joins) read HCL as they read plans.
 */
export function buildPlan(
  root: ModuleConfig,
  variables: Map<string, Value>,
  evaluation: Evaluation,
): HclPlan {
  const instance = new ModuleInstance('', '', root, (name) => variables.get(name), evaluation, 0);
  const out: HclPlan = { plan: emptyPlan(), lines: new Map(), files: new Map(), comments: new Map() };
  const changes: NonNullable<Plan['resource_changes']> = [];
  out.plan.planned_values.root_module = valuesOf(instance, changes, out, evaluation);
  out.plan.resource_changes = changes;
  const providers: Record<
    string,
    NonNullable<NonNullable<Plan['configuration']>['provider_config']>[string]
  > = {};
  const rootConfig = configOf(instance, providers);
  out.plan.configuration = { provider_config: providers, root_module: rootConfig };
  out.plan.variables = Object.fromEntries(
    [...root.variables.keys()].map((name) => [name, { value: known(instance.variable(name)) }]),
  );
  return out;
}

function emptyPlan(): Plan {
  return { format_version: '1.2', terraform_version: 'hcl', planned_values: {} };
}

function known(value: Value): unknown {
  return isWhollyKnown(value) ? plain(value) : undefined;
}

function valuesOf(
  instance: ModuleInstance,
  changes: NonNullable<Plan['resource_changes']>,
  out: HclPlan,
  evaluation: Evaluation,
): ValuesModule {
  const resources: ValuesResource[] = [];
  for (const resource of instance.config.resources) {
    if (resource.mode !== 'managed') continue;
    const base = `${instance.address ? `${instance.address}.` : ''}${resource.type}.${resource.name}`;
    const expansion = instance.expand(resource);
    if (expansion === 'unknown') {
      evaluation.notices.push({
        file: resource.file,
        line: resource.line,
        message: `${base}: its ${resource.count ? 'count' : 'for_each'} is known only after apply; not scanned`,
      });
      continue;
    }
    const keys: (Key | undefined)[] = expansion.keys ?? [undefined];
    for (const key of keys) {
      const address = `${base}${key === undefined ? '' : keyText(key)}`;
      const { known: after, mask } = splitUnknown(instance.attributes(resource, key));
      const values = { ...SCHEMA_DEFAULTS[resource.type], ...(after as Record<string, unknown>) };
      const afterUnknown = mask as Record<string, unknown>;
      for (const attr of COMPUTED) {
        if (!(attr in values) && !(attr in afterUnknown)) afterUnknown[attr] = true;
      }
      const provider = `registry.terraform.io/hashicorp/${resource.type.split('_')[0]}`;
      const head = {
        address,
        mode: 'managed',
        type: resource.type,
        name: resource.name,
        ...(key !== undefined && { index: key }),
        provider_name: provider,
      };
      resources.push({ ...head, values });
      changes.push({
        ...head,
        ...(instance.address && { module_address: instance.address }),
        change: { actions: ['create'], before: null, after: values, after_unknown: afterUnknown },
      });
      out.lines.set(address, resource.line);
      out.files.set(address, resource.file);
      if (resource.comments.length > 0) out.comments.set(address, resource.comments);
    }
  }
  const child_modules: ValuesModule[] = [];
  for (const call of instance.config.calls) {
    const expansion = instance.expand(call);
    if (!call.dir) {
      evaluation.notices.push({
        file: call.file,
        line: call.line,
        message: `module.${call.name}: source "${call.source}" is not a local folder; its resources are not scanned and its outputs are unknown`,
      });
      continue;
    }
    if (expansion === 'unknown') continue;
    for (const key of expansion.keys ?? [undefined]) {
      const child = instance.child(call, key);
      if (child) child_modules.push({ address: child.address, ...valuesOf(child, changes, out, evaluation) });
    }
  }
  return { resources, child_modules };
}

/** The configuration of a module (once per module, not per instance), as a plan's `configuration`. */
function configOf(
  instance: ModuleInstance,
  providers: Record<
    string,
    { name: string; alias?: string; module_address?: string; expressions?: Record<string, unknown> }
  >,
): ConfigModule {
  const config = instance.config;
  const refs = new References(config);
  const prefix = instance.configPath ? `${instance.configPath}:` : '';
  for (const provider of config.providers) {
    const key = `${prefix}${provider.name}${provider.alias ? `.${provider.alias}` : ''}`;
    providers[key] = {
      name: provider.name,
      ...(provider.alias && { alias: provider.alias }),
      ...(instance.configPath && { module_address: instance.configPath }),
      expressions: bodyExpressions(provider.body, refs, (expr) => evaluate(expr, instance.scopeWith({}))),
    };
  }
  const resources: ConfigResource[] = config.resources.map((r) => resourceConfig(r, refs, prefix));
  const module_calls: NonNullable<ConfigModule['module_calls']> = {};
  for (const call of config.calls) {
    const expansion = instance.expand(call);
    const firstKey = expansion === 'unknown' ? undefined : expansion.keys?.[0];
    const child =
      expansion === 'unknown' || expansion.keys?.length === 0 ? undefined : instance.child(call, firstKey);
    module_calls[call.name] = {
      expressions: Object.fromEntries([...call.inputs].map(([name, expr]) => [name, refs.expression(expr)])),
      ...(call.count && { count_expression: refs.expression(call.count) }),
      ...(call.forEach && { for_each_expression: refs.expression(call.forEach) }),
      ...(child && { module: configOf(child, providers) }),
    };
  }
  const outputs = Object.fromEntries(
    [...config.outputs].map(([name, expr]) => [name, { expression: refs.expression(expr) }]),
  );
  return { resources, module_calls, outputs };
}

function resourceConfig(resource: ResourceConfig, refs: References, prefix: string): ConfigResource {
  return {
    address: `${resource.mode === 'data' ? 'data.' : ''}${resource.type}.${resource.name}`,
    mode: resource.mode,
    type: resource.type,
    name: resource.name,
    ...(resource.provider && { provider_config_key: `${prefix}${resource.provider}` }),
    expressions: bodyExpressions(resource.body, refs),
    ...(resource.count && { count_expression: refs.expression(resource.count) }),
    ...(resource.forEach && { for_each_expression: refs.expression(resource.forEach) }),
  };
}

/** A body's expressions: each argument as `{ constant_value }` or `{ references }`, blocks as lists. */
function bodyExpressions(
  body: Body,
  refs: References,
  value?: (expr: Expr) => Value,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const attribute of body.attributes) {
    const expr = refs.expression(attribute.expr);
    if (value && expr.references) {
      const v = value(attribute.expr);
      if (isWhollyKnown(v)) out[attribute.name] = { constant_value: plain(v) };
      else out[attribute.name] = expr;
    } else out[attribute.name] = expr;
  }
  for (const block of body.blocks) {
    const type = block.type === 'dynamic' ? block.labels[0] : block.type;
    const inner =
      block.type === 'dynamic' ? block.body.blocks.find((b) => b.type === 'content')?.body : block.body;
    if (!type || !inner) continue;
    const list = (out[type] as unknown[] | undefined) ?? [];
    out[type] = [...(Array.isArray(list) ? list : []), bodyExpressions(inner, refs, value)];
  }
  return out;
}

/** The references of expressions, as Terraform lists them (`aws_s3_bucket.b[0].id`, `aws_s3_bucket.b[0]`, `aws_s3_bucket.b`). */
class References {
  constructor(private readonly config: ModuleConfig) {}

  expression(expr: Expr): { constant_value?: unknown; references?: string[] } {
    const found = new Set<string>();
    this.collect(expr, found, new Set(), 0);
    if (found.size > 0) return { references: [...found] };
    const value = evaluate(expr, { lookup: () => undefined });
    return value === UNK || !isWhollyKnown(value) ? {} : { constant_value: plain(value) };
  }

  private collect(expr: Expr, out: Set<string>, locals: Set<string>, depth: number): void {
    if (depth > 100) return;
    const next = depth + 1;
    const chain = traversal(expr);
    if (chain) {
      for (const ref of referencesOf(chain.steps)) out.add(ref);
      // A local stands for its expression: follow it, so a join through a local still resolves.
      const [root, name] = chain.steps;
      if (root === 'local' && typeof name === 'string' && !locals.has(name)) {
        locals.add(name);
        const inner = this.config.locals.get(name);
        if (inner) this.collect(inner, out, locals, next);
      }
      for (const key of chain.dynamicKeys) this.collect(key, out, locals, next);
      return;
    }
    switch (expr.k) {
      case 'tmpl':
        for (const p of expr.parts) if (typeof p !== 'string') this.collect(p, out, locals, next);
        return;
      case 'attr':
      case 'index':
        this.collect(expr.obj, out, locals, next);
        if (expr.k === 'index') this.collect(expr.key, out, locals, next);
        return;
      case 'splat':
        this.collect(expr.obj, out, locals, next);
        return;
      case 'tuple':
        for (const item of expr.items) this.collect(item, out, locals, next);
        return;
      case 'object':
        for (const item of expr.items) {
          this.collect(item.key, out, locals, next);
          this.collect(item.value, out, locals, next);
        }
        return;
      case 'call':
        for (const a of expr.args) this.collect(a, out, locals, next);
        return;
      case 'cond':
        this.collect(expr.test, out, locals, next);
        this.collect(expr.yes, out, locals, next);
        this.collect(expr.no, out, locals, next);
        return;
      case 'binary':
        this.collect(expr.left, out, locals, next);
        this.collect(expr.right, out, locals, next);
        return;
      case 'unary':
        this.collect(expr.operand, out, locals, next);
        return;
      case 'for':
        // The for's own variables are not references; what it iterates and computes may hold some.
        this.collect(expr.collection, out, locals, next);
        if (expr.key) this.collect(expr.key, out, locals, next);
        this.collect(expr.value, out, locals, next);
        return;
      default:
        return;
    }
  }
}

type Step = string | { key: Key };

/** A chain of names and literal keys from a root name (`aws_s3_bucket.b[0].arn`); undefined for anything else. */
function traversal(expr: Expr): { steps: Step[]; dynamicKeys: Expr[] } | undefined {
  const steps: Step[] = [];
  const dynamicKeys: Expr[] = [];
  let e: Expr = expr;
  for (;;) {
    if (e.k === 'var') {
      if (e.name === '') return undefined;
      steps.unshift(e.name);
      return { steps, dynamicKeys };
    }
    if (e.k === 'attr') {
      steps.unshift(e.name);
      e = e.obj;
    } else if (e.k === 'index') {
      const key =
        e.key.k === 'lit' && (typeof e.key.v === 'string' || typeof e.key.v === 'number')
          ? e.key.v
          : undefined;
      if (key === undefined) {
        // A computed key: the reference stops before it, as Terraform's does.
        dynamicKeys.push(e.key);
        steps.length = 0;
      } else steps.unshift({ key });
      e = e.obj;
    } else if (e.k === 'splat') {
      steps.length = 0;
      e = e.obj;
    } else return undefined;
  }
}

/** The reference strings one traversal yields, longest first. */
function referencesOf(steps: Step[]): string[] {
  const [root, ...rest] = steps;
  if (typeof root !== 'string') return [];
  const text = (parts: Step[]) =>
    parts.map((p, i) => (typeof p === 'string' ? `${i === 0 ? '' : '.'}${p}` : keyText(p.key))).join('');
  const NAMED_ROOTS = ['var', 'local', 'count', 'each', 'path', 'terraform', 'self'];
  if (NAMED_ROOTS.includes(root))
    return rest[0] !== undefined && typeof rest[0] === 'string' ? [text([root, rest[0]])] : [];
  // module.x[key].output, data.t.n[key].attr, t.n[key].attr: the instance and the whole object too.
  const headLength = root === 'data' ? 3 : 2;
  const head = steps.slice(0, headLength);
  if (head.length < headLength || head.some((s) => typeof s !== 'string')) return [];
  const out: string[] = [];
  let at = headLength;
  const withKey = typeof steps[at] === 'object' ? steps.slice(0, ++at) : undefined;
  const attr = typeof steps[at] === 'string' ? steps.slice(0, at + 1) : undefined;
  if (attr) out.push(text(attr));
  if (withKey) out.push(text(withKey));
  out.push(text(head));
  return out;
}
