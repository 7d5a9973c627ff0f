import type { Resource } from '../../inventory/resources.js';

/**
 * A resource read from a template or plan: what will be created, judged as written. Live and
 * snapshot resources are facts of an account instead.
 */
export function isDeclared(resource: Resource): boolean {
  return resource.source.kind === 'cloudformation' || resource.source.kind === 'terraform';
}

/** What a declared resource's input is called in reasons. */
export function inputName(resource: Resource): string {
  return resource.source.kind === 'cloudformation' ? 'template' : 'configuration';
}

/** How a user tells demarc an account-wide setting the input cannot show. */
export const CONTEXT_HINT = "give it in demarc.yaml's context or with --context SNAPSHOT";

/** Where a context fact holds, for reasons: "account 111122223333, eu-west-1". */
export function scopeOf(resource: Resource, regional: boolean): string {
  const account = /^\d{12}$/.test(resource.account) ? `account ${resource.account}` : 'the account';
  const known = resource.region !== '' && resource.region !== 'unknown' && resource.region !== 'global';
  return regional && known ? `${account}, ${resource.region}` : account;
}
