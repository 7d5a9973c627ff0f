import type { CheckContext } from '../checks/check.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Resource } from '../inventory/resources.js';
import { tagValue } from '../inventory/tags.js';
import { contextFact } from '../policy/context.js';
import type { Policy, Requirements } from '../policy/policy.js';

/** The context checks see: the policy resolved against each resource's classification tag. */
export function createContext(inventory: Inventory, policy: Policy, now: Date): CheckContext {
  // Tag values match levels case-insensitively (Confidential = confidential); the policy's spelling wins.
  const known = new Map(policy.levels.map((level) => [level.toLowerCase(), level]));
  const strictest = policy.levels[policy.levels.length - 1] as string;
  const classificationOf = (resource: Resource): string => {
    // Unreadable tags could hide any label: hold the resource to the strictest bar, never a lower one.
    if (resource.tagsUnknown) return strictest;
    const tagged = tagValue(resource.tags, policy.tagKey)?.toLowerCase();
    return (tagged !== undefined && known.get(tagged)) || policy.defaultLevel;
  };
  const requirementsFor = (resource: Resource): Requirements =>
    policy.requirements.get(classificationOf(resource)) as Requirements;
  return {
    inventory,
    now,
    classificationTagKey: policy.tagKey,
    classificationLevels: policy.levels,
    classificationOf,
    requirementsFor,
    allowedJurisdictionsFor: (resource) =>
      requirementsFor(resource).allowedJurisdictions ?? policy.allowedJurisdictions,
    accountFact: (key, resource) => contextFact(policy.context, key, resource.account, resource.region),
  };
}
