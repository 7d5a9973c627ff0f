import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { type BroadExposure, broadInternetExposure, WIDE_PORT_RANGE } from '../../lib/network.js';

const BREADTH_TEXT: Record<BroadExposure['breadth'], string> = {
  'all-traffic': 'every protocol and port',
  'all-ports': 'every port',
  'wide-range': 'a wide port range',
};

function describe(exposure: BroadExposure): string {
  const size = exposure.breadth === 'wide-range' ? ` (${exposure.ports} ports)` : '';
  return `${BREADTH_TEXT[exposure.breadth]}${size} to ${exposure.cidrs.join(', ')} [${exposure.rule}]`;
}

export default defineCheck({
  id: 'vpc-security-group-no-public-all-ports',
  title: 'Security groups do not open all ports or wide port ranges to the internet',
  service: 'vpc',
  duty: 'vpc.network.no-public-all-ports',
  severity: 'high',
  // Security groups and EBS volumes are the firewall and disks of EC2 instances.
  evidences: ['ec2'],
  resourceTypes: ['SecurityGroup'],
  // FSBP EC2.18/EC2.19 judge authorised and high-risk port lists, a different test; none mapped.
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Replace ingress from 0.0.0.0/0 or ::/0 on all protocols, all ports or wide ranges with rules for the exact ports the service listens on; security groups are stateful, so return traffic needs no ephemeral-port rule.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <sg> --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]'",
    cloudformation:
      'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    CidrIp: 0.0.0.0/0',
    terraform:
      'ingress {\n  from_port   = 443\n  to_port     = 443\n  protocol    = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n}',
  },
  evaluate(group) {
    // Rules only ever allow: an open rule known to be there fails, whatever unknown rules may add.
    const rules = group.ingress ?? group.ingressAtLeast;
    const unknown = notAssessed(`the ingress rules of ${group.groupId} are unknown`);
    if (rules === undefined) return unknown;
    const exposures = rules.map(broadInternetExposure).filter((e): e is BroadExposure => e !== null);
    if (exposures.length === 0) {
      if (group.ingress === undefined) return unknown;
      return pass(
        `no ingress rule opens all protocols, all ports or a range of ${WIDE_PORT_RANGE}+ ports to the internet`,
      );
    }
    const unattached = group.attachmentCount === 0 ? ' (the group is not attached to any interface yet)' : '';
    return fail(`${group.groupId} opens ${exposures.map(describe).join('; ')}${unattached}`, {
      exposures,
      attachmentCount: group.attachmentCount,
    });
  },
});
