/**
 * Builds plans in the documented `terraform show -json` format from a short description, for tests
 * and the fixture generator (scripts/terraform-fixtures.ts). A value written `ref(...)` is set by an
 * expression that refers to other objects and is known only after apply: the plan shows it as null
 * in `after`, true in `after_unknown`, and its references in `configuration`. `computed()` is an
 * attribute the provider computes (unknown, not configured).
 */

const REF = Symbol('ref');
const COMPUTED = Symbol('computed');

interface Ref {
  [REF]: string[];
}
interface Computed {
  [COMPUTED]: true;
}

/** An argument set from references (Terraform lists `a.b.arn` and `a.b` both), unknown at plan time. */
export function ref(...references: string[]): Ref {
  return { [REF]: references };
}

export function computed(): Computed {
  return { [COMPUTED]: true };
}

export interface ResourceSpec {
  /** `aws_s3_bucket.logs` or `aws_s3_bucket.logs[0]` / `["eu"]`, within its module. */
  address: string;
  /** Configured arguments; arrays of objects are nested blocks, plain objects map values (tags). */
  values?: Record<string, unknown>;
  /** 'create' by default; a 'no-op' resource exists already and its values are read back. */
  actions?: string[];
}

interface ModuleSpec {
  resources?: ResourceSpec[];
  /** Child module calls by name, with their arguments (constants or `ref(...)`). */
  calls?: Record<
    string,
    { inputs?: Record<string, unknown>; module: ModuleSpec; keys?: (string | number)[] }
  >;
  /** Output name → what the output expression refers to. */
  outputs?: Record<string, string[]>;
}

export interface PlanSpec {
  root: ModuleSpec;
  /** Provider region as a constant, or `var.region` with this value. */
  region?: string;
  regionVariable?: boolean;
  /** Known account (a data.aws_caller_identity in the prior state). */
  account?: string;
}

const PROVIDER = 'registry.terraform.io/hashicorp/aws';

function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && REF in value;
}
function isComputed(value: unknown): value is Computed {
  return typeof value === 'object' && value !== null && COMPUTED in value;
}
function isBlockList(value: unknown): value is Record<string, unknown>[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !isRef(v))
  );
}

/** The planned value: unknowns become null. */
function after(value: unknown): unknown {
  if (isRef(value) || isComputed(value)) return null;
  if (isBlockList(value)) return value.map((block) => afterObject(block));
  return value;
}
function afterObject(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, after(v)]));
}

/** The after_unknown mask: true for unknowns, nested for blocks, left out when known. */
function mask(value: unknown): unknown {
  if (isRef(value) || isComputed(value)) return true;
  if (isBlockList(value)) return value.map((block) => maskObject(block));
  return Array.isArray(value) ? value.map(() => false) : undefined;
}
function maskObject(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const m = mask(v);
    if (m !== undefined) out[k] = m;
  }
  return out;
}

/** Configuration expressions: constants, references, nested block expressions. */
function expression(value: unknown): unknown {
  if (isRef(value)) return { references: value[REF] };
  if (isBlockList(value)) return value.map((block) => expressions(block));
  return { constant_value: value };
}
function expressions(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (!isComputed(v)) out[k] = expression(v);
  return out;
}

function knownValues(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => !isRef(v) && !isComputed(v))
      .map(([k, v]) => [k, after(v)]),
  );
}

interface Parsed {
  type: string;
  name: string;
  index?: string | number;
}

function parseAddress(address: string): Parsed {
  const match = /^([a-z0-9_]+)\.([\w-]+)(?:\[(.+)\])?$/.exec(address);
  if (!match) throw new Error(`bad address ${address}`);
  const [, type = '', name = '', key] = match;
  if (key === undefined) return { type, name };
  return { type, name, index: /^\d+$/.test(key) ? Number(key) : (JSON.parse(key) as string) };
}

/** Computed attributes every new AWS resource has. */
function withComputed(spec: ResourceSpec): Record<string, unknown> {
  const values = spec.values ?? {};
  const created = (spec.actions ?? ['create']).includes('create');
  if (!created) return values;
  return { id: computed(), arn: computed(), tags_all: computed(), ...values };
}

