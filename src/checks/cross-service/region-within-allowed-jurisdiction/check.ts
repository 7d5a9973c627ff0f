import { REGIONAL_DATA_TYPES } from '../../../inventory/resources.js';
import { isPlaceAllowed, regionJurisdiction } from '../../../model/regions.js';
import { OUTPOST_UNKNOWN, zoneJurisdiction } from '../../../model/zones.js';
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
    // A resource on an Outpost or in a Local Zone is judged where it sits, not by its parent region.
    if (r.outpost) return notAssessed(`it runs on Outpost ${r.outpost}: ${OUTPOST_UNKNOWN}`);
    const located = r.zone ? zoneJurisdiction(r.region, r.zone) : undefined;
    if (located?.kind === 'unknown') return notAssessed(located.reason);
    const place = located ? located.jurisdiction : regionJurisdiction(r.region);
    if (!place) {
      return notAssessed(`demarc does not know which country region '${r.region}' is in`);
    }
    const verdict = isPlaceAllowed(place, allowed);
    const site = located?.kind === 'zone' ? `zone ${located.zone}, ${located.city}` : r.region;
    const where = `${site} (${place.countryName}, ${place.country}${
      place.groups.length ? `; ${place.groups.join(', ')}` : ''
    })${place.operator ? `, facilities operated by ${place.operator}, not AWS` : ''}`;
    const level = ctx.classificationOf(r);
    const scope = ctx.requirementsFor(r).allowedJurisdictions ? `for ${level} data` : 'by the policy';
    const evidence = {
      region: r.region,
      ...(r.zone && { zone: r.zone }),
      ...(located?.kind === 'zone' && { zoneSource: located.citation.url }),
      ...(place.operator && { operator: place.operator }),
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
