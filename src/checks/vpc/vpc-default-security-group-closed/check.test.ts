import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const defaultGroup = (props: Record<string, unknown>) =>
  resource('SecurityGroup', { groupId: 'sg-default', vpcId: 'vpc-1', isDefault: true, ...props });
const selfIngress = { protocol: '-1', sourceGroupIds: ['sg-default'] };
const allEgress = { protocol: '-1', ipv4Ranges: ['0.0.0.0/0'] };

testCheck(check, {
  valid: [{ name: 'no rules either way', resource: defaultGroup({ ingress: [], egress: [] }) }],
  invalid: [
    {
      name: 'the rules AWS creates',
      resource: defaultGroup({
        ingress: [selfIngress],
        egress: [allEgress],
        defaults: ['ingress', 'egress'],
      }),
    },
    { name: 'egress only', resource: defaultGroup({ ingress: [], egress: [allEgress] }) },
    {
      name: 'ingress only, self-referencing',
      resource: defaultGroup({ ingress: [selfIngress], egress: [] }),
    },
    {
      name: 'IPv6 egress only',
      resource: defaultGroup({ ingress: [], egress: [{ protocol: '-1', ipv6Ranges: ['::/0'] }] }),
    },
    {
      name: 'SSH from a private CIDR still counts',
      resource: defaultGroup({
        ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['10.0.0.0/8'] }],
        egress: [],
      }),
    },
  ],
  notAssessed: [
    { name: 'ingress unknown', resource: defaultGroup({ egress: [] }) },
    { name: 'egress unknown', resource: defaultGroup({ ingress: [] }) },
  ],
  notApplicable: [
    {
      name: 'a non-default group',
      resource: resource('SecurityGroup', {
        groupId: 'sg-web',
        isDefault: false,
        ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'] }],
        egress: [allEgress],
      }),
    },
  ],
});
