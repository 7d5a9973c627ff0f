/**
 * The oldest protocol each predefined Elastic Load Balancing security policy accepts, from AWS's
 * "Security policies" tables for Application, Network and Classic Load Balancers.
 */
type Protocol = 'SSLv3' | 'TLSv1.0' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

const ORDER: readonly Protocol[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

export function isBelow(protocol: Protocol, floor: Protocol): boolean {
  return ORDER.indexOf(protocol) < ORDER.indexOf(floor);
}

const OLDEST_PROTOCOL: ReadonlyMap<string, Protocol> = new Map([
  // Application and Network Load Balancers.
  ['ELBSecurityPolicy-2016-08', 'TLSv1.0'],
  ['ELBSecurityPolicy-2015-05', 'TLSv1.0'],
  ['ELBSecurityPolicy-TLS-1-0-2015-04', 'TLSv1.0'],
  ['ELBSecurityPolicy-TLS-1-1-2017-01', 'TLSv1.1'],
  ['ELBSecurityPolicy-TLS-1-2-2017-01', 'TLSv1.2'],
  ['ELBSecurityPolicy-TLS-1-2-Ext-2018-06', 'TLSv1.2'],
  ['ELBSecurityPolicy-FS-2018-06', 'TLSv1.0'],
  ['ELBSecurityPolicy-FS-1-1-2019-08', 'TLSv1.1'],
  ['ELBSecurityPolicy-FS-1-2-2019-08', 'TLSv1.2'],
  ['ELBSecurityPolicy-FS-1-2-Res-2019-08', 'TLSv1.2'],
  ['ELBSecurityPolicy-FS-1-2-Res-2020-10', 'TLSv1.2'],
  // Classic Load Balancers only (the three above they share are listed once). Policies from before
  // October 2014 (POODLE) still enable SSL 3.0.
  ['ELBSecurityPolicy-2015-03', 'TLSv1.0'],
  ['ELBSecurityPolicy-2015-02', 'TLSv1.0'],
  ['ELBSecurityPolicy-2014-10', 'TLSv1.0'],
  ['ELBSecurityPolicy-2014-01', 'SSLv3'],
  ['ELBSecurityPolicy-2011-08', 'SSLv3'],
]);

/**
 * The TLS 1.3 family names its floor: ELBSecurityPolicy-TLS13-1-<minor>-… accepts TLS 1.<minor> and up,
 * whatever follows (Res, Ext0/1/2, FIPS, PQ, RFC9151 variants and their dates).
 */
const TLS13_FAMILY = /^ELBSecurityPolicy-TLS13-1-([0-3])-[A-Za-z0-9-]+$/;

/** undefined when the name is not a predefined policy demarc knows (custom classic policies, new names). */
export function oldestProtocol(policyName: string): Protocol | undefined {
  const known = OLDEST_PROTOCOL.get(policyName);
  if (known) return known;
  const minor = TLS13_FAMILY.exec(policyName)?.[1];
  return minor === undefined ? undefined : (`TLSv1.${minor}` as Protocol);
}
