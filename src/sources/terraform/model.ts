import type { SourceRef } from '../../inventory/base.js';
import { mergeTags } from '../../inventory/tags.js';
import { partitionOfRegion } from '../../model/regions.js';
import type { IacNotice } from '../shared/iac-reader.js';
import {
  childModule,
  configModulePath,
  type InstanceKey,
  moduleAddress,
  moduleSteps,
  traversal,
} from './addresses.js';
import { Attrs, UNKNOWN } from './attrs.js';
import type {
  ConfigModule,
  ConfigResource,
  Expression,
  Plan,
  ProviderConfig,
  ResourceChange,
  ValuesModule,
} from './format.js';
import { type Suppression, suppressionsOf } from './suppressions.js';

/** One managed resource instance of the planned state. */
export interface PlannedResource {
  readonly address: string;
  /** A stable id unique across files, `tf:<file>#<address>`, for when the plan knows no ARN or id. */
  readonly ref: string;
  readonly type: string;
  readonly name: string;
  readonly index: InstanceKey | undefined;
  /** Module instance address; '' for the root module. */
  readonly module: string;
  /** The module in the configuration (instance keys dropped). */
  readonly configModule: string;
  /** Planned values with their unknowns and configuration expressions. */
  readonly attrs: Attrs;
  /** Values before the change, for an object that exists already. */
  readonly before: Attrs | undefined;
  readonly config: ConfigResource | undefined;
  /** The change's actions; [] when the plan has no change for it. */
  readonly actions: readonly string[];
  readonly line: number | undefined;
}

/** The resource is created (or replaced) by this plan, so AWS's defaults for new resources apply. */
export function isCreated(resource: PlannedResource): boolean {
  return resource.actions.includes('create');
}

/** Where an expression is evaluated: its module instance, and the instance key of its resource. */
interface Site {
  module: string;
  configModule: string;
  index: InstanceKey | undefined;
  forEach: Expression | undefined;
}

function siteOf(resource: PlannedResource): Site {
  return {
    module: resource.module,
    configModule: resource.configModule,
    index: resource.index,
    forEach: resource.config?.for_each_expression,
  };
}

/** How a child resource (a bucket policy, a rule, a listener) relates to its owners. */
type Link =
  | { kind: 'linked'; owners: PlannedResource[] }
  /** It names something known that is none of the owners (a bucket outside this plan). */
  | { kind: 'outside' }
  /** Whom it belongs to is known only after apply. */
  | { kind: 'unknown' };

/** Children grouped by owner, and the children whose owner could not be told. */
export interface Join {
  of(owner: PlannedResource): readonly PlannedResource[];
  readonly unresolved: readonly PlannedResource[];
}

const NOT_RESOURCES = new Set([
  'var',
  'local',
  'module',
  'data',
  'each',
  'count',
  'path',
  'terraform',
  'self',
]);
const KMS_KEY_TYPES = new Set(['aws_kms_key', 'aws_kms_external_key']);
const MAX_DEPTH = 12;

/** The planned state of a plan, indexed, with the configuration to follow references through. */
export class TerraformPlan {
  readonly resources: PlannedResource[] = [];
  readonly account: string;
  /** What did not stop the plan being read (suppression tags that are not applied, …). */
  readonly notices: IacNotice[] = [];
  private readonly byType = new Map<string, PlannedResource[]>();
  private readonly moduleInstances = new Set<string>(['']);
  private readonly providers: Record<string, ProviderConfig>;

  constructor(
    private readonly plan: Plan,
    readonly file: string,
    private readonly lines: { planned: Map<string, number>; changes: Map<string, number> },
    /** For a plan built from HCL: each resource's own file, and suppressions written as comments. */
    private readonly written: {
      files?: Map<string, string>;
      suppressions?: Map<string, Suppression[]>;
    } = {},
  ) {
    this.providers = plan.configuration?.provider_config ?? {};
    const changes = new Map<string, ResourceChange>();
    for (const change of plan.resource_changes ?? []) {
      if (change.deposed === undefined && change.mode === 'managed') changes.set(change.address, change);
    }
    this.walk(plan.planned_values.root_module, '', changes);
    this.account = this.findAccount();
  }

