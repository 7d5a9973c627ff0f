/** Local Zone and Wavelength locations, as data; src/model/zones.ts reads them. */

type ZoneRow = [location: string, city: string, country: string, countryName: string];

/**
 * Local Zone and Wavelength location codes (the part after the parent region: `lim` in
 * `us-east-1-lim-1a`) and the country each sits in. A code not listed here is not assessed.
 */
export const ZONE_ROWS: readonly ZoneRow[] = [
  ['us-east-1-atl', 'Atlanta', 'US', 'United States'],
  ['us-east-1-bos', 'Boston', 'US', 'United States'],
  ['us-east-1-bue', 'Buenos Aires', 'AR', 'Argentina'],
  ['us-east-1-chi', 'Chicago', 'US', 'United States'],
  ['us-east-1-dfw', 'Dallas', 'US', 'United States'],
  ['us-east-1-iah', 'Houston', 'US', 'United States'],
  ['us-east-1-lim', 'Lima', 'PE', 'Peru'],
  ['us-east-1-mci', 'Kansas City', 'US', 'United States'],
  ['us-east-1-mia', 'Miami', 'US', 'United States'],
  ['us-east-1-msp', 'Minneapolis', 'US', 'United States'],
  ['us-east-1-nyc', 'New York City', 'US', 'United States'],
  ['us-east-1-phl', 'Philadelphia', 'US', 'United States'],
  ['us-east-1-qro', 'Querétaro', 'MX', 'Mexico'],
  ['us-east-1-scl', 'Santiago', 'CL', 'Chile'],
  ['us-west-2-den', 'Denver', 'US', 'United States'],
  ['us-west-2-hnl', 'Honolulu', 'US', 'United States'],
  ['us-west-2-las', 'Las Vegas', 'US', 'United States'],
  ['us-west-2-lax', 'Los Angeles', 'US', 'United States'],
  ['us-west-2-pdx', 'Portland', 'US', 'United States'],
  ['us-west-2-phx', 'Phoenix', 'US', 'United States'],
  ['us-west-2-sea', 'Seattle', 'US', 'United States'],
  ['af-south-1-los', 'Lagos', 'NG', 'Nigeria'],
  ['ap-northeast-1-tpe', 'Taipei', 'TW', 'Taiwan'],
  ['ap-south-1-ccu', 'Kolkata', 'IN', 'India'],
  ['ap-south-1-del', 'Delhi', 'IN', 'India'],
  ['ap-southeast-1-bkk', 'Bangkok', 'TH', 'Thailand'],
  ['ap-southeast-1-mnl', 'Manila', 'PH', 'Philippines'],
  ['ap-southeast-2-akl', 'Auckland', 'NZ', 'New Zealand'],
  ['ap-southeast-2-per', 'Perth', 'AU', 'Australia'],
  ['eu-central-1-ham', 'Hamburg', 'DE', 'Germany'],
  ['eu-central-1-waw', 'Warsaw', 'PL', 'Poland'],
  ['eu-north-1-cph', 'Copenhagen', 'DK', 'Denmark'],
  ['eu-north-1-hel', 'Helsinki', 'FI', 'Finland'],
  ['me-south-1-mct', 'Muscat', 'OM', 'Oman'],
];
