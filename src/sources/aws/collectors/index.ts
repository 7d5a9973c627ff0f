import type { Collector } from '../collector.js';
import { dynamoDbCollector } from './dynamodb.js';
import { ec2Collector } from './ec2.js';
import { elbCollector } from './elb.js';
import { rdsCollector } from './rds.js';
import { redshiftCollector } from './redshift.js';

/** Every live collector; each lives in its own module beside this one. */
export const COLLECTORS: readonly Collector[] = [
  ec2Collector,
  rdsCollector,
  redshiftCollector,
  dynamoDbCollector,
  elbCollector,
];
