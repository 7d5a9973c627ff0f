import type { CheckContext } from '../checks/check.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Resource } from '../inventory/resources.js';
import type { Policy, Requirements } from '../policy/policy.js';

/** The context checks see: the policy resolved against each resource's classification tag. */
export function createContext(inventory: Inventory, policy: Policy, now: Date): CheckContext {
  const known = new Set(policy.levels);
  const classificationOf = (resource: Resource): string => {
    const tagged = resource.tags[policy.tagKey]?.toLowerCase();
    return tagged !== undefined && known.has(tagged) ? tagged : policy.defaultLevel;
  };
  const requirementsFor = (resource: Resource): Requirements =>
    policy.requirements.get(classificationOf(resource)) as Requirements;
  return {
    inventory,
    now,
    classificationOf,
    requirementsFor,
    allowedJurisdictionsFor: (resource) =>
      requirementsFor(resource).allowedJurisdictions ?? policy.allowedJurisdictions,
  };
}
