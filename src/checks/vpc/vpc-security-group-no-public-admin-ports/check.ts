import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { ADMIN_PORTS, describeExposure, internetExposures } from '../../lib/network.js';

export default defineCheck({
  id: 'vpc-security-group-no-public-admin-ports',
  title: 'Security groups do not open remote administration ports to the internet',
  service: 'vpc',
  duty: 'vpc.network.no-public-admin-ports',
  severity: 'high',
  // Security groups and EBS volumes are the firewall and disks of EC2 instances.
  evidences: ['ec2'],
  resourceTypes: ['SecurityGroup'],
  frameworks: { 'cis-aws-3.0': ['5.2', '5.3'], 'aws-fsbp': ['EC2.13', 'EC2.14', 'EC2.53', 'EC2.54'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Remove ingress from 0.0.0.0/0 and ::/0 to SSH (22), RDP (3389) and WinRM (5985/5986); administer through Systems Manager Session Manager, a VPN or Direct Connect, or allow only known admin CIDRs.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <sg> --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]'",
    cloudformation:
      'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 22\n    ToPort: 22\n    CidrIp: 10.20.0.0/16 # the admin network, never 0.0.0.0/0',
    terraform:
      'ingress {\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = ["10.20.0.0/16"] # the admin network, never 0.0.0.0/0\n}',
  },
  evaluate(group) {
    // Rules only ever allow: an open rule known to be there fails, whatever unknown rules may add.
    const rules = group.ingress ?? group.ingressAtLeast;
    const unknown = notAssessed(`the ingress rules of ${group.groupId} are unknown`);
    if (rules === undefined) return unknown;
    const exposures = internetExposures(rules, ADMIN_PORTS);
    const ports = ADMIN_PORTS.map((p) => `${p.service} (${p.port})`).join(', ');
    if (exposures.length === 0) {
      if (group.ingress === undefined) return unknown;
      return pass(`no ingress rule opens ${ports} to 0.0.0.0/0 or ::/0`);
    }
    const unattached = group.attachmentCount === 0 ? ' (the group is not attached to any interface yet)' : '';
    return fail(`${group.groupId} opens ${exposures.map(describeExposure).join('; ')}${unattached}`, {
      exposures,
      attachmentCount: group.attachmentCount,
    });
  },
});
