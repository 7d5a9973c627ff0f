import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const group = (ingress: unknown[] | undefined) =>
  resource('SecurityGroup', { groupId: 'sg-0a1b2c', vpcId: 'vpc-1', isDefault: false, ingress });
const anywhere4 = { ipv4Ranges: ['0.0.0.0/0'] };
const anywhere6 = { ipv6Ranges: ['::/0'] };

testCheck(check, {
  valid: [
    { name: 'no ingress', resource: group([]) },
    {
      name: 'web ports from anywhere',
      resource: group([{ protocol: 'tcp', fromPort: 443, toPort: 443, ...anywhere4 }]),
    },
    {
      name: 'a narrow range',
      resource: group([{ protocol: 'tcp', fromPort: 8000, toPort: 8100, ...anywhere6 }]),
    },
    {
      name: 'all traffic from the VPC CIDR',
      resource: group([{ protocol: '-1', ipv4Ranges: ['10.0.0.0/16'] }]),
    },
    {
      name: 'all traffic from a peer group',
      resource: group([{ protocol: '-1', sourceGroupIds: ['sg-peer'] }]),
    },
    {
      name: 'all ICMP from anywhere (no ports)',
      resource: group([{ protocol: 'icmp', fromPort: -1, toPort: -1, ...anywhere4 }]),
    },
  ],
  invalid: [
    { name: 'all traffic from 0.0.0.0/0', resource: group([{ protocol: '-1', ...anywhere4 }]) },
    { name: 'all traffic from ::/0', resource: group([{ protocol: '-1', ...anywhere6 }]) },
    {
      name: 'tcp 0-65535 from anywhere',
      resource: group([{ protocol: 'tcp', fromPort: 0, toPort: 65535, ...anywhere4 }]),
    },
    {
      name: 'udp 1-65535 from ::/0',
      resource: group([{ protocol: 'udp', fromPort: 1, toPort: 65535, ...anywhere6 }]),
    },
    { name: 'tcp without ports', resource: group([{ protocol: 'tcp', ...anywhere4 }]) },
    {
      name: 'ephemeral range from anywhere',
      resource: group([{ protocol: 'tcp', fromPort: 1024, toPort: 65535, ...anywhere4 }]),
    },
    {
      name: 'a range of 1024 ports',
      resource: group([{ protocol: 'udp', fromPort: 10000, toPort: 11023, ...anywhere4 }]),
    },
  ],
  notAssessed: [{ name: 'ingress unknown', resource: group(undefined) }],
});
