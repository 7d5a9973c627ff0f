/**
 * Region → jurisdiction. PLACEHOLDER until the table lands.
 */
export interface RegionJurisdiction {
  region: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  countryName: string;
  /** Named groups the country belongs to (EU, EEA, …) and the partition group (GovCloud, China). */
  groups: readonly string[];
}

export const REGIONS: readonly RegionJurisdiction[] = [];

export function regionJurisdiction(region: string): RegionJurisdiction | undefined {
  return REGIONS.find((r) => r.region === region);
}

/** true/false when the region is known; undefined when demarc does not know the region. */
export function isRegionAllowed(region: string, allowed: readonly string[]): boolean | undefined {
  const j = regionJurisdiction(region);
  if (!j) return undefined;
  return allowed.some(
    (a) => a === region || a.toUpperCase() === j.country || j.groups.includes(a.toUpperCase()),
  );
}
