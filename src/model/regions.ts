import { ZONE_ROWS } from './zone-locations.js';

/**
 * Region → jurisdiction: which country's law a region's data centers sit under, and the named
 * groups a policy can allow instead of listing countries. Groups come from the country (EU, EEA)
 * or from the AWS partition (GovCloud, China, European Sovereign Cloud).
 */

/** AWS partitions: separate identity, billing and control planes. */
export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn' | 'aws-eusc';

/**
 * What differs per partition: where global services (IAM, S3's bucket list) are read, and the
 * DNS suffix of its endpoints (CloudFormation's AWS::URLSuffix).
 */
export const PARTITIONS: Readonly<Record<Partition, { homeRegion: string; dnsSuffix: string }>> = {
  aws: { homeRegion: 'us-east-1', dnsSuffix: 'amazonaws.com' },
  'aws-us-gov': { homeRegion: 'us-gov-west-1', dnsSuffix: 'amazonaws.com' },
  'aws-cn': { homeRegion: 'cn-north-1', dnsSuffix: 'amazonaws.com.cn' },
  'aws-eusc': { homeRegion: 'eusc-de-east-1', dnsSuffix: 'amazonaws.eu' },
};

const PARTITION_PREFIXES: readonly (readonly [string, Partition])[] = [
  ['us-gov-', 'aws-us-gov'],
  ['cn-', 'aws-cn'],
  ['eusc-', 'aws-eusc'],
];

/**
 * The partition of a region: from the table, else from its prefix (a region newer than the table
 * still belongs to its partition); 'aws' for a region that is not known at all.
 */
export function partitionOfRegion(region: string | undefined): Partition {
  if (region === undefined) return 'aws';
  const known = BY_REGION.get(normalize(region));
  if (known) return known.partition;
  return PARTITION_PREFIXES.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws';
}

/** The partition an ARN names; 'aws' for ids that are not ARNs of a known partition. */
export function partitionOfArn(id: string): Partition {
  const named = /^arn:([a-z-]+):/.exec(id)?.[1];
  return named && Object.hasOwn(PARTITIONS, named) ? (named as Partition) : 'aws';
}

export interface RegionJurisdiction {
  region: string;
  /** AWS's display name, e.g. "Europe (Ireland)". */
  name: string;
  partition: Partition;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  countryName: string;
  /** Named groups the country belongs to (EU, EEA) and the partition group (GOVCLOUD, CHINA, EUSC). */
  groups: readonly string[];
  /**
   * Who runs the facilities when it is not AWS: the China regions are operated by local companies
   * under Chinese law (CSA CCM's third-party owner), AWS providing the technology.
   */
  operator?: string;
}

/** EU member states (ISO 3166-1 alpha-2). */
export const EU_MEMBER_STATES: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

/** European Economic Area: the EU plus Iceland, Liechtenstein and Norway. */
export const EEA_MEMBER_STATES: readonly string[] = [...EU_MEMBER_STATES, 'IS', 'LI', 'NO'];

/** Every group name a policy may use, with what it means. */
const REGION_GROUPS = {
  EU: 'Regions in European Union member states',
  EEA: 'Regions in the European Economic Area (EU plus Iceland, Liechtenstein, Norway)',
  GOVCLOUD: 'AWS GovCloud (US) partition',
  CHINA: 'AWS China partition (operated by local partners)',
  EUSC: 'AWS European Sovereign Cloud partition',
} as const;

type RegionGroup = keyof typeof REGION_GROUPS;
export const REGION_GROUP_NAMES: readonly RegionGroup[] = Object.keys(REGION_GROUPS) as RegionGroup[];

const PARTITION_GROUP: Record<Partition, RegionGroup | undefined> = {
  aws: undefined,
  'aws-us-gov': 'GOVCLOUD',
  'aws-cn': 'CHINA',
  'aws-eusc': 'EUSC',
};

