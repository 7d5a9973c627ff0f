import type { AnyCheck } from '../check.js';
import ssmInstanceManaged from './ssm-instance-managed.js';
import ssmInstancePatchCompliance from './ssm-instance-patch-compliance.js';

export const checks: AnyCheck[] = [ssmInstanceManaged, ssmInstancePatchCompliance];
