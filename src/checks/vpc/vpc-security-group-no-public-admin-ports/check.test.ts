import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const group = (ingress: unknown[] | undefined, extra: Record<string, unknown> = {}) =>
  resource('SecurityGroup', { groupId: 'sg-0a1b2c', vpcId: 'vpc-1', isDefault: false, ingress, ...extra });
const tcp = (fromPort: number, toPort: number, sources: Record<string, string[]>) => ({
  protocol: 'tcp',
  fromPort,
  toPort,
  ...sources,
});
const anywhere4 = { ipv4Ranges: ['0.0.0.0/0'] };
const anywhere6 = { ipv6Ranges: ['::/0'] };

testCheck(check, {
  valid: [
    { name: 'no ingress', resource: group([]) },
    { name: 'HTTPS from anywhere', resource: group([tcp(443, 443, anywhere4), tcp(80, 80, anywhere6)]) },
    { name: 'SSH from a known CIDR', resource: group([tcp(22, 22, { ipv4Ranges: ['203.0.113.0/24'] })]) },
    {
      name: 'RDP from another security group',
      resource: group([tcp(3389, 3389, { sourceGroupIds: ['sg-bastion'] })]),
    },
    { name: 'SSH from a prefix list', resource: group([tcp(22, 22, { prefixListIds: ['pl-0123'] })]) },
    {
      name: 'ICMP type 22 is not port 22',
      resource: group([{ protocol: 'icmp', fromPort: 22, toPort: 0, ...anywhere4 }]),
    },
    { name: 'range just above SSH', resource: group([tcp(23, 3388, anywhere4)]) },
  ],
  invalid: [
    {
      name: 'ingress unknown, but a rule known to be there opens SSH',
      resource: group(undefined, { ingressAtLeast: [tcp(22, 22, anywhere4)] }),
    },
    { name: 'SSH from 0.0.0.0/0', resource: group([tcp(22, 22, anywhere4)]) },
    { name: 'SSH from ::/0', resource: group([tcp(22, 22, anywhere6)]) },
    { name: 'RDP from 0.0.0.0/0', resource: group([tcp(3389, 3389, anywhere4)]) },
    {
      name: 'RDP over UDP from ::/0',
      resource: group([{ protocol: 'udp', fromPort: 3389, toPort: 3389, ...anywhere6 }]),
    },
    { name: 'WinRM over HTTPS from anywhere', resource: group([tcp(5986, 5986, anywhere4)]) },
    { name: 'range 0-1024 includes SSH', resource: group([tcp(0, 1024, anywhere4)]) },
    { name: 'all traffic (-1) from anywhere', resource: group([{ protocol: '-1', ...anywhere4 }]) },
    { name: 'tcp with no ports given', resource: group([{ protocol: 'tcp', ...anywhere6 }]) },
    {
      name: 'protocol number 6',
      resource: group([{ protocol: '6', fromPort: 22, toPort: 22, ...anywhere4 }]),
    },
    {
      name: 'internet CIDR mixed with a private one',
      resource: group([tcp(22, 22, { ipv4Ranges: ['10.0.0.0/8', '0.0.0.0/0'] })]),
    },
    { name: 'unattached group', resource: group([tcp(22, 22, anywhere4)], { attachmentCount: 0 }) },
  ],
  notAssessed: [
    { name: 'ingress unknown', resource: group(undefined) },
    {
      name: 'ingress unknown, the known rules open nothing',
      resource: group(undefined, { ingressAtLeast: [tcp(443, 443, anywhere4)] }),
    },
  ],
});
