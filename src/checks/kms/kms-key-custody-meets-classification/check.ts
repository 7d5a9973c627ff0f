import { CUSTODY_TITLES, custodyRank } from '../../../model/custody.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { custodyOf, ENCRYPTED_RESOURCE_TYPES } from '../../lib/custody.js';

export default defineCheck({
  id: 'kms-key-custody-meets-classification',
  title: 'Data is protected by keys whose custody its classification requires',
  service: 'kms',
  duty: 'kms.keys.custody-meets-classification',
  severity: 'high',
  resourceTypes: ENCRYPTED_RESOURCE_TYPES,
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Re-encrypt the data under a key the customer controls to the degree its classification demands: a customer managed KMS key, imported or external key material, or client-side encryption (tag demarc:client-side-encryption=true once in place).',
  },
  evaluate(resource, ctx) {
    // An Aurora or Multi-AZ cluster member keeps its storage in the cluster, which is judged instead.
    if (resource.type === 'RdsInstance' && resource.clusterId) return null;
    const custody = custodyOf(resource, ctx);
    if ('unknown' in custody) return notAssessed(custody.unknown);
    const classification = ctx.classificationOf(resource);
    const required = ctx.requirementsFor(resource).minKeyCustody;
    const evidence = {
      custody: custody.level,
      required,
      classification,
      ...(custody.key && { key: custody.key }),
    };
    const verdict = `${CUSTODY_TITLES[custody.level]} (${custody.level})`;
    const bar = `'${classification}' data needs at least ${CUSTODY_TITLES[required]} (${required})`;
    if (custodyRank(custody.level) >= custodyRank(required)) {
      return pass(`${custody.reason}: ${verdict} meets the bar, as ${bar}`, evidence);
    }
    return fail(`${custody.reason}: ${verdict} falls short, as ${bar}`, evidence);
  },
});
