import type { Policy, PolicyException, ResourceSelector } from './policy.js';

/** What an exception needs to know of a finding: its check and where its resource is. */
export interface ExceptionTarget {
  checkId: string;
  status: 'pass' | 'fail' | 'not_assessed';
  resource: { id: string; account: string; region: string };
  suppressed?: {
    by: 'inline' | 'exception';
    reason: string;
    exceptionId?: string;
    owner?: string;
    expires?: string;
  };
}

/** A resource's tags by id; undefined when the tags could not be read (a tag selector never matches then). */
type TagLookup = (resourceId: string) => Readonly<Record<string, string>> | undefined;

/** One exception as a report shows it: the accepted risk and how many findings it covers. */
interface ExceptionReport {
  id: string;
  checks: string[];
  resource: ResourceSelector;
  reason: string;
  owner: string;
  expires: string;
  /** Open findings (fail or not assessed) it suppresses; for an expired one, those it no longer does. */
  matched: number;
}

export interface ExceptionOutcome {
  /** In force, with the findings they suppress. */
  active: ExceptionReport[];
  /** Past their expiry: they suppress nothing, and the findings they covered count again. */
  expired: ExceptionReport[];
  /** In force but matching no open finding: the risk is gone, or the selector is wrong. */
  unused: ExceptionReport[];
}

/** `*` any run of characters (including none), `?` exactly one; everything else literal. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (const ch of pattern) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}

export function matchesGlob(pattern: string, value: string): boolean {
  return globToRegExp(pattern).test(value);
}

function list<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value as T];
}

/** A compiled selector: every stated field must match. */
export function selectorMatcher(
  selector: ResourceSelector,
): (resource: ExceptionTarget['resource'], tags: TagLookup) => boolean {
  const arns = list(selector.arn)?.map(globToRegExp);
  const accounts = list(selector.account);
  const regions = list(selector.region)?.map((r) => r.toLowerCase());
  const tags = selector.tags && Object.entries(selector.tags).map(([k, v]) => [k, globToRegExp(v)] as const);
  return (resource, lookup) => {
    if (arns && !arns.some((re) => re.test(resource.id))) return false;
    if (accounts && !accounts.includes(resource.account)) return false;
    if (regions && !regions.includes(resource.region.toLowerCase())) return false;
    if (tags) {
      const actual = lookup(resource.id);
      if (!actual) return false;
      for (const [key, re] of tags) {
        // Own keys only: a selector key such as `constructor` must not find Object.prototype's.
        const value = Object.hasOwn(actual, key) ? actual[key] : undefined;
        if (typeof value !== 'string' || !re.test(value)) return false;
      }
    }
    return true;
  };
}

/** Whether an exception is still in force on a day: it counts through its expiry date (UTC). */
export function isInForce(exception: Pick<PolicyException, 'expires'>, now: Date): boolean {
  return exception.expires >= now.toISOString().slice(0, 10);
}

function checksOf(exception: PolicyException): string[] {
  return typeof exception.check === 'string' ? [exception.check] : [...exception.check];
}

/**
 * Marks open findings (fail, not assessed) covered by an exception in force as suppressed: they
 * stay in the output with the reason, owner and expiry, and no longer fail a run. A passing
 * finding needs no acceptance, so it neither gets marked nor keeps an exception in use. An inline
 * suppression already on a finding stays, but the exception still counts as used. Expired
 * exceptions suppress nothing and are returned so reports can name them with what they covered.
 */
export function applyExceptions(
  findings: ExceptionTarget[],
  policy: Pick<Policy, 'exceptions'>,
  now: Date,
  tags: TagLookup,
): ExceptionOutcome {
  const compiled = policy.exceptions.map((exception) => ({
    exception,
    checks: new Set(checksOf(exception)),
    matches: selectorMatcher(exception.resource),
    inForce: isInForce(exception, now),
    matched: 0,
  }));
  if (compiled.length > 0) {
    for (const finding of findings) {
      if (finding.status === 'pass') continue;
      for (const entry of compiled) {
        if (!entry.checks.has(finding.checkId) || !entry.matches(finding.resource, tags)) continue;
        entry.matched++;
        if (!entry.inForce || finding.suppressed) continue;
        const { id, reason, owner, expires } = entry.exception;
        finding.suppressed = { by: 'exception', reason, exceptionId: id, owner, expires };
      }
    }
  }
  const outcome: ExceptionOutcome = { active: [], expired: [], unused: [] };
  for (const entry of compiled) {
    const { id, resource, reason, owner, expires } = entry.exception;
    const report: ExceptionReport = {
      id,
      checks: checksOf(entry.exception),
      resource,
      reason,
      owner,
      expires,
      matched: entry.matched,
    };
    if (!entry.inForce) outcome.expired.push(report);
    else if (entry.matched === 0) outcome.unused.push(report);
    else outcome.active.push(report);
  }
  return outcome;
}
