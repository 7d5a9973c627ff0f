import type { Citation } from './duties.js';
import { type RegionJurisdiction, regionGroupsOf, regionJurisdiction } from './regions.js';
import { ZONE_ROWS } from './zone-locations.js';

/**
 * Zone → jurisdiction. A Local Zone or a Wavelength Zone extends a region into another city, and
 * sometimes another country (us-east-1 reaches Lima, Buenos Aires, Santiago and Querétaro), so a
 * resource placed there is judged by the zone's country, not its parent region's. An Outpost sits
 * at a site the customer chose, which no API reports: its country is unknown.
 */
const LOCAL_ZONES_PAGE: Citation = {
  url: 'https://docs.aws.amazon.com/local-zones/latest/ug/available-local-zones.html',
  read: '2026-12-05',
};

const ZONES = new Map(ZONE_ROWS.map((row) => [row[0], row]));

/** Where a zone puts a resource: its location's country, or its region's for an ordinary Availability Zone. */
type ZonePlace =
  | { kind: 'region'; jurisdiction: RegionJurisdiction }
  | { kind: 'zone'; zone: string; city: string; jurisdiction: RegionJurisdiction; citation: Citation }
  | { kind: 'unknown'; reason: string };

/**
 * The jurisdiction of a zone of `region`, by name (`us-east-1a`, `us-east-1-lim-1a`,
 * `us-east-1-wl1-bos-wlz-1`) or id (`use1-az1`, `use1-lim1-az1`). An ordinary Availability Zone is
 * its region's; a Local or Wavelength Zone is its location's country, matched by the zone's own
 * group name (not its parent region's code); anything else is unknown.
 */
export function zoneJurisdiction(region: string, zone: string): ZonePlace {
  const parent = regionJurisdiction(region);
  const name = zone.trim().toLowerCase();
  if (!parent) return { kind: 'unknown', reason: `demarc does not know region '${region}'` };
  if (name === region || new RegExp(`^${region}[a-z]$`).test(name) || /^[a-z]+\d+-az\d+$/.test(name)) {
    return { kind: 'region', jurisdiction: parent };
  }
  const local = new RegExp(`^${region}-([a-z]{3})-\\d+[a-z]?$`).exec(name)?.[1];
  const wavelength = new RegExp(`^${region}-wl\\d+-([a-z]{3})-wlz-\\d+$`).exec(name)?.[1];
  const fromId = /^[a-z]+\d+-([a-z]{3})\d+-az\d+$/.exec(name)?.[1];
  const code = local ?? wavelength ?? fromId;
  const row = code ? ZONES.get(`${region}-${code}`) : undefined;
  if (!row) return { kind: 'unknown', reason: `demarc does not know which country zone '${zone}' is in` };
  const [location, city, country, countryName] = row;
  return {
    kind: 'zone',
    zone: name,
    city,
    citation: LOCAL_ZONES_PAGE,
    jurisdiction: {
      region: `${location}-1`,
      name: `${city} (${wavelength ? 'Wavelength' : 'Local'} Zone of ${parent.name})`,
      partition: parent.partition,
      country,
      countryName,
      groups: regionGroupsOf(country, parent.partition),
    },
  };
}

/** Why an Outpost's country is unknown: it sits at the customer's own site. */
export const OUTPOST_UNKNOWN =
  "an Outpost sits at a site of the customer's choosing, and no AWS API reports its country";
