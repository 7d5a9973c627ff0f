import { ACCOUNT_DUTIES, ACCOUNT_ROW, ACCOUNT_ROW_DUTY_IDS, PER_SERVICE_ACCOUNT_REFS } from './account.js';
import { DOMAIN_IDS, DOMAINS, type DomainId, domainKey } from './domains.js';
import type { Citation, Duty } from './duties.js';
import type { Responsibility, ServiceCategory, ServiceId, ServiceModel, Tenancy } from './responsibility.js';
import { SERVICE_IDS } from './responsibility.js';
import { cloudfront } from './services/cloudfront.js';
import { cloudtrail } from './services/cloudtrail.js';
import { dynamodb } from './services/dynamodb.js';
import { ebs } from './services/ebs.js';
import { ec2 } from './services/ec2.js';
import { ecr } from './services/ecr.js';
import { ecsEc2, ecsFargate } from './services/ecs.js';
import { efs } from './services/efs.js';
import { eks } from './services/eks.js';
import { elb } from './services/elb.js';
import { iam } from './services/iam.js';
import { kms } from './services/kms.js';
import { lambda } from './services/lambda.js';
import { organizations } from './services/organizations.js';
import { aurora, rds } from './services/rds.js';
import { redshift } from './services/redshift.js';
import { s3 } from './services/s3.js';
import { ssm } from './services/ssm.js';
import { vpc } from './services/vpc.js';
import { workspaces } from './services/workspaces.js';

const ALL: readonly ServiceModel[] = [
  ec2,
  ebs,
  vpc,
  s3,
  iam,
  kms,
  cloudtrail,
  rds,
  aurora,
  redshift,
  workspaces,
  dynamodb,
  efs,
  lambda,
  ecsEc2,
  ecsFargate,
  eks,
  ecr,
  elb,
  cloudfront,
  ssm,
  organizations,
];

/**
 * A cell as the rest of demarc sees it: its citation filled in (the service's security chapter
 * unless the cell names its own page); duties the account row holds taken out (they are shown once
 * per account, not on every service); the per-data-store account rules added to their columns; and
 * a customer or shared cell left with no duty of its own given one for "the customer's part" as
 * the cell states it, so no such cell is ever without a duty to evidence. The account columns
 * (root credentials, awareness and training) are the account row's cells, whatever a service file says.
 */
function complete(service: ServiceModel, domain: DomainId, cell: Responsibility): Responsibility {
  if (isAccountDomain(domain)) return accountCell(domain);
  const citation: Citation = cell.citation ?? { url: service.reference, read: service.referenceRead };
  if (cell.owner === 'aws') return { ...cell, citation };
  const ownRefs = (cell.refs ?? []).filter((id) => !ACCOUNT_ROW_DUTY_IDS.has(id));
  const refs = [...new Set([...ownRefs, ...(PER_SERVICE_ACCOUNT_REFS[domain] ?? [])])];
  const own: readonly Duty[] =
    cell.duties ??
    (ownRefs.length === 0
      ? [
          {
            id: `${service.id}.${domainKey(domain)}.customer-part`,
            title: (cell.split?.customer ?? cell.reason).replace(/\.$/, ''),
          },
        ]
      : []);
  return { ...cell, citation, duties: own, refs };
}

function completeModel(service: ServiceModel): ServiceModel {
  const responsibilities = Object.fromEntries(
    DOMAIN_IDS.map((d) => [d, complete(service, d, service.responsibilities[d])]),
  ) as Record<DomainId, Responsibility>;
  const tenancy = service.tenancy
    ? Object.fromEntries(
        Object.entries(service.tenancy).map(([t, variant]) => [
          t,
          {
            ...variant,
            responsibilities: Object.fromEntries(
              Object.entries(variant.responsibilities).map(([d, cell]) => [
                d,
                complete(service, d as DomainId, cell as Responsibility),
              ]),
            ),
          },
        ]),
      )
    : undefined;
  return { ...service, responsibilities, ...(tenancy && { tenancy }) };
}

const BY_ID = new Map<ServiceId, ServiceModel>(ALL.map((s) => [s.id, completeModel(s)]));