/** The named groups a country in a partition belongs to (EU, EEA, GOVCLOUD, CHINA, EUSC). */
export function regionGroupsOf(country: string, partition: Partition): string[] {
  const groups: string[] = [];
  if (EU_MEMBER_STATES.includes(country)) groups.push('EU');
  if (EEA_MEMBER_STATES.includes(country)) groups.push('EEA');
  const partitionGroup = PARTITION_GROUP[partition];
  if (partitionGroup) groups.push(partitionGroup);
  return groups;
}

type Row = [region: string, name: string, country: string, countryName: string, partition?: Partition];

// Regions generally available as of 2026. Announced-but-unlaunched regions are left out on purpose:
// an unknown region yields `undefined` (not assessed) rather than a guessed country.
const ROWS: readonly Row[] = [
  ['us-east-1', 'US East (N. Virginia)', 'US', 'United States'],
  ['us-east-2', 'US East (Ohio)', 'US', 'United States'],
  ['us-west-1', 'US West (N. California)', 'US', 'United States'],
  ['us-west-2', 'US West (Oregon)', 'US', 'United States'],
  ['af-south-1', 'Africa (Cape Town)', 'ZA', 'South Africa'],
  ['ap-east-1', 'Asia Pacific (Hong Kong)', 'HK', 'Hong Kong'],
  ['ap-east-2', 'Asia Pacific (Taipei)', 'TW', 'Taiwan'],
  ['ap-south-1', 'Asia Pacific (Mumbai)', 'IN', 'India'],
  ['ap-south-2', 'Asia Pacific (Hyderabad)', 'IN', 'India'],
  ['ap-southeast-1', 'Asia Pacific (Singapore)', 'SG', 'Singapore'],
  ['ap-southeast-2', 'Asia Pacific (Sydney)', 'AU', 'Australia'],
  ['ap-southeast-3', 'Asia Pacific (Jakarta)', 'ID', 'Indonesia'],
  ['ap-southeast-4', 'Asia Pacific (Melbourne)', 'AU', 'Australia'],
  ['ap-southeast-5', 'Asia Pacific (Malaysia)', 'MY', 'Malaysia'],
  ['ap-southeast-6', 'Asia Pacific (New Zealand)', 'NZ', 'New Zealand'],
  ['ap-southeast-7', 'Asia Pacific (Thailand)', 'TH', 'Thailand'],
  ['ap-northeast-1', 'Asia Pacific (Tokyo)', 'JP', 'Japan'],
  ['ap-northeast-2', 'Asia Pacific (Seoul)', 'KR', 'South Korea'],
  ['ap-northeast-3', 'Asia Pacific (Osaka)', 'JP', 'Japan'],
  ['ca-central-1', 'Canada (Central)', 'CA', 'Canada'],
  ['ca-west-1', 'Canada West (Calgary)', 'CA', 'Canada'],
  ['eu-central-1', 'Europe (Frankfurt)', 'DE', 'Germany'],
  ['eu-central-2', 'Europe (Zurich)', 'CH', 'Switzerland'],
  ['eu-west-1', 'Europe (Ireland)', 'IE', 'Ireland'],
  ['eu-west-2', 'Europe (London)', 'GB', 'United Kingdom'],
  ['eu-west-3', 'Europe (Paris)', 'FR', 'France'],
  ['eu-south-1', 'Europe (Milan)', 'IT', 'Italy'],
  ['eu-south-2', 'Europe (Spain)', 'ES', 'Spain'],
  ['eu-north-1', 'Europe (Stockholm)', 'SE', 'Sweden'],
  ['il-central-1', 'Israel (Tel Aviv)', 'IL', 'Israel'],
  ['me-south-1', 'Middle East (Bahrain)', 'BH', 'Bahrain'],
  ['me-central-1', 'Middle East (UAE)', 'AE', 'United Arab Emirates'],
  ['mx-central-1', 'Mexico (Central)', 'MX', 'Mexico'],
  ['sa-east-1', 'South America (São Paulo)', 'BR', 'Brazil'],
  ['us-gov-west-1', 'AWS GovCloud (US-West)', 'US', 'United States', 'aws-us-gov'],
  ['us-gov-east-1', 'AWS GovCloud (US-East)', 'US', 'United States', 'aws-us-gov'],
  ['cn-north-1', 'China (Beijing)', 'CN', 'China', 'aws-cn'],
  ['cn-northwest-1', 'China (Ningxia)', 'CN', 'China', 'aws-cn'],
  ['eusc-de-east-1', 'AWS European Sovereign Cloud (Germany)', 'DE', 'Germany', 'aws-eusc'],
];

