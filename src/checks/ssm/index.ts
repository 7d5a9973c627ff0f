import type { AnyCheck } from '../check.js';
import ssmInstanceManaged from './ssm-instance-managed/check.js';
import ssmInstancePatchCompliance from './ssm-instance-patch-compliance/check.js';

export const checks: AnyCheck[] = [ssmInstanceManaged, ssmInstancePatchCompliance];
