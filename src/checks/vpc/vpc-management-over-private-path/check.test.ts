import assert from 'node:assert/strict';
import { it } from 'node:test';
import { resource, TEST_NOW, testCheck } from '../../../../test/helpers/checks.js';
import { createContext } from '../../../engine/context.js';
import { Inventory } from '../../../inventory/inventory.js';
import { DEFAULT_POLICY } from '../../../policy/policy.js';
import check from './check.js';

const vpc = (props: Record<string, unknown> = {}) =>
  resource('Vpc', { name: 'vpc-1', vpcId: 'vpc-1', transitGatewayIds: [], ...props });
const group = (groupId: string, ingress: unknown[] | undefined, extra: Record<string, unknown> = {}) =>
  resource('SecurityGroup', { name: groupId, groupId, vpcId: 'vpc-1', isDefault: false, ingress, ...extra });
const sshFromAnywhere = { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'] };
const rdpFromV6 = { protocol: 'tcp', fromPort: 3389, toPort: 3389, ipv6Ranges: ['::/0'] };
const sshFromOffice = { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['10.20.0.0/16'] };
const https = { protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'] };

const vgw = resource('VpnGateway', { name: 'vgw-1', state: 'available', attachedVpcIds: ['vpc-1'] });
const vpn = resource('VpnConnection', {
  name: 'vpn-1',
  state: 'available',
  vpnGatewayId: 'vgw-1',
  tunnelsUp: 2,
});
const vpnDown = resource('VpnConnection', {
  name: 'vpn-2',
  state: 'available',
  vpnGatewayId: 'vgw-1',
  tunnelsUp: 0,
});
const dx = resource('DirectConnectInterface', {
  name: 'dxvif-1',
  state: 'available',
  virtualGatewayId: 'vgw-1',
});
const tgwVpn = resource('VpnConnection', { name: 'vpn-3', state: 'available', transitGatewayId: 'tgw-1' });
const otherVgw = resource('VpnGateway', { name: 'vgw-2', state: 'available', attachedVpcIds: ['vpc-2'] });
const otherVpn = resource('VpnConnection', { name: 'vpn-4', state: 'available', vpnGatewayId: 'vgw-2' });

testCheck(check, {
  valid: [
    {
      name: 'admin only from the VPN CIDR, over a VPN',
      resource: vpc(),
      others: [group('sg-app', [sshFromOffice, https]), vgw, vpn],
    },
    { name: 'over Direct Connect', resource: vpc(), others: [group('sg-app', [sshFromOffice]), vgw, dx] },
    {
      name: 'over a VPN on the transit gateway',
      resource: vpc({ transitGatewayIds: ['tgw-1'] }),
      others: [group('sg-app', [sshFromOffice]), tgwVpn],
    },
    {
      name: "another template's VPC of the same logical id is another VPC",
      resource: vpc({ vpcId: 'cfn:infra/a/stack.yaml#Vpc' }),
      others: [group('sg-admin', [sshFromAnywhere], { vpcId: 'cfn:infra/b/stack.yaml#Vpc' })],
    },
    {
      name: 'no admin port exposed, no private path needed',
      resource: vpc(),
      others: [group('sg-web', [https])],
    },
    {
      name: 'only an unattached group is open',
      resource: vpc(),
      others: [group('sg-spare', [sshFromAnywhere], { attachmentCount: 0 }), group('sg-web', [https])],
    },
    {
      name: 'an open group in another VPC does not count',
      resource: vpc(),
      others: [group('sg-elsewhere', [sshFromAnywhere], { vpcId: 'vpc-2' })],
    },
    {
      name: 'gateway id given as an ARN',
      resource: vpc(),
      others: [
        group('sg-app', [sshFromOffice]),
        vgw,
        resource('VpnConnection', {
          name: 'vpn-arn',
          state: 'available',
          vpnGatewayId: 'arn:aws:ec2:eu-west-1:111122223333:vpn-gateway/vgw-1',
        }),
      ],
    },
  ],
  invalid: [
    { name: 'SSH open, no private path', resource: vpc(), others: [group('sg-app', [sshFromAnywhere])] },
    {
      name: 'RDP open on ::/0 although a VPN exists',
      resource: vpc(),
      others: [group('sg-win', [rdpFromV6]), vgw, vpn],
    },
    {
      name: 'VPN without tunnels up is not a path',
      resource: vpc(),
      others: [group('sg-app', [sshFromAnywhere]), vgw, vpnDown],
    },
    {
      name: 'a VPN into another VPC is not a path',
      resource: vpc(),
      others: [group('sg-app', [sshFromAnywhere]), otherVgw, otherVpn],
    },
    {
      name: 'an open group decides even when another group is unknown',
      resource: vpc(),
      others: [group('sg-app', [sshFromAnywhere]), group('sg-unread', undefined)],
    },
    {
      name: 'all traffic open, attachment count unknown',
      resource: vpc(),
      others: [group('sg-all', [{ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'] }])],
    },
  ],
  notAssessed: [
    {
      name: 'ingress of a group unknown',
      resource: vpc(),
      others: [group('sg-web', [https]), group('sg-unread', undefined)],
    },
  ],
});

// A failed SecurityGroup listing leaves the VPC's groups unknown, which testCheck cannot express.

it('is not assessed when security groups could not be listed in the region', () => {
  const subject = vpc();
  const inventory = new Inventory(
    [subject],
    [
      {
        account: '111122223333',
        service: 'ec2',
        region: 'eu-west-1',
        api: 'DescribeSecurityGroups',
        error: 'AccessDenied',
        resourceTypes: ['SecurityGroup'],
      },
    ],
  );
  const verdict = check.evaluate(subject as never, createContext(inventory, DEFAULT_POLICY, TEST_NOW));
  assert.equal(verdict?.status, 'not_assessed');
});

it("is judged when only another account's security groups could not be listed", () => {
  const subject = vpc();
  const gap = {
    account: '444455556666',
    service: 'ec2',
    region: 'eu-west-1',
    api: 'DescribeSecurityGroups',
    error: 'AccessDenied',
    resourceTypes: ['SecurityGroup' as const],
  };
  const verdict = check.evaluate(
    subject as never,
    createContext(new Inventory([subject], [gap]), DEFAULT_POLICY, TEST_NOW),
  );
  assert.notEqual(verdict?.status, 'not_assessed');
});
