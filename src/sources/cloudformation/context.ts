import { kindOf, type Resource, type ResourceType } from '../../inventory/resources.js';
import { noTags, type Tags, tagsFrom } from '../../inventory/tags.js';
import type { Resolver, ResourceDecl } from './resolver.js';
import { suppressionsOf } from './suppressions.js';
import { isRecord, Props, Symbolic, Unknown } from './values.js';

/** A problem in a template that does not stop it being scanned (a suppression without a reason, …). */
interface TemplateProblem {
  line?: number;
  message: string;
}

type BaseFields = Pick<
  Resource,
  'id' | 'name' | 'account' | 'region' | 'tags' | 'tagsUnknown' | 'source' | 'defaults' | 'suppressions'
>;

/** The id of a template resource: unique per file and logical id, stable across scans. */
export function templateResourceId(file: string, logicalId: string): string {
  return `cfn:${file}#${logicalId}`;
}

/** What the mappers share: the resolved template, where it is, and lookups between its resources. */
export class TemplateContext {
  readonly problems: TemplateProblem[] = [];
  /** Region and account, when given as --parameter AWS::Region=… / AWS::AccountId=…. */
  readonly region: string;
  readonly account: string;
  private readonly byType = new Map<string, ResourceDecl[]>();
  private readonly suppressionCache = new Map<string, ReturnType<typeof suppressionsOf>>();

  constructor(
    readonly resolver: Resolver,
    readonly file: string,
    /** SAM's Globals section (Function, SimpleTable, …), unresolved; empty without one. */
    readonly globals: Readonly<Record<string, unknown>> = {},
  ) {
    this.region = resolver.region ?? 'unknown';
    this.account = resolver.account ?? '';
    for (const decl of resolver.resources.values()) {
      // A resource whose condition is false is not created; an unknown condition may create it.
      if (resolver.exists(decl) === false) continue;
      const list = this.byType.get(decl.type);
      if (list) list.push(decl);
      else this.byType.set(decl.type, [decl]);
    }
  }

  declarations(): IterableIterator<[string, ResourceDecl[]]> {
    return this.byType.entries();
  }

  ofType(type: string): readonly ResourceDecl[] {
    return this.byType.get(type) ?? [];
  }

  props(decl: ResourceDecl): Props {
    return new Props(this.resolver.properties(decl));
  }

  idOf(logicalId: string): string {
    return templateResourceId(this.file, logicalId);
  }

  /**
   * The resource a property points at: `{ logicalId }` for a Ref or Fn::GetAtt of this template's
   * resources, otherwise the resolved name or id (a string), or undefined when unknown.
   */
  target(decl: ResourceDecl, name: string): { logicalId: string } | string | undefined {
    return this.targetOf(decl, rawProperty(decl, name));
  }

  targetOf(decl: ResourceDecl, raw: unknown): { logicalId: string } | string | undefined {
    if (isRecord(raw)) {
      const ref = raw.Ref;
      if (typeof ref === 'string' && this.resolver.resources.has(ref)) return { logicalId: ref };
      const att = raw['Fn::GetAtt'];
      const id = Array.isArray(att) ? att[0] : typeof att === 'string' ? att.split('.')[0] : undefined;
      if (typeof id === 'string' && this.resolver.resources.has(id)) return { logicalId: id };
    }
    if (raw === undefined) return undefined;
    const value = this.resolver.valueAt(decl, raw);
    if (typeof value === 'string') return value;
    if (value instanceof Symbolic) return value.text;
    return undefined;
  }

  /** Whether a pointer names a resource: by logical id, or by a name or id it is known by. */
  points(
    pointer: { logicalId: string } | string | undefined,
    decl: ResourceDecl,
    ...names: (string | undefined)[]
  ): boolean {
    if (pointer === undefined) return false;
    if (typeof pointer !== 'string') return pointer.logicalId === decl.logicalId;
    return pointer === this.idOf(decl.logicalId) || names.includes(pointer);
  }

  /** Fields every resource carries; `defaults` lists the properties that took AWS's defaults. */
  base(decl: ResourceDecl, type: ResourceType, name: string, defaults: string[], props?: Props): BaseFields {
    const tags = tagsOf(props ?? this.props(decl));
    const suppressions = this.suppressionsOf(decl);
    return {
      id: this.idOf(decl.logicalId),
      name,
      account: this.account,
      region: kindOf(type).traits.scope === 'global' ? 'global' : this.region,
      tags: tags.tags,
      ...(tags.unknown && { tagsUnknown: true }),
      source: {
        kind: 'cloudformation',
        file: this.file,
        ...(decl.line !== undefined && { line: decl.line }),
        logicalId: decl.logicalId,
      },
      ...(defaults.length > 0 && { defaults }),
      ...(suppressions.length > 0 && { suppressions }),
    };
  }

  /** A resource's inline suppressions, read (and its problems reported) once. */
  suppressionsOf(decl: ResourceDecl): ReturnType<typeof suppressionsOf> {
    let found = this.suppressionCache.get(decl.logicalId);
    if (!found) {
      found = suppressionsOf(decl, this.problems);
      this.suppressionCache.set(decl.logicalId, found);
    }
    return found;
  }

  /** The physical name a resource is given, or its logical id when the template leaves it to AWS. */
  nameOf(decl: ResourceDecl, property: string): string {
    const value = this.props(decl).text(property);
    return value ?? decl.logicalId;
  }
}

/**
 * A property as written, unresolved; undefined when absent or when an Fn::Transform beside it
 * (AWS::Include) replaces the properties at deployment.
 */
export function rawProperty(decl: ResourceDecl, name: string): unknown {
  const properties = decl.definition.Properties;
  if (!isRecord(properties) || Object.hasOwn(properties, 'Fn::Transform')) return undefined;
  if (Object.hasOwn(decl.definition, 'Fn::Transform')) return undefined;
  return Object.hasOwn(properties, name) ? properties[name] : undefined;
}

/** Tags as a list of {Key, Value} (most types) or a map (SAM); any unknown part makes them unknown. */
function tagsOf(props: Props): { tags: Tags; unknown: boolean } {
  const raw = props.get('Tags');
  if (raw === undefined) return { tags: noTags(), unknown: false };
  if (raw instanceof Unknown) return { tags: noTags(), unknown: true };
  const entries: [string, string][] = [];
  let unknown = false;
  const add = (key: unknown, value: unknown) => {
    const k = typeof key === 'string' ? key : key instanceof Symbolic ? key.text : undefined;
    const v =
      typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : value instanceof Symbolic
          ? value.text
          : undefined;
    if (k === undefined || v === undefined) unknown = true;
    else entries.push([k, v]);
  };
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (isRecord(item)) add(item.Key, item.Value);
      else unknown = true;
    }
  } else if (isRecord(raw)) {
    for (const [key, value] of Object.entries(raw)) add(key, value);
  } else {
    unknown = true;
  }
  return { tags: tagsFrom(entries), unknown };
}
