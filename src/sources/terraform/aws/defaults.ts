import type { Attrs } from '../attrs.js';
import { isCreated, type PlannedResource } from '../model.js';

/** The fields of one resource that took AWS's documented default, for `defaults`. */
export class Defaults {
  readonly names: string[] = [];

  /**
   * An attribute as the plan gives it. Left unset by the configuration (null, or computed by the
   * provider without being configured), a resource this plan creates takes AWS's documented
   * default, recorded as one; an existing resource's stays unknown.
   */
  attr<T>(
    resource: PlannedResource,
    value: T | null | undefined,
    key: string,
    field: string,
    fallback: T,
    attrs: Attrs = resource.attrs,
  ): T | undefined {
    const unset = value === null || (value === undefined && attrs.configured(key) === false);
    if (!unset) return value ?? undefined;
    return this.take(resource, field, fallback);
  }

  /** AWS's default for a field of a resource this plan creates; unknown for an existing one. */
  take<T>(resource: PlannedResource, field: string, fallback: T): T | undefined {
    if (!isCreated(resource)) return undefined;
    this.names.push(field);
    return fallback;
  }

  /** `{ defaults }` to spread into a resource, or nothing. */
  get spread(): { defaults?: string[] } {
    return this.names.length > 0 ? { defaults: this.names } : {};
  }
}
