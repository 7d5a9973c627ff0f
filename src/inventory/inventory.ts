import { isRegionName } from '../model/regions.js';
import { ValueSharer } from './inventory-compact.js';
import type { Resource, ResourceOf, ResourceType } from './resources.js';

/** An API call (or input) that could not be read: the checks it feeds cannot pass. */
export interface CoverageGap {
  /** The account the call was made in ('' when none applies: an IaC file). Gaps of two accounts never merge. */
  account: string;
  service: string;
  region: string;
  api: string;
  error: string;
  /** Resource types this gap leaves unknown (all of them for a failed listing). */
  resourceTypes: ResourceType[];
  /** Set when only one resource's details are missing. */
  resourceId?: string;
  /**
   * The properties of those resources the failed call left unknown; absent = not said (anything
   * may be). A not-assessed verdict names only the gaps behind the properties it needed.
   */
  fields?: string[];
  /**
   * A region-wide call that only enriches resources already listed (flow logs of VPCs, tags of
   * load balancers) failed: every resource of the types lacks that detail, none is missing.
   */
  detail?: boolean;
  /** An input file that could not be read (IaC): `error` is then the whole `file:line: what` line. */
  file?: string;
}

/** The normalized resources of one scan, with lookups by type and id. */
export class Inventory {
  readonly resources: readonly Resource[];
  readonly gaps: readonly CoverageGap[];
  private readonly byTypeIndex = new Map<ResourceType, Resource[]>();
  private readonly byIdIndex = new Map<string, Resource>();
  /** Per type, built on first use: short reference (name, ARN tail, KMS key id or alias) → resources. */
  private readonly byRefIndex = new Map<ResourceType, Map<string, Resource[]>>();

  constructor(resources: readonly Resource[], gaps: readonly CoverageGap[] = []) {
    this.resources = resources;
    this.gaps = gaps;
    const sharer = new ValueSharer();
    for (const resource of resources) {
      sharer.share(resource);
      let list = this.byTypeIndex.get(resource.type);
      if (!list) {
        list = [];
        this.byTypeIndex.set(resource.type, list);
      }
      list.push(resource);
      this.byIdIndex.set(resource.id, resource);
    }
  }

  ofType<T extends ResourceType>(type: T): readonly ResourceOf<T>[] {
    return (this.byTypeIndex.get(type) ?? []) as ResourceOf<T>[];
  }

  get(id: string): Resource | undefined {
    return this.byIdIndex.get(id);
  }

  /**
   * Finds a resource of a type by id, ARN, or a short reference that ends its ARN (a key id or
   * alias). Short references are only unique within an account and region (every region has its
   * own alias/aws/ebs), so `near` picks the one beside the resource that refers to it.
   */
  find<T extends ResourceType>(
    type: T,
    ref: string | undefined,
    near?: { account: string; region: string },
  ): ResourceOf<T> | undefined {
    if (!ref) return undefined;
    const direct = this.byIdIndex.get(ref);
    if (direct?.type === type) return direct as ResourceOf<T>;
    const tail =
      ref.startsWith('arn:') && ref.includes(':alias/') ? ref.slice(ref.indexOf(':alias/') + 1) : ref;
    const candidates = this.refIndex(type).get(tail);
    if (!candidates) return undefined;
    if (near && !isRegionName(near.region)) {
      // Without a region to tell them apart (a template's), only a single candidate is surely the one.
      return (candidates.length === 1 ? candidates[0] : undefined) as ResourceOf<T> | undefined;
    }
    const match = near
      ? (candidates.find((r) => r.region === near.region && r.account === near.account) ??
        candidates.find((r) => r.region === near.region))
      : candidates[0];
    return match as ResourceOf<T> | undefined;
  }

  private refIndex(type: ResourceType): Map<string, Resource[]> {
    let index = this.byRefIndex.get(type);
    if (!index) {
      index = new Map();
      for (const resource of this.ofType(type)) {
        for (const ref of new Set(shortRefs(resource))) {
          const list = index.get(ref);
          if (list) list.push(resource);
          else index.set(ref, [resource]);
        }
      }
      this.byRefIndex.set(type, index);
    }
    return index;
  }

  private readonly groupings = new Map<string, Map<string, Resource[]>>();

  /**
   * Resources of a type grouped by a key, built on first use under `name` and reused, so a check
   * relating resources (security groups of a VPC, …) stays linear in the inventory's size.
   */
  groupedBy<T extends ResourceType>(
    type: T,
    name: string,
    key: (resource: ResourceOf<T>) => string | undefined,
  ): ReadonlyMap<string, readonly ResourceOf<T>[]> {
    const cacheKey = `${type}\u0000${name}`;
    let groups = this.groupings.get(cacheKey);
    if (!groups) {
      groups = new Map();
      for (const resource of this.ofType(type)) {
        const k = key(resource);
        if (k === undefined) continue;
        const list = groups.get(k);
        if (list) list.push(resource);
        else groups.set(k, [resource]);
      }
      this.groupings.set(cacheKey, groups);
    }
    return groups as unknown as ReadonlyMap<string, ResourceOf<T>[]>;
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