/** Where a duty is defined: the service (or 'account') and domain of its cell. */
interface DutyHome {
  duty: Duty;
  scope: ServiceId | 'account';
  domain: DomainId;
}

function collectDuties(): Map<string, DutyHome> {
  const duties = new Map<string, DutyHome>();
  for (const duty of ACCOUNT_DUTIES) {
    const key = duty.id.split('.')[1] ?? '';
    const domain = DOMAIN_IDS.find((d) => domainKey(d) === key);
    if (domain) duties.set(duty.id, { duty, scope: 'account', domain });
  }
  for (const service of BY_ID.values()) {
    const cells = [
      ...Object.entries(service.responsibilities),
      ...Object.values(service.tenancy ?? {}).flatMap((v) => Object.entries(v.responsibilities)),
    ] as [DomainId, Responsibility][];
    for (const [domain, cell] of cells) {
      for (const duty of cell.duties ?? []) duties.set(duty.id, { duty, scope: service.id, domain });
    }
  }
  return duties;
}

/** Every duty the model defines, by id. */
export const DUTIES: ReadonlyMap<string, DutyHome> = collectDuties();

/** The duties a cell holds: its own, then those it refers to, each once. */
export function cellDuties(cell: Responsibility): Duty[] {
  const seen = new Set<string>();
  const out: Duty[] = [];
  for (const duty of [
    ...(cell.duties ?? []),
    ...(cell.refs ?? []).flatMap((id) => DUTIES.get(id)?.duty ?? []),
  ]) {
    if (!seen.has(duty.id)) {
      seen.add(duty.id);
      out.push(duty);
    }
  }
  return out;
}

/** Whether a domain is held once per account (root credentials, awareness and training), not per service. */
function isAccountDomain(domain: DomainId): boolean {
  return DOMAINS.some((d) => d.id === domain && d.scope === 'account');
}

/** The domains a service row shows: every domain but the account's own columns. */
export const SERVICE_DOMAINS: readonly DomainId[] = DOMAINS.filter((d) => d.scope === 'service').map(
  (d) => d.id,
);

/** The account row's cells, in domain order: the duties held once per account or organization. */
export const ACCOUNT_CELLS: readonly { domain: DomainId; cell: Responsibility }[] = DOMAIN_IDS.flatMap(
  (domain) => {
    const cell = ACCOUNT_ROW[domain];
    return cell ? [{ domain, cell }] : [];
  },
);

/** The account row's cell of an account column. */
function accountCell(domain: DomainId): Responsibility {
  const cell = ACCOUNT_ROW[domain];
  if (!cell) throw new Error(`the account row has no ${domain} cell`);
  return cell;
}

/** The responsibility model, one entry per service, in SERVICE_IDS order. */
export const SERVICES: readonly ServiceModel[] = SERVICE_IDS.map((id) => {
  const model = BY_ID.get(id);
  if (!model) throw new Error(`no responsibility model for service '${id}'`);
  return model;
});

export function serviceModel(id: ServiceId): ServiceModel {
  const model = BY_ID.get(id);
  if (!model) throw new Error(`no responsibility model for service '${id}'`);
  return model;
}

/**
 * Who owns one domain of one service. For EC2, a tenancy other than 'shared' replaces the cells
 * that tenancy changes; services without tenancy variants ignore the argument.
 */
export function responsibilityFor(
  id: ServiceId,
  domain: DomainId,
  tenancy: Tenancy = 'shared',
): Responsibility {
  const model = serviceModel(id);
  return model.tenancy?.[tenancy]?.responsibilities[domain] ?? model.responsibilities[domain];
}

/** Every domain of a service with the tenancy's replacements applied. */
export function responsibilitiesFor(
  id: ServiceId,
  tenancy: Tenancy = 'shared',
): Record<DomainId, Responsibility> {
  const model = serviceModel(id);
  return { ...model.responsibilities, ...model.tenancy?.[tenancy]?.responsibilities };
}

export function servicesInCategory(category: ServiceCategory): readonly ServiceModel[] {
  return SERVICES.filter((s) => s.category === category);
}
