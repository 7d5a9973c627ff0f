import type { SourceRef } from './base.js';
import type { Resource } from './resources.js';
import type { Tags } from './tags.js';

/**
 * One shared copy of the values many resources repeat: the account and region strings, the
 * source reference of a live or snapshot read (`{ kind: 'aws' }` on every resource), and equal
 * tag maps (a team's or a stack's tags on thousands of resources). Every reader builds these
 * afresh per resource; a million-resource estate holds a million copies of each. Only equal
 * values are swapped, so nothing a check or a report sees changes. Resources are never changed
 * after they join an inventory (tags are read through `tagValue` only), which is what makes
 * sharing safe. A pool that is mostly unique (a `Name` tag on every resource) stops growing,
 * so a scan pays the lookups only where they save memory.
 */
export class ValueSharer {
  private readonly strings = new Map<string, string>();
  private readonly sources = new Map<string, SourceRef>();
  private readonly tagMaps = new Pool<Tags>();

  /** Swaps the resource's repeated values for their shared copies (frozen resources are left alone). */
  share(resource: Resource): void {
    if (Object.isFrozen(resource)) return;
    resource.account = this.string(resource.account);
    resource.region = this.string(resource.region);
    const source = this.source(resource.source);
    if (source !== resource.source) resource.source = source;
    const tags = this.tagMaps.share(resource.tags, tagsKey);
    if (tags !== resource.tags) resource.tags = tags as Resource['tags'];
  }

  private string(value: string): string {
    const shared = this.strings.get(value);
    if (shared !== undefined) return shared;
    this.strings.set(value, value);
    return value;
  }

  /** Only references without a file are shared: a file's come with their own line each. */
  private source(source: SourceRef): SourceRef {
    if (source.file !== undefined || source.line !== undefined || source.logicalId !== undefined)
      return source;
    if (Object.keys(source).length !== 1) return source;
    const shared = this.sources.get(source.kind);
    if (shared) return shared;
    this.sources.set(source.kind, source);
    return source;
  }
}

/** Tags as one string, each key and value prefixed by its length so no two maps read alike. */
function tagsKey(tags: Tags): string | undefined {
  if (tags === null || typeof tags !== 'object') return undefined;
  let key = '';
  for (const name in tags) {
    if (!Object.hasOwn(tags, name)) continue;
    const value = tags[name];
    if (typeof value !== 'string') return undefined;
    key += `${name.length}:${name}${value.length}:${value}`;
  }
  return key;
}

/** Equal values by a string key; gives up once most values turn out to be unique. */
class Pool<T> {
  private readonly byKey = new Map<string, T>();
  private seen = 0;

  share(value: T, keyOf: (value: T) => string | undefined): T {
    if (this.seen >= 1000 && this.byKey.size * 2 > this.seen) return value;
    const key = keyOf(value);
    if (key === undefined) return value;
    this.seen++;
    const shared = this.byKey.get(key);
    if (shared !== undefined) return shared;
    this.byKey.set(key, value);
    return value;
  }
}
