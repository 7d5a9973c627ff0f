import type { AnyCheck } from '../check.js';
import vpcDefaultSecurityGroupClosed from './vpc-default-security-group-closed/check.js';
import vpcFlowLogsEnabled from './vpc-flow-logs-enabled/check.js';
import vpcManagementOverPrivatePath from './vpc-management-over-private-path/check.js';
import vpcSecurityGroupNoPublicAdminPorts from './vpc-security-group-no-public-admin-ports/check.js';
import vpcSecurityGroupNoPublicAllPorts from './vpc-security-group-no-public-all-ports/check.js';

export const checks: AnyCheck[] = [
  vpcSecurityGroupNoPublicAdminPorts,
  vpcSecurityGroupNoPublicAllPorts,
  vpcDefaultSecurityGroupClosed,
  vpcFlowLogsEnabled,
  vpcManagementOverPrivatePath,
];
