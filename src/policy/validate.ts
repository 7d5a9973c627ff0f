import { domainTitle } from '../model/domains.js';
import { jurisdictionEntryKind, REGION_GROUP_NAMES, regionJurisdiction } from '../model/regions.js';
import type { ServiceId } from '../model/responsibility.js';
import { SERVICES, serviceModel } from '../model/services.js';
import { contextIssues } from './context.js';
import type { Attestation, PolicyInput } from './policy.js';

/** One inconsistency in a schema-valid policy, located by the path of the field at fault. */
interface PolicyIssue {
  path: (string | number)[];
  message: string;
}

export interface ValidationOptions {
  /** Ids of the checks this build knows; exceptions naming any other check are an error. */
  checkIds?: Iterable<string>;
}

/** `a.b[0].c`, the way a user finds a field in their YAML. */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * What the schema alone cannot see: levels that do not exist, jurisdictions demarc cannot place,
 * attestations that expire before they were made or attest a duty AWS alone holds, exceptions
 * naming an unknown check or region, repeated ids. Every issue is fatal: a policy that silently
 * matches nothing is worse than one that refuses to load.
 */
export function policyIssues(input: PolicyInput, options: ValidationOptions = {}): PolicyIssue[] {
  return [
    ...classificationIssues(input),
    ...jurisdictionIssues(input.jurisdictions?.allowed ?? [], ['jurisdictions', 'allowed']),
    ...attestationIssues(input.attestations),
    ...exceptionIssues(input, options),
    ...contextIssues(input.context ?? []),
  ];
}

function classificationIssues(input: PolicyInput): PolicyIssue[] {
  const cls = input.classification;
  if (!cls) return [];
  const issues: PolicyIssue[] = [];
  const levels = `(${cls.levels.join(', ')})`;
  const seen = new Set<string>();
  cls.levels.forEach((level, i) => {
    // Tag values are compared case-insensitively, so Confidential and confidential are one level.
    const key = level.toLowerCase();
    if (seen.has(key)) {
      issues.push({ path: ['classification', 'levels', i], message: `level '${level}' is listed twice` });
    }
    seen.add(key);
  });
  if (!cls.levels.includes(cls.default)) {
    issues.push({
      path: ['classification', 'default'],
      message: `'${cls.default}' is not one of the levels ${levels}`,
    });
  }
  for (const [level, requirements] of Object.entries(cls.requirements)) {
    const path = ['classification', 'requirements', level];
    if (!cls.levels.includes(level)) {
      issues.push({ path, message: `'${level}' is not one of the levels ${levels}` });
    }
    issues.push(
      ...jurisdictionIssues(requirements.allowedJurisdictions ?? [], [...path, 'allowedJurisdictions']),
    );
  }
  return issues;
}

function jurisdictionIssues(entries: readonly string[], path: (string | number)[]): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  entries.forEach((entry, i) => {
    if (jurisdictionEntryKind(entry) === undefined) {
      issues.push({
        path: [...path, i],
        message:
          `'${entry}' is not a region code, an ISO country code with an AWS region, or a group ` +
          `(${REGION_GROUP_NAMES.join(', ')})`,
      });
    }
  });
  return issues;
}

/** Whether anyone but AWS holds a domain of a service, in any tenancy. */
function customerHolds(service: ServiceId, domain: Attestation['domain']): boolean {
  const model = serviceModel(service);
  const cells = [
    model.responsibilities[domain],
    ...Object.values(model.tenancy ?? {}).map((v) => v.responsibilities[domain]),
  ];
  return cells.some((cell) => cell !== undefined && cell.owner !== 'aws');
}

function attestationIssues(attestations: readonly Attestation[]): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const ids = new Set<string>();
  attestations.forEach((a, i) => {
    const at = (...rest: (string | number)[]) => ['attestations', i, ...rest];
    if (ids.has(a.id)) issues.push({ path: at('id'), message: `attestation id '${a.id}' is used twice` });
    ids.add(a.id);
    if (a.expires < a.date) {
      issues.push({ path: at('expires'), message: `${a.expires} is before the attestation date ${a.date}` });
    }
    const title = domainTitle(a.domain);
    if (a.services === undefined) {
      if (!SERVICES.some((s) => customerHolds(s.id, a.domain))) {
        issues.push({
          path: at('domain'),
          message: `AWS alone holds '${a.domain}' (${title}) in every service: there is no customer duty to attest`,
        });
      }
    } else {
      a.services.forEach((service, j) => {
        if (!customerHolds(service, a.domain)) {
          issues.push({
            path: at('services', j),
            message: `AWS alone holds '${a.domain}' (${title}) for ${service}: there is no customer duty to attest`,
          });
        }
      });
    }
  });
  return issues;
}

function exceptionIssues(input: PolicyInput, options: ValidationOptions): PolicyIssue[] {
  const known = options.checkIds ? new Set(options.checkIds) : undefined;
  const issues: PolicyIssue[] = [];
  const ids = new Set<string>();
  (input.exceptions ?? []).forEach((e, i) => {
    const at = (...rest: (string | number)[]) => ['exceptions', i, ...rest];
    if (ids.has(e.id)) issues.push({ path: at('id'), message: `exception id '${e.id}' is used twice` });
    ids.add(e.id);
    if (known) {
      const checks = typeof e.check === 'string' ? [e.check] : e.check;
      checks.forEach((id, j) => {
        if (!known.has(id)) {
          issues.push({
            path: typeof e.check === 'string' ? at('check') : at('check', j),
            message: `unknown check '${id}' (demarc checks lists them)`,
          });
        }
      });
    }
    const regions = e.resource.region === undefined ? [] : [e.resource.region].flat();
    regions.forEach((region, j) => {
      if (region !== 'global' && regionJurisdiction(region) === undefined) {
        issues.push({
          path:
            typeof e.resource.region === 'string' ? at('resource', 'region') : at('resource', 'region', j),
          message: `unknown region '${region}' (expected a region code such as eu-west-1, or global)`,
        });
      }
    });
  });
  return issues;
}
