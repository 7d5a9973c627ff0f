import { parseDutyId } from '../model/duties.js';
import { cellDuties, DUTIES, responsibilityFor } from '../model/services.js';
import type { CheckMeta } from './check.js';

/**
 * What is wrong with the duties checks claim, one line each: a duty the model does not define, a
 * duty of another service than the check's own (account duties excepted), and a matrix row the
 * check says it evidences whose cell does not hold the duty, where its findings would be lost.
 */
export function dutyClaimIssues(checks: readonly CheckMeta[]): string[] {
  const issues: string[] = [];
  for (const check of checks) {
    const parts = parseDutyId(check.duty);
    const home = DUTIES.get(check.duty);
    if (!parts || !home) {
      issues.push(`${check.id}: claims '${check.duty}', which the model does not define`);
      continue;
    }
    if (check.domain !== home.domain) {
      issues.push(`${check.id}: domain ${check.domain}, but its duty '${check.duty}' is in ${home.domain}`);
    }
    if (home.scope !== 'account' && check.service !== 'cross-service' && home.scope !== check.service) {
      issues.push(`${check.id}: a ${check.service} check claims '${check.duty}' of ${home.scope}`);
    }
    // Account duties are held by every row through the model's account rule.
    const named = check.evidences === 'all' ? [] : (check.evidences ?? []);
    const rows = home.scope === 'account' ? named : [home.scope, ...named];
    for (const service of rows) {
      const cell = responsibilityFor(service, home.domain);
      if (!cellDuties(cell).some((d) => d.id === check.duty)) {
        issues.push(
          `${check.id}: evidences ${service}, but ${service}/${home.domain} does not hold '${check.duty}'`,
        );
      }
    }
  }
  return issues;
}
