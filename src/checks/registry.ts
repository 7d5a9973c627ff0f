import type { AnyCheck } from './check.js';
import { checks as cloudtrail } from './cloudtrail/index.js';
import { checks as crossService } from './cross-service/index.js';
import { checks as dynamodb } from './dynamodb/index.js';
import { checks as ebs } from './ebs/index.js';
import { checks as ec2 } from './ec2/index.js';
import { checks as efs } from './efs/index.js';
import { checks as elb } from './elb/index.js';
import { checks as iam } from './iam/index.js';
import { checks as kms } from './kms/index.js';
import { checks as lambda } from './lambda/index.js';
import { checks as rds } from './rds/index.js';
import { checks as redshift } from './redshift/index.js';
import { checks as s3 } from './s3/index.js';
import { checks as ssm } from './ssm/index.js';
import { checks as vpc } from './vpc/index.js';

/** Every check demarc runs, by service. */
export const CHECKS: readonly AnyCheck[] = [
  ...iam,
  ...ec2,
  ...ssm,
  ...vpc,
  ...ebs,
  ...s3,
  ...kms,
  ...cloudtrail,
  ...rds,
  ...redshift,
  ...dynamodb,
  ...elb,
  ...lambda,
  ...efs,
  ...crossService,
];

export function findCheck(id: string): AnyCheck | undefined {
  return CHECKS.find((c) => c.id === id);
}
