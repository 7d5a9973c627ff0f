import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'lambda-function-in-vpc-where-required',
  title: 'Lambda functions run in a VPC when their data classification requires a private network',
  service: 'lambda',
  duty: 'lambda.network.in-vpc-where-required',
  severity: 'medium',
  resourceTypes: ['LambdaFunction'],
  frameworks: { 'aws-fsbp': ['Lambda.3'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Attach the function to private subnets of a VPC with a security group that allows only the egress it needs ' +
      '(reach AWS services through VPC endpoints), or lower its data classification if it was tagged wrongly.',
    cli: 'aws lambda update-function-configuration --function-name <function> --vpc-config SubnetIds=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg>',
    cloudformation:
      'VpcConfig:\n  SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\n  SecurityGroupIds: [!Ref FunctionSecurityGroup]',
    terraform:
      'vpc_config {\n  subnet_ids         = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n  security_group_ids = [aws_security_group.function.id]\n}',
  },
  /* Passes when not required, like the tenancy check: the choice was checked and is adequate. */
  evaluate(fn, ctx) {
    const level = ctx.classificationOf(fn);
    const required = ctx.requirementsFor(fn).privateNetwork;
    const subnets = fn.subnetIds ?? [];
    const evidence = {
      vpcId: fn.vpcId,
      subnetIds: subnets,
      classification: level,
      privateNetworkRequired: required,
    };
    if (typeof fn.vpcId === 'string' || subnets.length > 0) {
      return pass(
        `the function runs in ${fn.vpcId ? `VPC ${fn.vpcId}` : `subnets ${subnets.join(', ')}`}`,
        evidence,
      );
    }
    if (fn.vpcId === undefined) return notAssessed('whether the function is attached to a VPC is unknown');
    if (!required)
      return pass(`the function runs outside a VPC, which is acceptable for ${level} data`, evidence);
    return fail(
      `${level} data requires a private network, but the function is not attached to a VPC`,
      evidence,
    );
  },
});
