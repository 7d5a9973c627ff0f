import type { Collector } from '../collector.js';
import { cloudtrailCollector } from './cloudtrail.js';
import { dynamoDbCollector } from './dynamodb.js';
import { ec2Collector } from './ec2.js';
import { elbCollector } from './elb.js';
import { iamCollector } from './iam.js';
import { kmsCollector } from './kms.js';
import { lambdaCollector } from './lambda.js';
import { rdsCollector } from './rds.js';
import { redshiftCollector } from './redshift.js';
import { s3Collector } from './s3.js';

/** Every live collector; each lives in its own module beside this one. */
export const COLLECTORS: readonly Collector[] = [
  iamCollector,
  s3Collector,
  kmsCollector,
  cloudtrailCollector,
  ec2Collector,
  rdsCollector,
  redshiftCollector,
  dynamoDbCollector,
  elbCollector,
  lambdaCollector,
];
