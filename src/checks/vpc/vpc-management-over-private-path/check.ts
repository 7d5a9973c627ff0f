import type { Inventory } from '../../../inventory/inventory.js';
import type { SecurityGroup, Vpc } from '../../../inventory/kinds/ec2.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { ADMIN_PORTS, describeExposure, internetExposures } from '../../lib/network.js';
import { privatePathsTo, shortId } from '../private-paths.js';

function groupsIn(vpc: Vpc, inventory: Inventory): readonly SecurityGroup[] {
  const byVpc = inventory.groupedBy('SecurityGroup', 'vpc', (g) => (g.vpcId ? shortId(g.vpcId) : undefined));
  return byVpc.get(shortId(vpc.vpcId)) ?? [];
}

/** A failed SecurityGroup listing in the region: groups of this VPC may be missing from the inventory. */
function groupListingFailed(vpc: Vpc, inventory: Inventory): boolean {
  return inventory.gaps.some(
    (gap) =>
      !gap.resourceId &&
      !gap.detail &&
      gap.region === vpc.region &&
      gap.account === vpc.account &&
      gap.resourceTypes.includes('SecurityGroup'),
  );
}

export default defineCheck({
  id: 'vpc-management-over-private-path',
  title: 'Remote administration of a VPC goes over a private path, not the internet',
  service: 'vpc',
  duty: 'vpc.connectivity.management-over-private-path',
  severity: 'high',
  resourceTypes: ['Vpc'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Close SSH, RDP and WinRM to 0.0.0.0/0 and ::/0 in the VPC, and administer over a Site-to-Site VPN or Direct Connect (allowing only the on-premises admin CIDRs) or through Systems Manager Session Manager.',
    cli: "aws ec2 revoke-security-group-ingress --group-id <sg> --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]'",
    cloudformation:
      'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 22\n    ToPort: 22\n    CidrIp: 10.20.0.0/16 # the admin network, never 0.0.0.0/0',
    terraform:
      'ingress {\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = ["10.20.0.0/16"] # the admin network, never 0.0.0.0/0\n}',
  },
  evaluate(vpc, ctx) {
    const groups = groupsIn(vpc, ctx.inventory);
    // A group on no interface exposes nothing yet; security group checks still report it.
    const exposures = groups
      .filter((g) => g.ingress !== undefined && g.attachmentCount !== 0)
      .flatMap((g) =>
        internetExposures(g.ingress ?? [], ADMIN_PORTS).map((e) => ({ groupId: g.groupId, ...e })),
      );
    const { paths, notes } = privatePathsTo(vpc, ctx.inventory);
    const pathText = paths.map((p) => p.description).join(', ');
    const evidence = { exposures, privatePaths: paths, notes, securityGroups: groups.length };

    if (exposures.length > 0) {
      const open = exposures.map((e) => `${e.groupId} opens ${describeExposure(e)}`).join('; ');
      if (paths.length === 0) {
        const aside = notes.length > 0 ? ` [${notes.join('; ')}]` : '';
        return fail(
          `no VPN or Direct Connect path into ${vpc.vpcId}${aside}: administration crosses the internet (${open})`,
          evidence,
        );
      }
      return fail(
        `a private path exists (${pathText}) but admin ports are still open to the internet: ${open}`,
        evidence,
      );
    }

    const unknown = groups.filter((g) => g.ingress === undefined).map((g) => g.groupId);
    if (unknown.length > 0) {
      return notAssessed(`the ingress rules of ${unknown.join(', ')} in ${vpc.vpcId} are unknown`);
    }
    if (groupListingFailed(vpc, ctx.inventory)) {
      return notAssessed(`the security groups of ${vpc.vpcId} could not all be listed`);
    }
    const closed = `no attached security group in ${vpc.vpcId} opens an admin port to the internet`;
    if (paths.length > 0) return pass(`${closed}; administration can use ${pathText}`, evidence);
    return pass(
      `${closed}; no VPN or Direct Connect path was found, and none is needed while admin ports stay closed (use Session Manager or a host inside the VPC)`,
      evidence,
    );
  },
});
