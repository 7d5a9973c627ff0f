import type { IacNotice } from '../../shared/iac-reader.js';
import { keyText } from '../addresses.js';
import { evaluate, instanceKeys, type Scope } from './evaluate.js';
import type { ModuleCallConfig, ModuleConfig, ResourceConfig } from './module.js';
import type { Body } from './syntax.js';
import { isMap, Lazy, toList, UNK, type Value, type ValueMap } from './values.js';

/** Module calls nested deeper than this are not followed (a module that calls itself). */
const MAX_MODULE_DEPTH = 16;

export type Key = number | string;

/** What every module instance of one evaluation shares. */
export interface Evaluation {
  load(dir: string): ModuleConfig;
  notices: IacNotice[];
  /** Folders read as modules of another. */
  modulesUsed: Set<string>;
}

/** The keys of a resource or module call, or why they are unknown. */
type Expansion = { keys: Key[] | undefined; each: Map<string, Value> } | 'unknown';

/**
 * One instance of a module (the root, `module.net`, `module.app["eu"]`): its variables, locals,
 * resources and child modules, each evaluated on first use and remembered.
 */
export class ModuleInstance {
  private readonly varValues = new Map<string, Value>();
  private readonly localValues = new Map<string, Value | 'pending'>();
  private readonly resourceValues = new Map<ResourceConfig, Value>();
  private readonly instanceAttrs = new Map<string, ValueMap | 'pending'>();
  private readonly children = new Map<string, ModuleInstance>();
  private readonly expansions = new Map<object, Expansion>();
  private readonly scope: Scope;

  constructor(
    readonly address: string,
    /** The configuration path, instance keys dropped: `module.app.module.net`. */
    readonly configPath: string,
    readonly config: ModuleConfig,
    /** An input's value as the caller passes it; undefined when the caller does not set it. */
    private readonly input: (name: string) => Value | undefined,
    private readonly evaluation: Evaluation,
    readonly depth: number,
  ) {
    this.scope = this.scopeWith({});
  }

  variable(name: string): Value {
    const known = this.varValues.get(name);
    if (known !== undefined) return known;
    const declared = this.config.variables.get(name);
    let value: Value = UNK;
    if (declared) {
      const given = this.input(name);
      if (given !== undefined) value = given;
      else if (declared.default) value = evaluate(declared.default, { lookup: () => undefined });
    }
    this.varValues.set(name, value);
    return value;
  }

  private local(name: string): Value {
    const known = this.localValues.get(name);
    if (known === 'pending') return UNK;
    if (known !== undefined) return known;
    const expr = this.config.locals.get(name);
    if (!expr) return UNK;
    this.localValues.set(name, 'pending');
    const value = evaluate(expr, this.scope);
    this.localValues.set(name, value);
    return value;
  }

  /** A scope of this module, with `count.index` or `each.*` of one instance. */
  scopeWith(extra: Record<string, Value>): Scope {
    return {
      lookup: (name) => {
        if (name in extra) return extra[name];
        switch (name) {
          case 'var':
            return new Lazy(
              (k) => this.variable(k),
              () => [...this.config.variables.keys()],
            );
          case 'local':
            return new Lazy(
              (k) => this.local(k),
              () => [...this.config.locals.keys()],
            );
          case 'module':
            return new Lazy(
              (k) => this.callValue(k),
              () => this.config.calls.map((c) => c.name),
            );
          case 'data':
          case 'self':
            return UNK;
          case 'path':
            return { module: '.', root: '.', cwd: '.' };
          case 'terraform':
            return { workspace: 'default' };
        }
        const resources = this.config.resources.filter((r) => r.mode === 'managed' && r.type === name);
        if (resources.length === 0) return undefined;
        return new Lazy(
          (n) => {
            const resource = resources.find((r) => r.name === n);
            return resource ? this.resourceValue(resource) : UNK;
          },
          () => resources.map((r) => r.name),
        );
      },
    };
  }

  /** How a resource or module call expands: its keys, or undefined keys for a single instance. */
  expand(owner: ResourceConfig | ModuleCallConfig): Expansion {
    const known = this.expansions.get(owner);
    if (known) return known;
    let out: Expansion;
    try {
      const count = owner.count ? evaluate(owner.count, this.scope) : undefined;
      const forEach = owner.forEach ? evaluate(owner.forEach, this.scope) : undefined;
      const keys = instanceKeys(count, forEach);
      out = keys === UNK ? 'unknown' : keys === undefined ? { keys: undefined, each: new Map() } : keys;
    } catch {
      out = 'unknown';
    }
    this.expansions.set(owner, out);
    return out;
  }

  /** `count.index` or `each.key`/`each.value` for one instance key. */
  instanceVars(owner: ResourceConfig | ModuleCallConfig, key: Key | undefined): Record<string, Value> {
    if (key === undefined) return {};
    if (owner.count) return { count: { index: key } };
    const expansion = this.expand(owner);
    const value = expansion === 'unknown' ? UNK : (expansion.each.get(String(key)) ?? UNK);
    return { each: { key: String(key), value } };
  }

  /** The value `aws_x.y` has in expressions: one object, a list (count) or a map (for_each). */
  private resourceValue(resource: ResourceConfig): Value {
    const known = this.resourceValues.get(resource);
    if (known !== undefined) return known;
    const expansion = this.expand(resource);
    let value: Value;
    if (expansion === 'unknown') value = UNK;
    else if (expansion.keys === undefined) value = this.instanceObject(resource, undefined);
    else if (resource.count) value = expansion.keys.map((k) => this.instanceObject(resource, k));
    else value = Object.fromEntries(expansion.keys.map((k) => [String(k), this.instanceObject(resource, k)]));
    this.resourceValues.set(resource, value);
    return value;
  }

