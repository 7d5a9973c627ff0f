// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${…} in the snippets is Fn::Sub and Terraform interpolation
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { isGone, isNotRunning } from '../../ec2/instance-state.js';

export default defineCheck({
  id: 'ssm-instance-managed',
  title: 'EC2 instances are managed by Systems Manager',
  service: 'ssm',
  duty: 'ssm.patching.instances-managed',
  severity: 'medium',
  resourceTypes: ['Ec2Instance'],
  frameworks: { 'aws-fsbp': ['SSM.1'] },
  iac: {
    cloudformation: { never: 'whether SSM manages an instance is running state, known only after launch' },
    terraform: { never: 'whether SSM manages an instance is running state, known only after launch' },
  },
  remediation: {
    text: 'Install and start the SSM Agent and attach an instance profile with AmazonSSMManagedInstanceCore (or enable Default Host Management Configuration), so the guest OS can be inventoried and patched.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance> --iam-instance-profile Name=<profile-with-AmazonSSMManagedInstanceCore>',
    cloudformation:
      "ManagedPolicyArns: # on the instance profile's AWS::IAM::Role\n  - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore",
    terraform:
      'resource "aws_iam_role_policy_attachment" "ssm" {\n  role       = aws_iam_role.instance.name\n  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"\n}',
  },
  evaluate(instance) {
    if (isGone(instance)) return null;
    if (instance.ssmManaged === undefined)
      return notAssessed('whether Systems Manager manages the instance is unknown');
    if (instance.ssmManaged) return pass('the instance is registered with Systems Manager');
    // A stopped instance's agent cannot check in, so "not registered" says nothing about it.
    if (isNotRunning(instance)) {
      return notAssessed(
        `the instance is ${instance.state}; its SSM Agent cannot report until it runs, so management is unknown`,
      );
    }
    return fail(
      'the instance is not managed by Systems Manager: its guest OS cannot be patched or inventoried by it',
      {
        instanceProfileArn: instance.instanceProfileArn,
        platform: instance.platform,
      },
    );
  },
});