  private walk(
    module: ValuesModule | undefined,
    address: string,
    changes: Map<string, ResourceChange>,
  ): void {
    if (!module) return;
    this.moduleInstances.add(address);
    const configPath = configModulePath(address);
    const configResources = this.configModule(configPath)?.resources ?? [];
    for (const r of module.resources ?? []) {
      if (r.mode !== 'managed') continue;
      if (r.provider_name !== undefined && !/(^|\/)aws$/.test(r.provider_name)) continue;
      const change = changes.get(r.address);
      const config = configResources.find(
        (c) => c.mode === 'managed' && c.type === r.type && c.name === r.name,
      );
      const after = change?.change.after;
      const attrs =
        change && isObject(after)
          ? new Attrs(after, change.change.after_unknown, config?.expressions, true)
          : new Attrs(r.values ?? {}, undefined, config?.expressions, false);
      const before = change?.change.before;
      const resource: PlannedResource = {
        address: r.address,
        ref: `tf:${this.file}#${r.address}`,
        type: r.type,
        name: r.name,
        index: r.index,
        module: address,
        configModule: configPath,
        attrs,
        before: isObject(before) ? new Attrs(before, undefined, undefined, true) : undefined,
        config,
        actions: change?.change.actions ?? [],
        line: this.lines.planned.get(r.address) ?? this.lines.changes.get(r.address),
      };
      this.resources.push(resource);
      const list = this.byType.get(r.type) ?? [];
      list.push(resource);
      this.byType.set(r.type, list);
    }
    for (const child of module.child_modules ?? []) this.walk(child, child.address ?? '', changes);
  }

  ofType(...types: string[]): PlannedResource[] {
    return types.flatMap((t) => this.byType.get(t) ?? []);
  }

  configModule(path: string): ConfigModule | undefined {
    let module = this.plan.configuration?.root_module;
    for (const step of moduleSteps(path) ?? []) module = module?.module_calls?.[step.name]?.module;
    return module;
  }

  /** The inventory id of a planned resource: its ARN when the plan knows it. */
  idOf(resource: PlannedResource): string {
    const arn = resource.attrs.str('arn');
    if (arn) return arn;
    // A bucket's ARN is its name's, in every region and account: known as soon as the name is.
    const bucket = resource.type === 'aws_s3_bucket' ? resource.attrs.str('bucket') : undefined;
    if (bucket) return `arn:${partitionOfRegion(this.regionOf(resource))}:s3:::${bucket}`;
    return resource.ref;
  }

  sourceOf(resource: PlannedResource): SourceRef {
    return {
      kind: 'terraform',
      file: this.fileOf(resource),
      ...(resource.line !== undefined && { line: resource.line }),
      logicalId: resource.address,
    };
  }

  /** A notice about a resource, at its line; each said once. */
  notice(resource: PlannedResource, message: string): void {
    const text = `${resource.address}: ${message}`;
    if (this.notices.some((n) => n.message === text)) return;
    this.notices.push({
      file: this.fileOf(resource),
      ...(resource.line !== undefined && { line: resource.line }),
      message: text,
    });
  }

  /** The demarc:suppress tags of a resource; those that cannot be applied become notices. */
  suppressions(resource: PlannedResource, tags: Readonly<Record<string, string>>): Suppression[] {
    const read = suppressionsOf(tags);
    for (const problem of read.problems) this.notice(resource, problem);
    const written = this.written.suppressions?.get(resource.address) ?? [];
    return [
      ...read.suppressions,
      ...written.filter((w) => !read.suppressions.some((s) => s.checkId === w.checkId)),
    ];
  }

  private fileOf(resource: PlannedResource): string {
    return this.written.files?.get(resource.address) ?? this.file;
  }

  /**
   * The fields every resource carries. Tags come from tags_all (which adds the provider's
   * default_tags) when the plan knows it; suppressions come from the demarc:suppress tags.
   */
  base(resource: PlannedResource, name: string, region = this.regionOf(resource)) {
    const own = resource.attrs.stringMap('tags');
    const all = resource.attrs.stringMap('tags_all');
    const tags = mergeTags(own, all);
    const suppressions = this.suppressions(resource, tags);
    return {
      id: this.idOf(resource),
      name,
      account: this.account,
      region,
      tags,
      ...(this.tagsUnknown(resource) && { tagsUnknown: true }),
      source: this.sourceOf(resource),
      ...(suppressions.length > 0 && { suppressions }),
    };
  }

