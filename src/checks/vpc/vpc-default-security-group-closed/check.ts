import type { SecurityGroupRule } from '../../../inventory/kinds/ec2.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { describeRule } from '../../lib/network.js';

function sourcesOf(rule: SecurityGroupRule): string {
  const all = [...rule.ipv4Ranges, ...rule.ipv6Ranges, ...rule.sourceGroupIds, ...rule.prefixListIds];
  return all.length > 0 ? all.join(', ') : 'no peer';
}

function listRules(direction: 'ingress' | 'egress', rules: readonly SecurityGroupRule[]): string {
  const word = direction === 'ingress' ? 'from' : 'to';
  return `${rules.length} ${direction} rule${rules.length === 1 ? '' : 's'} (${rules
    .map((r) => `${describeRule(r)} ${word} ${sourcesOf(r)}`)
    .join('; ')})`;
}

export default defineCheck({
  id: 'vpc-default-security-group-closed',
  title: 'The default security group of every VPC allows no traffic',
  service: 'vpc',
  duty: 'vpc.network.default-sg-closed',
  severity: 'medium',
  // Security groups and EBS volumes are the firewall and disks of EC2 instances.
  evidences: ['ec2'],
  resourceTypes: ['SecurityGroup'],
  frameworks: { 'cis-aws-3.0': ['5.4'], 'aws-fsbp': ['EC2.2'] },
  // cloudformation: CloudFormation cannot empty a VPC's default security group.
  iac: { cloudformation: 'fail-only', terraform: 'both' },
  remediation: {
    text: 'Delete every inbound and outbound rule of the default security group (it cannot be deleted), move its members to purpose-built groups, and manage it as code (aws_default_security_group with no rules) so it stays empty.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <default-sg> --ip-permissions "$(aws ec2 describe-security-groups --group-ids <default-sg> --query \'SecurityGroups[0].IpPermissions\')"',
    terraform:
      'resource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.this.id\n  # no ingress or egress blocks: Terraform removes every rule\n}',
  },
  evaluate(group) {
    if (!group.isDefault) return null;
    const vpc = group.vpcId ?? 'its VPC';
    if (group.ingress === undefined || group.egress === undefined) {
      return notAssessed(`the rules of the default security group of ${vpc} are unknown`);
    }
    const open: string[] = [];
    if (group.ingress.length > 0) open.push(listRules('ingress', group.ingress));
    if (group.egress.length > 0) open.push(listRules('egress', group.egress));
    if (open.length === 0)
      return pass(`the default security group of ${vpc} has no inbound or outbound rules`);
    const byDefault = group.defaults?.some((d) => d === 'ingress' || d === 'egress')
      ? ' (the rules AWS creates)'
      : '';
    return fail(`the default security group of ${vpc} still has ${open.join(' and ')}${byDefault}`, {
      ingressRules: group.ingress.length,
      egressRules: group.egress.length,
      attachmentCount: group.attachmentCount,
    });
  },
});
