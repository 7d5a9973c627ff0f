import type { AnyCheck } from '../check.js';
import vpcDefaultSecurityGroupClosed from './vpc-default-security-group-closed.js';
import vpcFlowLogsEnabled from './vpc-flow-logs-enabled.js';
import vpcManagementOverPrivatePath from './vpc-management-over-private-path.js';
import vpcSecurityGroupNoPublicAdminPorts from './vpc-security-group-no-public-admin-ports.js';
import vpcSecurityGroupNoPublicAllPorts from './vpc-security-group-no-public-all-ports.js';

export const checks: AnyCheck[] = [
  vpcSecurityGroupNoPublicAdminPorts,
  vpcSecurityGroupNoPublicAllPorts,
  vpcDefaultSecurityGroupClosed,
  vpcFlowLogsEnabled,
  vpcManagementOverPrivatePath,
];