/**
 * Operators of the China regions: AWS China (Beijing) is operated by Sinnet, AWS China (Ningxia)
 * by NWCD; AWS provides the technology and the customer contracts with the operator.
 */
const OPERATORS: Readonly<Record<string, string>> = {
  'cn-north-1': 'Beijing Sinnet Technology Co., Ltd. (Sinnet)',
  'cn-northwest-1': 'Ningxia Western Cloud Data Technology Co., Ltd. (NWCD)',
};

export const REGIONS: readonly RegionJurisdiction[] = ROWS.map(
  ([region, name, country, countryName, partition = 'aws']) => ({
    region,
    name,
    partition,
    country,
    countryName,
    groups: regionGroupsOf(country, partition),
    ...(OPERATORS[region] && { operator: OPERATORS[region] }),
  }),
);

const BY_REGION = new Map(REGIONS.map((r) => [r.region, r]));
// Countries a policy may name: those with a region, the EEA, and those with a Local Zone.
const KNOWN_COUNTRIES = new Set([
  ...REGIONS.map((r) => r.country),
  ...EEA_MEMBER_STATES,
  ...ZONE_ROWS.map((z) => z[2]),
]);

function normalize(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * Whether a string names a region (eu-west-1, us-gov-west-1), rather than a source's stand-in for
 * a region it could not learn ('unknown', 'global'). Stand-ins never match one another.
 */
export function isRegionName(region: string): boolean {
  return /^[a-z]{2,4}(-[a-z]+)+-\d+$/.test(region);
}

export function regionJurisdiction(region: string): RegionJurisdiction | undefined {
  return BY_REGION.get(normalize(region));
}

/**
 * Whether a region may hold data under a list of allowed entries, each a region code, an ISO
 * country code or a group name, compared case-insensitively. true/false when the region is known;
 * undefined when demarc does not know the region (the caller reports "not assessed").
 */
export function isRegionAllowed(region: string, allowed: readonly string[]): boolean | undefined {
  const j = regionJurisdiction(region);
  if (!j) return undefined;
  return isPlaceAllowed(j, allowed);
}

/** Whether a place (a region, or a zone's own jurisdiction) matches one of the allowed entries. */
export function isPlaceAllowed(place: RegionJurisdiction, allowed: readonly string[]): boolean {
  return allowed.some((entry) => matchesEntry(place, entry));
}

function matchesEntry(j: RegionJurisdiction, entry: string): boolean {
  const value = normalize(entry);
  return (
    value === j.region || value === j.country.toLowerCase() || j.groups.some((g) => g.toLowerCase() === value)
  );
}

type JurisdictionEntryKind = 'region' | 'country' | 'group';

/**
 * What an allowed-jurisdiction entry names, or undefined when demarc cannot tell (a typo, or a
 * region newer than this table), so a policy can be checked before it silently matches nothing.
 */
export function jurisdictionEntryKind(entry: string): JurisdictionEntryKind | undefined {
  const value = normalize(entry);
  if (BY_REGION.has(value)) return 'region';
  if (REGION_GROUP_NAMES.some((g) => g.toLowerCase() === value)) return 'group';
  if (KNOWN_COUNTRIES.has(value.toUpperCase())) return 'country';
  return undefined;
}

/** Regions matching one allowed entry (region, country or group). */
export function regionsMatching(entry: string): readonly RegionJurisdiction[] {
  return REGIONS.filter((j) => matchesEntry(j, entry));
}