function buildPlan(spec: PlanSpec): Record<string, unknown> {
  const planned = plannedModule(spec.root, '');
  const changes: unknown[] = [];
  collectChanges(spec.root, '', changes);
  const region = spec.region ?? 'eu-west-1';
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    ...(spec.regionVariable && { variables: { region: { value: region } } }),
    planned_values: { root_module: planned },
    resource_changes: changes,
    ...(spec.account && {
      prior_state: {
        format_version: '1.0',
        terraform_version: '1.9.8',
        values: {
          root_module: {
            resources: [
              {
                address: 'data.aws_caller_identity.current',
                mode: 'data',
                type: 'aws_caller_identity',
                name: 'current',
                provider_name: PROVIDER,
                schema_version: 0,
                values: { account_id: spec.account, id: spec.account },
              },
            ],
          },
        },
      },
    }),
    configuration: {
      provider_config: {
        aws: {
          name: 'aws',
          full_name: PROVIDER,
          expressions: {
            region: spec.regionVariable ? { references: ['var.region'] } : { constant_value: region },
          },
        },
      },
      root_module: configModule(spec.root),
    },
    timestamp: '2026-10-30T09:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  };
}

function prefix(module: string, address: string): string {
  return module ? `${module}.${address}` : address;
}

function instances(module: string, name: string, keys: (string | number)[] | undefined): string[] {
  const base = prefix(module, `module.${name}`);
  if (!keys) return [base];
  return keys.map((k) => `${base}[${typeof k === 'number' ? k : JSON.stringify(k)}]`);
}

function plannedModule(spec: ModuleSpec, address: string): Record<string, unknown> {
  const resources = (spec.resources ?? []).map((r) => {
    const { type, name, index } = parseAddress(r.address);
    return {
      address: prefix(address, r.address),
      mode: 'managed',
      type,
      name,
      ...(index !== undefined && { index }),
      provider_name: PROVIDER,
      schema_version: 0,
      values: knownValues(withComputed(r)),
      sensitive_values: {},
    };
  });
  const children = Object.entries(spec.calls ?? {}).flatMap(([name, call]) =>
    instances(address, name, call.keys).map((child) => plannedModule(call.module, child)),
  );
  return {
    ...(address && { address }),
    ...(resources.length > 0 && { resources }),
    ...(children.length > 0 && { child_modules: children }),
  };
}

function collectChanges(spec: ModuleSpec, address: string, out: unknown[]): void {
  for (const r of spec.resources ?? []) {
    const { type, name, index } = parseAddress(r.address);
    const values = withComputed(r);
    const actions = r.actions ?? ['create'];
    const created = actions.includes('create');
    out.push({
      address: prefix(address, r.address),
      ...(address && { module_address: address }),
      mode: 'managed',
      type,
      name,
      ...(index !== undefined && { index }),
      provider_name: PROVIDER,
      change: {
        actions,
        before: created ? null : afterObject(values),
        after: afterObject(values),
        after_unknown: maskObject(values),
        before_sensitive: created ? false : {},
        after_sensitive: {},
      },
    });
  }
  for (const [name, call] of Object.entries(spec.calls ?? {})) {
    for (const child of instances(address, name, call.keys)) collectChanges(call.module, child, out);
  }
}

function configModule(spec: ModuleSpec): Record<string, unknown> {
  const resources = (spec.resources ?? [])
    .filter((r, i, all) => {
      // One configuration block serves every instance of a counted resource.
      const { type, name } = parseAddress(r.address);
      return all.findIndex((o) => o.address.startsWith(`${type}.${name}`)) === i;
    })
    .map((r) => {
      const { type, name, index } = parseAddress(r.address);
      return {
        address: `${type}.${name}`,
        mode: 'managed',
        type,
        name,
        provider_config_key: 'aws',
        expressions: expressions(r.values ?? {}),
        schema_version: 0,
        ...(typeof index === 'number' && { count_expression: { constant_value: 1 } }),
      };
    });
  const calls = Object.fromEntries(
    Object.entries(spec.calls ?? {}).map(([name, call]) => [
      name,
      {
        source: `./modules/${name}`,
        expressions: expressions(call.inputs ?? {}),
        ...(call.keys && { for_each_expression: { constant_value: call.keys } }),
        module: configModule(call.module),
      },
    ]),
  );
  const outputs = Object.fromEntries(
    Object.entries(spec.outputs ?? {}).map(([name, refs]) => [name, { expression: { references: refs } }]),
  );
  return {
    ...(resources.length > 0 && { resources }),
    ...(Object.keys(calls).length > 0 && { module_calls: calls }),
    ...(Object.keys(outputs).length > 0 && { outputs }),
  };
}

/** A plan's text as `terraform show -json` would print it after a pretty-printer. */
export function planText(spec: PlanSpec): string {
  return `${JSON.stringify(buildPlan(spec), null, 2)}\n`;
}
