import type { DomainId } from './domains.js';
import type { Responsibility, ServiceCategory, ServiceId, ServiceModel, Tenancy } from './responsibility.js';
import { SERVICE_IDS } from './responsibility.js';
import { cloudfront } from './services/cloudfront.js';
import { cloudtrail } from './services/cloudtrail.js';
import { dynamodb } from './services/dynamodb.js';
import { ebs } from './services/ebs.js';
import { ec2 } from './services/ec2.js';
import { ecr } from './services/ecr.js';
import { ecsEc2, ecsFargate } from './services/ecs.js';
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

const BY_ID = new Map<ServiceId, ServiceModel>(ALL.map((s) => [s.id, s]));

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