  /** A resource instance as other expressions see it: what it sets, and unknown for the rest (ids, ARNs). */
  private instanceObject(resource: ResourceConfig, key: Key | undefined): Value {
    return new Lazy(
      (name) => {
        const attrs = this.attributes(resource, key);
        return attrs[name] ?? UNK;
      },
      () => Object.keys(this.attributes(resource, key)),
    );
  }

  /** The evaluated arguments and nested blocks of one resource instance. */
  attributes(resource: ResourceConfig, key: Key | undefined): ValueMap {
    const id = `${resource.type}.${resource.name}${key === undefined ? '' : keyText(key)}`;
    const known = this.instanceAttrs.get(id);
    // A reference cycle (Terraform refuses those) ends as unknowns rather than a loop.
    if (known === 'pending') return {};
    if (known !== undefined) return known;
    this.instanceAttrs.set(id, 'pending');
    const value = evaluateBody(resource.body, this.scopeWith(this.instanceVars(resource, key)), 0);
    this.instanceAttrs.set(id, value);
    return value;
  }

  /** The value of `module.x`: its outputs (per instance for count and for_each); unknown for a remote module. */
  private callValue(name: string): Value {
    const call = this.config.calls.find((c) => c.name === name);
    if (!call) return UNK;
    const expansion = this.expand(call);
    if (expansion === 'unknown') return UNK;
    const outputs = (key: Key | undefined) => {
      const child = this.child(call, key);
      if (!child) return UNK;
      return new Lazy(
        (out) => child.output(out),
        () => [...child.config.outputs.keys()],
      );
    };
    if (expansion.keys === undefined) return outputs(undefined);
    if (call.count) return expansion.keys.map((k) => outputs(k));
    return Object.fromEntries(expansion.keys.map((k) => [String(k), outputs(k)]));
  }

  output(name: string): Value {
    const expr = this.config.outputs.get(name);
    return expr ? evaluate(expr, this.scope) : UNK;
  }

  /** The instance of a local module call; undefined for a remote module or one nested too deep. */
  child(call: ModuleCallConfig, key: Key | undefined): ModuleInstance | undefined {
    if (!call.dir || this.depth >= MAX_MODULE_DEPTH) return undefined;
    const own = `module.${call.name}${key === undefined ? '' : keyText(key)}`;
    const address = this.address ? `${this.address}.${own}` : own;
    const known = this.children.get(address);
    if (known) return known;
    this.evaluation.modulesUsed.add(call.dir);
    const config = this.evaluation.load(call.dir);
    const scope = this.scopeWith(this.instanceVars(call, key));
    const inputs = new Map<string, Value>();
    const input = (name: string): Value | undefined => {
      const expr = call.inputs.get(name);
      if (!expr) return undefined;
      if (!inputs.has(name)) inputs.set(name, evaluate(expr, scope));
      return inputs.get(name);
    };
    const configPath = this.configPath ? `${this.configPath}.module.${call.name}` : `module.${call.name}`;
    const child = new ModuleInstance(address, configPath, config, input, this.evaluation, this.depth + 1);
    this.children.set(address, child);
    return child;
  }
}

/**
 * A body's arguments and nested blocks as a plan shows them: arguments by name, blocks as lists of
 * objects under their type, `dynamic` blocks expanded.
 */
function evaluateBody(body: Body, scope: Scope, depth: number): ValueMap {
  const out: ValueMap = {};
  for (const attribute of body.attributes) out[attribute.name] = evaluate(attribute.expr, scope);
  if (depth > 32) return out;
  for (const block of body.blocks) {
    if (block.type === 'dynamic') {
      const [type] = block.labels;
      if (!type) continue;
      const list = (out[type] as Value[] | undefined) ?? [];
      const expanded = dynamicBlocks(block.body, type, scope, depth);
      out[type] = expanded === UNK ? UNK : [...(Array.isArray(list) ? list : []), ...expanded];
      continue;
    }
    const list = out[block.type];
    if (list === UNK) continue;
    out[block.type] = [...((list as Value[] | undefined) ?? []), evaluateBody(block.body, scope, depth + 1)];
  }
  return out;
}

function dynamicBlocks(body: Body, type: string, scope: Scope, depth: number): Value[] | typeof UNK {
  const forEach = body.attributes.find((a) => a.name === 'for_each');
  const iterator = body.attributes.find((a) => a.name === 'iterator')?.expr;
  const name = iterator?.k === 'var' ? iterator.name : type;
  const content = body.blocks.find((b) => b.type === 'content');
  if (!forEach || !content) return [];
  const collection = evaluate(forEach.expr, scope);
  if (collection === UNK) return UNK;
  let entries: [Value, Value][];
  try {
    const m = collection instanceof Lazy ? collection : collection;
    entries = isMap(m as Value)
      ? Object.entries(m as ValueMap)
      : toList(m as Value).map((v, i) => [typeof v === 'string' ? v : i, v]);
  } catch {
    return UNK;
  }
  return entries.map(([key, value]) => {
    const inner: Scope = {
      lookup: (n) => (n === name ? { key, value } : scope.lookup(n)),
    };
    return evaluateBody(content.body, inner, depth + 1);
  });
}
