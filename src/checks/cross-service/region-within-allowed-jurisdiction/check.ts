import { REGIONAL_DATA_TYPES } from '../../../inventory/resources.js';
import { isRegionAllowed, regionJurisdiction } from '../../../model/regions.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'region-within-allowed-jurisdiction',
  title: 'Data stays in the jurisdictions the policy allows',
  service: 'cross-service',
  duty: 'account.jurisdiction.allowed-regions',
  severity: 'high',
  resourceTypes: REGIONAL_DATA_TYPES,
  frameworks: {},
  iac: {
    cloudformation: {
      never:
        'the example harness judges with the default policy, which names no allowed jurisdictions (reader.test.ts tests templates with a policy of its own)',
    },
    terraform: {
      never: 'the example harness judges with the default policy, which names no allowed jurisdictions',
    },
  },
  remediation: {
    text:
      'Move the resource to a region in an allowed jurisdiction (recreate or replicate it there, then delete ' +
      'the original) and consider an SCP on aws:RequestedRegion to stop it happening again; if the placement ' +
      'is intended, add the country, group or region to jurisdictions.allowed in demarc.yaml.',
  },
  evaluate(r, ctx) {
    if (r.region === 'global') return null;
    const allowed = ctx.allowedJurisdictionsFor(r);
    if (allowed === undefined || allowed.length === 0) {
      return notAssessed(
        'the policy names no allowed jurisdictions: set jurisdictions.allowed in demarc.yaml (countries such ' +
          "as 'DE', groups such as 'EU', or region codes), or allowedJurisdictions for this data classification",
      );
    }
    const place = regionJurisdiction(r.region);
    const verdict = isRegionAllowed(r.region, allowed);
    if (!place || verdict === undefined) {
      return notAssessed(`demarc does not know which country region '${r.region}' is in`);
    }
    const where = `${r.region} (${place.countryName}, ${place.country}${
      place.groups.length ? `; ${place.groups.join(', ')}` : ''
    })`;
    const level = ctx.classificationOf(r);
    const scope = ctx.requirementsFor(r).allowedJurisdictions ? `for ${level} data` : 'by the policy';
    const evidence = {
      region: r.region,
      country: place.country,
      groups: place.groups,
      allowed,
      classification: level,
    };
    const list = allowed.join(', ');
    if (!verdict) {
      return fail(`its data is in ${where}, outside the jurisdictions allowed ${scope}: ${list}`, evidence);
    }
    return pass(`its data is in ${where}, within the jurisdictions allowed ${scope}: ${list}`, evidence);
  },
});