  /**
   * Whether a resource may carry tags the plan does not show. tags_all is known only after apply
   * for every new resource, but it adds nothing to `tags` unless the provider sets default_tags.
   */
  private tagsUnknown(resource: PlannedResource): boolean {
    if (resource.attrs.stringMap('tags') === undefined) return true;
    if (resource.attrs.stringMap('tags_all') !== undefined) return false;
    const block = this.providerOf(resource)?.expressions?.default_tags;
    return block !== undefined && !(Array.isArray(block) && block.length === 0);
  }

  private providerOf(resource: PlannedResource): ProviderConfig | undefined {
    const key = this.providerKeyOf(resource);
    return this.providers[key];
  }

  /** The provider configuration a resource uses (`aws`, `aws.dr`, `module.x:aws`). */
  private providerKeyOf(resource: PlannedResource): string {
    const key = resource.config?.provider_config_key ?? 'aws';
    if (key in this.providers) return key;
    const inherited = key.replace(/^.*:/, '');
    return inherited in this.providers ? inherited : key;
  }

  /**
   * The region a resource lives in: its own `region` argument (AWS provider 6), ARN or availability
   * zone when known, else its provider configuration's region. When the plan does not say (the
   * provider then takes it from the environment), 'unknown', with the provider configuration named
   * unless it is the default one: two configurations may point at different regions.
   */
  regionOf(resource: PlannedResource): string {
    const own = resource.attrs.str('region');
    if (own) return own;
    const fromArn = resource.attrs.str('arn')?.split(':')[3];
    if (fromArn) return fromArn;
    const fromZone = regionOfZone(resource.attrs.str('availability_zone'));
    if (fromZone) return fromZone;
    const provider = this.providerOf(resource);
    const region = provider?.expressions?.region;
    const value = isExpressionLike(region)
      ? this.constantOf(region, provider?.module_address ?? '', 0)
      : undefined;
    if (typeof value === 'string' && value) return value;
    const key = this.providerKeyOf(resource);
    return key === 'aws' ? UNKNOWN_REGION : `${UNKNOWN_REGION} (${key})`;
  }

  /**
   * Whether two resources are surely in one region: both regions known and equal, or both unknown
   * under one provider configuration. An unknown region never matches a known one, nor another
   * configuration's unknown one.
   */
  sameRegion(a: PlannedResource, b: PlannedResource): boolean {
    return this.regionOf(a) === this.regionOf(b);
  }

  /** The value of a constant expression, following variables up to the root module's values. */
  private constantOf(expr: Expression, configModule: string, depth: number): unknown {
    if (expr.constant_value !== undefined) return expr.constant_value;
    const refs = expr.references ?? [];
    const variable = refs.length === 1 ? /^var\.([\w-]+)$/.exec(refs[0] ?? '')?.[1] : undefined;
    if (!variable || depth > MAX_DEPTH) return undefined;
    if (configModule === '') return this.plan.variables?.[variable]?.value;
    const steps = moduleSteps(configModule) ?? [];
    const call = steps[steps.length - 1];
    const parent = moduleAddress(steps.slice(0, -1));
    const given = call && this.configModule(parent)?.module_calls?.[call.name]?.expressions?.[variable];
    return isExpressionLike(given) ? this.constantOf(given, parent, depth + 1) : undefined;
  }

  /**
   * The account the plan deploys to: from data.aws_caller_identity, a single allowed_account_ids
   * entry, or the ARNs the plan already knows, when they all agree. '' when it cannot be told.
   */
  private findAccount(): string {
    const accounts = new Set<string>();
    const dataModules = [this.plan.prior_state?.values?.root_module, this.plan.planned_values.root_module];
    for (const module of dataModules) {
      for (const r of allResources(module)) {
        const id = r.values?.account_id;
        if (r.mode === 'data' && r.type === 'aws_caller_identity' && typeof id === 'string') accounts.add(id);
      }
    }
    for (const provider of Object.values(this.providers)) {
      const allowed = provider.expressions?.allowed_account_ids;
      const list = isExpressionLike(allowed) ? allowed.constant_value : undefined;
      if (Array.isArray(list) && list.length === 1 && typeof list[0] === 'string') accounts.add(list[0]);
    }
    for (const r of this.resources) {
      const account = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(r.attrs.str('arn') ?? '')?.[1];
      if (account) accounts.add(account);
    }
    return accounts.size === 1 ? ([...accounts][0] as string) : '';
  }

  /** The planned resources an expression of a resource refers to (directly, or through modules). */
  refersTo(from: PlannedResource, expr: Expression | undefined): PlannedResource[] {
    return this.resolve(siteOf(from), expr?.references ?? [], 0);
  }

