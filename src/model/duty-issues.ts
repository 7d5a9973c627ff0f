import { ACCOUNT_DUTIES, ACCOUNT_ROW } from './account.js';
import type { DomainId } from './domains.js';
import type { Duty } from './duties.js';
import { parseDutyId } from './duties.js';
import type { Responsibility, ServiceModel } from './responsibility.js';

interface PlacedCell {
  where: string;
  service: string;
  domain: DomainId;
  cell: Responsibility;
}

function placedCells(
  services: readonly ServiceModel[],
  accountRow: Partial<Record<DomainId, Responsibility>>,
): PlacedCell[] {
  const account = Object.entries(accountRow).map(([domain, cell]) => ({
    where: `account/${domain}`,
    service: 'account',
    domain: domain as DomainId,
    cell: cell as Responsibility,
  }));
  const rows: PlacedCell[] = services.flatMap((s) => [
    ...Object.entries(s.responsibilities).map(([domain, cell]) => ({
      where: `${s.id}/${domain}`,
      service: s.id,
      domain: domain as DomainId,
      cell,
    })),
    ...Object.entries(s.tenancy ?? {}).flatMap(([tenancy, variant]) =>
      Object.entries(variant.responsibilities).map(([domain, cell]) => ({
        where: `${s.id}(${tenancy})/${domain}`,
        service: s.id,
        domain: domain as DomainId,
        cell: cell as Responsibility,
      })),
    ),
  ]);
  return [...rows, ...account];
}

/**
 * What is wrong with the model's duties, one line each: a duty whose id does not name the
 * service and domain of the cell that defines it, an id defined twice, a reference to a duty no
 * cell defines or of another domain, a customer or shared cell without a duty, an AWS cell with one,
 * an account duty that no cell (the account row or a service's) holds.
 */
export function modelDutyIssues(
  services: readonly ServiceModel[],
  accountDuties: readonly Duty[] = ACCOUNT_DUTIES,
  accountRow: Partial<Record<DomainId, Responsibility>> = ACCOUNT_ROW,
): string[] {
  const issues: string[] = [];
  const defined = new Map<string, string>();
  const define = (duty: Duty, where: string, scope: string, domain: DomainId | undefined) => {
    const parts = parseDutyId(duty.id);
    if (!parts) issues.push(`${where}: '${duty.id}' is not a duty id (<service>.<domain key>.<name>)`);
    else if (parts.scope !== scope || (domain !== undefined && parts.domain !== domain)) {
      issues.push(`${where}: '${duty.id}' names ${parts.scope}/${parts.domain}, but is defined in ${where}`);
    }
    const first = defined.get(duty.id);
    if (first) issues.push(`${where}: '${duty.id}' is already defined in ${first}`);
    else defined.set(duty.id, where);
    if (duty.title.trim().length < 10) issues.push(`${where}: '${duty.id}' has no real title`);
  };
  for (const duty of accountDuties) define(duty, 'account', 'account', undefined);
  const cells = placedCells(services, accountRow);
  for (const { where, service, domain, cell } of cells) {
    for (const duty of cell.duties ?? []) define(duty, where, service, domain);
  }
  for (const { where, domain, cell } of cells) {
    if (cell.owner === 'aws') {
      if ((cell.duties?.length ?? 0) + (cell.refs?.length ?? 0) > 0) {
        issues.push(`${where}: AWS holds the cell, yet it lists customer duties`);
      }
      continue;
    }
    if ((cell.duties?.length ?? 0) + (cell.refs?.length ?? 0) === 0) {
      issues.push(`${where}: a ${cell.owner} cell with no duty`);
    }
    for (const ref of cell.refs ?? []) {
      const parts = parseDutyId(ref);
      if (!defined.has(ref)) issues.push(`${where}: refers to '${ref}', which no cell defines`);
      else if (parts && parts.domain !== domain) {
        issues.push(`${where}: refers to '${ref}' of ${parts.domain}, another domain`);
      }
    }
  }
  const held = new Set(cells.flatMap(({ cell }) => cell.refs ?? []));
  for (const duty of accountDuties) {
    if (!held.has(duty.id)) issues.push(`account: '${duty.id}' is defined, but no cell holds it`);
  }
  return issues;
}
