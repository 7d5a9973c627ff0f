import type { AnyCheck } from '../check.js';
import ec2AmiNotPublic from './ec2-ami-not-public/check.js';
import ec2InstanceImdsv2Required from './ec2-instance-imdsv2-required/check.js';
import ec2InstanceTenancyMeetsClassification from './ec2-instance-tenancy-meets-classification/check.js';

export const checks: AnyCheck[] = [
  ec2InstanceImdsv2Required,
  ec2InstanceTenancyMeetsClassification,
  ec2AmiNotPublic,
];
