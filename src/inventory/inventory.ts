import type { Resource, ResourceOf, ResourceType } from './resources.js';

/** An API call (or input) that could not be read: the checks it feeds cannot pass. */
export interface CoverageGap {
  service: string;
  region: string;
  api: string;
  error: string;
  /** Resource types this gap leaves unknown (all of them for a failed listing). */
  resourceTypes: ResourceType[];
  /** Set when only one resource's details are missing. */
  resourceId?: string;
}

/** The normalized resources of one scan, with lookups by type and id. */
export class Inventory {
  readonly resources: readonly Resource[];
  readonly gaps: readonly CoverageGap[];
  private readonly byTypeIndex = new Map<ResourceType, Resource[]>();
  private readonly byIdIndex = new Map<string, Resource>();
  /** type + short reference (name, ARN tail, KMS key id or alias) → resource. */
  private readonly byRefIndex = new Map<string, Resource>();

  constructor(resources: readonly Resource[], gaps: readonly CoverageGap[] = []) {
    this.resources = resources;
    this.gaps = gaps;
    for (const resource of resources) {
      let list = this.byTypeIndex.get(resource.type);
      if (!list) {
        list = [];
        this.byTypeIndex.set(resource.type, list);
      }
      list.push(resource);
      this.byIdIndex.set(resource.id, resource);
      for (const ref of shortRefs(resource)) {
        const key = `${resource.type}\u0000${ref}`;
        if (!this.byRefIndex.has(key)) this.byRefIndex.set(key, resource);
      }
    }
  }

  ofType<T extends ResourceType>(type: T): readonly ResourceOf<T>[] {
    return (this.byTypeIndex.get(type) ?? []) as ResourceOf<T>[];
  }

  get(id: string): Resource | undefined {
    return this.byIdIndex.get(id);
  }

  /** Finds a resource of a type by id, ARN, or a short id that ends its ARN (e.g. a key id or alias). */
  find<T extends ResourceType>(type: T, ref: string | undefined): ResourceOf<T> | undefined {
    if (!ref) return undefined;
    const direct = this.byIdIndex.get(ref);
    if (direct?.type === type) return direct as ResourceOf<T>;
    const tail =
      ref.startsWith('arn:') && ref.includes(':alias/') ? ref.slice(ref.indexOf(':alias/') + 1) : ref;
    return this.byRefIndex.get(`${type}\u0000${tail}`) as ResourceOf<T> | undefined;
  }

  types(): ResourceType[] {
    return [...this.byTypeIndex.keys()];
  }
}

function shortRefs(resource: Resource): string[] {
  const refs = [resource.name];
  const tail = resource.id.split(/[/:]/).pop();
  if (tail) refs.push(tail);
  if (resource.type === 'KmsKey') refs.push(resource.keyId, ...resource.aliases);
  return refs;
}