  private resolve(site: Site, refs: readonly string[], depth: number): PlannedResource[] {
    if (depth > MAX_DEPTH || refs.length === 0) return [];
    const found = new Set<PlannedResource>();
    const eachValue = refs.some((r) => /^each\.value($|[.[])/.test(r));
    const sameKey = eachValue || refs.includes('count.index') || refs.includes('each.key');
    const parsed = refs.map((r) => traversal(r)).filter((s) => s !== undefined);
    // Terraform lists `a.b[0].arn`, `a.b[0]` and `a.b`: the keyed forms say which instance.
    const keyed = new Set(
      parsed.filter((s) => s[2] && 'key' in s[2]).map((s) => `${nameOf(s[0])}.${nameOf(s[1])}`),
    );
    for (const steps of parsed) {
      const [first, second, third] = steps;
      const head = nameOf(first);
      const next = nameOf(second);
      if (!head || !next) continue;
      const key = third && 'key' in third ? third.key : undefined;
      if (head === 'var') {
        for (const r of this.viaVariable(site, next, depth)) found.add(r);
      } else if (head === 'module') {
        const output = nameOf(key === undefined ? third : steps[3]);
        if (output) for (const r of this.viaOutput(site, next, key, output, sameKey, depth)) found.add(r);
      } else if (!NOT_RESOURCES.has(head)) {
        if (key === undefined && keyed.has(`${head}.${next}`)) continue;
        let candidates = this.ofType(head).filter((r) => r.name === next && r.module === site.module);
        if (key !== undefined) candidates = candidates.filter((r) => r.index === key);
        else if (candidates.length > 1 && sameKey && site.index !== undefined) {
          candidates = candidates.filter((r) => r.index === site.index);
        }
        for (const r of candidates) found.add(r);
      }
    }
    // for_each = aws_x.y: each.value is the instance of aws_x.y under the same key.
    if (eachValue && site.forEach?.references) {
      const source = this.resolve({ ...site, forEach: undefined }, site.forEach.references, depth + 1);
      for (const r of source) if (r.index === site.index) found.add(r);
    }
    return [...found];
  }

  /** A module variable: the expression the calling module passes for it. */
  private viaVariable(site: Site, variable: string, depth: number): PlannedResource[] {
    const steps = moduleSteps(site.module);
    const call = steps?.[steps.length - 1];
    if (!steps || !call) return [];
    const parent = moduleAddress(steps.slice(0, -1));
    const parentConfig = configModulePath(parent);
    const moduleCall = this.configModule(parentConfig)?.module_calls?.[call.name];
    const given = moduleCall?.expressions?.[variable];
    if (!isExpressionLike(given)) return [];
    const callerSite = {
      module: parent,
      configModule: parentConfig,
      index: call.key,
      forEach: moduleCall?.for_each_expression,
    };
    return this.resolve(callerSite, given.references ?? [], depth + 1);
  }

  /** A module output: the expression the called module gives it, in each matching instance. */
  private viaOutput(
    site: Site,
    call: string,
    key: InstanceKey | undefined,
    output: string,
    sameKey: boolean,
    depth: number,
  ): PlannedResource[] {
    const childConfig = site.configModule ? `${site.configModule}.module.${call}` : `module.${call}`;
    const expr = this.configModule(childConfig)?.outputs?.[output]?.expression;
    if (!expr?.references) return [];
    const plain = childModule(site.module, { name: call });
    let instances =
      key !== undefined
        ? [childModule(site.module, { name: call, key })]
        : [...this.moduleInstances].filter(
            (m) => m === plain || (m.startsWith(`${plain}[`) && configModulePath(m) === childConfig),
          );
    if (key === undefined && instances.length > 1 && sameKey && site.index !== undefined) {
      instances = [childModule(site.module, { name: call, key: site.index })];
    }
    return instances.flatMap((module) =>
      this.resolve(
        { module, configModule: childConfig, index: undefined, forEach: undefined },
        expr.references ?? [],
        depth + 1,
      ),
    );
  }

  /**
   * Which owners a child resource's attribute points at: by its value when the plan knows it
   * (a bucket name, a group id), else by following the references of its expression.
   */
  link(
    child: PlannedResource,
    attr: string,
    owners: readonly PlannedResource[],
    matches: (owner: PlannedResource, value: string) => boolean,
    many = false,
    attrs: Attrs = child.attrs,
  ): Link {
    const value = attrs.value(attr);
    if (value !== UNKNOWN) {
      if (value === null) return { kind: 'outside' };
      const values = (Array.isArray(value) ? value : [value]).map(String);
      const hits = owners.filter((o) => values.some((v) => matches(o, v)));
      return hits.length > 0 ? { kind: 'linked', owners: hits } : { kind: 'outside' };
    }
    const ownerSet = new Set(owners);
    const targets = this.refersTo(child, attrs.expression(attr)).filter((t) => ownerSet.has(t));
    if (targets.length === 1 || (many && targets.length > 0)) return { kind: 'linked', owners: targets };
    return { kind: 'unknown' };
  }

  /** Joins the resources of `childTypes` to their owners through one attribute. */
  join(
    childTypes: readonly string[],
    attr: string,
    owners: readonly PlannedResource[],
    matches: (owner: PlannedResource, value: string) => boolean,
    many = false,
  ): Join {
    const byOwner = new Map<PlannedResource, PlannedResource[]>();
    const unresolved: PlannedResource[] = [];
    for (const child of this.ofType(...childTypes)) {
      const link = this.link(child, attr, owners, matches, many);
      if (link.kind === 'unknown') unresolved.push(child);
      if (link.kind !== 'linked') continue;
      for (const owner of link.owners) byOwner.set(owner, [...(byOwner.get(owner) ?? []), child]);
    }
    return { of: (owner) => byOwner.get(owner) ?? [], unresolved };
  }

  /**
   * A KMS key named by an attribute, as a reference the inventory can resolve: the value as
   * written (ARN, key id or alias) when known; the inventory id of a key planned here when the
   * expression refers to one; null when the attribute is unset (the service's own key); otherwise
   * a readable placeholder, which no key matches, so its custody stays unknown.
   */
  keyRef(from: PlannedResource, attrs: Attrs, attr: string): string | null {
    const value = attrs.str(attr);
    if (value !== undefined) return value;
    // Computed and not set: the service picks its default key, as it does when the value is null.
    if (attrs.configured(attr) === false) return null;
    const expr = attrs.expression(attr);
    const targets = this.refersTo(from, expr);
    const keys = targets.filter((t) => KMS_KEY_TYPES.has(t.type));
    const aliases = targets.filter((t) => t.type === 'aws_kms_alias');
    if (keys.length === 1 && aliases.length === 0) return this.idOf(keys[0] as PlannedResource);
    if (keys.length === 0 && aliases.length === 1) {
      const alias = aliases[0] as PlannedResource;
      const link = this.link(alias, 'target_key_id', this.ofType(...KMS_KEY_TYPES), keyMatches);
      if (link.kind === 'linked' && link.owners.length === 1)
        return this.idOf(link.owners[0] as PlannedResource);
      const name = alias.attrs.str('name');
      if (name) return name;
    }
    return unresolved(expr);
  }
}

const UNKNOWN_REGION = 'unknown';

/** Whether a region from regionOf is one the plan tells. */
export function isKnownRegion(region: string): boolean {
  return !region.startsWith(UNKNOWN_REGION);
}

/** The region of an availability zone name (`eu-west-1a`, Local Zone `us-west-2-lax-1a`). */
function regionOfZone(zone: string | null | undefined): string | undefined {
  return zone ? /^([a-z]{2,4}(?:-[a-z]+)+-\d+)(?=[a-z]|-)/.exec(zone)?.[1] : undefined;
}

/** "<reference> (known after apply)": a stand-in for a value only apply will tell. */
export function unresolved(expr: Expression | undefined): string {
  const ref = expr?.references?.[0];
  return ref ? `${ref} (known after apply)` : '(known after apply)';
}

export function keyMatches(key: PlannedResource, value: string): boolean {
  return key.attrs.str('key_id') === value || key.attrs.str('arn') === value || key.attrs.str('id') === value;
}

function nameOf(step: unknown): string | undefined {
  return typeof step === 'object' && step !== null && 'name' in step
    ? (step as { name: string }).name
    : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isExpressionLike(value: unknown): value is Expression {
  return isObject(value) && ('constant_value' in value || 'references' in value);
}

function* allResources(
  module: ValuesModule | undefined,
): Generator<NonNullable<ValuesModule['resources']>[number]> {
  if (!module) return;
  yield* module.resources ?? [];
  for (const child of module.child_modules ?? []) yield* allResources(child);
}
