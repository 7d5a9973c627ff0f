import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const restricted = { DataClassification: 'restricted' };

testCheck(check, {
  valid: [
    { name: 'internal data outside a VPC', resource: resource('LambdaFunction', { vpcId: null }) },
    {
      name: 'restricted data in a VPC',
      resource: resource('LambdaFunction', { vpcId: 'vpc-0abc', tags: restricted }),
    },
    {
      name: 'restricted data in subnets whose VPC is not reported',
      resource: resource('LambdaFunction', { subnetIds: ['subnet-0abc'], tags: restricted }),
    },
  ],
  invalid: [
    {
      name: 'restricted data outside a VPC (the default requirement)',
      resource: resource('LambdaFunction', { vpcId: null, tags: restricted }),
    },
    {
      name: 'internal data outside a VPC where the policy asks',
      resource: resource('LambdaFunction', { vpcId: null }),
      policy: { version: 1, classification: { requirements: { internal: { privateNetwork: true } } } },
    },
  ],
  notAssessed: [{ name: 'VPC unknown', resource: resource('LambdaFunction', { tags: restricted }) }],
});
