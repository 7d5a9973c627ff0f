import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SecurityGroupRuleSchema } from '../../inventory/kinds/ec2.js';
import {
  ADMIN_PORTS,
  broadInternetExposure,
  describeRule,
  internetExposures,
  internetSourcesOf,
  isInternetCidr,
  portRangeOf,
  protocolOf,
} from './network.js';

const rule = (props: Record<string, unknown>) => SecurityGroupRuleSchema.parse(props);

describe('security group rule analysis', () => {
  it('normalizes protocol names and numbers', () => {
    assert.equal(protocolOf(rule({ protocol: '-1' })), 'all');
    assert.equal(protocolOf(rule({ protocol: 'ALL' })), 'all');
    assert.equal(protocolOf(rule({ protocol: '6' })), 'tcp');
    assert.equal(protocolOf(rule({ protocol: 'TCP' })), 'tcp');
    assert.equal(protocolOf(rule({ protocol: '17' })), 'udp');
    assert.equal(protocolOf(rule({ protocol: '58' })), 'icmpv6');
    assert.equal(protocolOf(rule({ protocol: '50' })), '50');
  });

  it('reads port ranges: -1 and missing bounds are open, ICMP and ESP carry none', () => {
    assert.deepEqual(portRangeOf(rule({ protocol: '-1' })), { from: 0, to: 65535 });
    assert.deepEqual(portRangeOf(rule({ protocol: 'tcp' })), { from: 0, to: 65535 });
    assert.deepEqual(portRangeOf(rule({ protocol: 'tcp', fromPort: -1, toPort: -1 })), {
      from: 0,
      to: 65535,
    });
    assert.deepEqual(portRangeOf(rule({ protocol: 'tcp', fromPort: 1024 })), { from: 1024, to: 65535 });
    assert.deepEqual(portRangeOf(rule({ protocol: 'udp', fromPort: 53, toPort: 53 })), { from: 53, to: 53 });
    // ICMP type 22 / code 0 is not TCP port 22.
    assert.equal(portRangeOf(rule({ protocol: 'icmp', fromPort: 22, toPort: 0 })), null);
    assert.equal(portRangeOf(rule({ protocol: '50' })), null);
  });

  it('treats only /0 prefixes as the internet', () => {
    assert.equal(isInternetCidr('0.0.0.0/0'), true);
    assert.equal(isInternetCidr('::/0'), true);
    assert.equal(isInternetCidr('0::0/0'), true);
    assert.equal(isInternetCidr('0.0.0.0/1'), false);
    assert.equal(isInternetCidr('10.0.0.0/8'), false);
    assert.equal(isInternetCidr('2001:db8::/32'), false);
    assert.equal(isInternetCidr('0.0.0.0'), false);
    assert.equal(isInternetCidr('0.0.0.0/'), false);
    const r = rule({ protocol: 'tcp', ipv4Ranges: ['0.0.0.0/0', '10.0.0.0/8'], ipv6Ranges: ['::/0'] });
    assert.deepEqual(internetSourcesOf(r), ['0.0.0.0/0', '::/0']);
  });

  it('finds admin ports inside ranges, all-traffic rules and IPv6 sources', () => {
    const rules = [
      rule({ protocol: 'tcp', fromPort: 0, toPort: 1000, ipv6Ranges: ['::/0'] }),
      rule({ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'] }),
      rule({ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['203.0.113.0/24'] }),
      rule({ protocol: 'tcp', fromPort: 3389, toPort: 3389, sourceGroupIds: ['sg-1'] }),
      rule({ protocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: ['0.0.0.0/0'] }),
    ];
    const exposures = internetExposures(rules, ADMIN_PORTS);
    assert.deepEqual(
      exposures.map((e) => `${e.port} ${e.cidrs.join(',')} ${e.rule}`),
      [
        '22 ::/0 tcp 0-1000',
        '22 0.0.0.0/0 all traffic',
        '3389 0.0.0.0/0 all traffic',
        '5985 0.0.0.0/0 all traffic',
        '5986 0.0.0.0/0 all traffic',
      ],
    );
  });

  it('describes rules briefly', () => {
    assert.equal(describeRule(rule({ protocol: '-1' })), 'all traffic');
    assert.equal(describeRule(rule({ protocol: 'tcp', fromPort: 22, toPort: 22 })), 'tcp 22');
    assert.equal(describeRule(rule({ protocol: '6', fromPort: 1, toPort: 65535 })), 'tcp all ports');
    assert.equal(describeRule(rule({ protocol: 'udp', fromPort: 1024, toPort: 65535 })), 'udp 1024-65535');
    assert.equal(describeRule(rule({ protocol: 'icmp', fromPort: 8, toPort: 0 })), 'icmp');
    assert.equal(describeRule(rule({ protocol: '47' })), 'protocol 47');
  });

  it('grades broad internet exposure', () => {
    const open = { ipv4Ranges: ['0.0.0.0/0'] };
    assert.equal(broadInternetExposure(rule({ protocol: '-1', ...open }))?.breadth, 'all-traffic');
    assert.equal(
      broadInternetExposure(rule({ protocol: 'tcp', fromPort: 0, toPort: 65535, ...open }))?.breadth,
      'all-ports',
    );
    assert.equal(broadInternetExposure(rule({ protocol: 'tcp', ...open }))?.breadth, 'all-ports');
    assert.equal(
      broadInternetExposure(rule({ protocol: 'udp', fromPort: 1024, toPort: 65535, ipv6Ranges: ['::/0'] }))
        ?.breadth,
      'wide-range',
    );
    assert.equal(
      broadInternetExposure(rule({ protocol: 'tcp', fromPort: 8000, toPort: 8100, ...open })),
      null,
    );
    assert.equal(broadInternetExposure(rule({ protocol: 'tcp', fromPort: 443, toPort: 443, ...open })), null);
    assert.equal(broadInternetExposure(rule({ protocol: '-1', ipv4Ranges: ['10.0.0.0/8'] })), null);
    assert.equal(broadInternetExposure(rule({ protocol: 'icmp', fromPort: -1, toPort: -1, ...open })), null);
  });
});
