import type { AnyCheck } from '../check.js';
import ec2AmiNotPublic from './ec2-ami-not-public.js';
import ec2InstanceImdsv2Required from './ec2-instance-imdsv2-required.js';
import ec2InstanceTenancyMeetsClassification from './ec2-instance-tenancy-meets-classification.js';

export const checks: AnyCheck[] = [
  ec2InstanceImdsv2Required,
  ec2InstanceTenancyMeetsClassification,
  ec2AmiNotPublic,
];
