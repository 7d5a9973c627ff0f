import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand as CreateClassicCommand,
  CreateLoadBalancerPolicyCommand,
  ElasticLoadBalancingClient,
  SetLoadBalancerPoliciesOfListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  ModifyLoadBalancerAttributesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { IAMClient, UploadServerCertificateCommand } from '@aws-sdk/client-iam';
import { classicSslPolicy, elbCollector } from '../../src/sources/aws/collectors/elb.js';
import { collectAws, type LiveScan } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, callRecorder, findingOf, judge, named, verdicts } from './regional-support.js';

const REGION = 'eu-west-1';

/** moto accepts any PEM text for a server certificate; only the ARN matters to the listener. */
const FAKE_PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----';

async function seed() {
  const ec2 = new EC2Client({ region: REGION });
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.50.0.0/16' }))).Vpc?.VpcId as string;
  const subnet = async (cidr: string, az: string) =>
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: az }))).Subnet
      ?.SubnetId as string;
  const subnets = [await subnet('10.50.1.0/24', `${REGION}a`), await subnet('10.50.2.0/24', `${REGION}b`)];
  const cert = await new IAMClient({ region: REGION }).send(
    new UploadServerCertificateCommand({
      ServerCertificateName: 'web',
      CertificateBody: FAKE_PEM,
      PrivateKey: '-----BEGIN PRIVATE KEY-----\nfake\n-----END PRIVATE KEY-----',
    }),
  );
  const certArn = cert.ServerCertificateMetadata?.Arn as string;

  const elbv2 = new ElasticLoadBalancingV2Client({ region: REGION });
  const targets = await elbv2.send(
    new CreateTargetGroupCommand({
      Name: 'web',
      Protocol: 'HTTP',
      Port: 80,
      VpcId: vpc,
      TargetType: 'instance',
    }),
  );
  const forward = [{ Type: 'forward' as const, TargetGroupArn: targets.TargetGroups?.[0]?.TargetGroupArn }];
  const alb = async (name: string, tags: Record<string, string> = {}) =>
    (
      await elbv2.send(
        new CreateLoadBalancerCommand({
          Name: name,
          Subnets: subnets,
          Scheme: 'internet-facing',
          Type: 'application',
          Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      )
    ).LoadBalancers?.[0]?.LoadBalancerArn as string;

  // Plain HTTP and HTTPS that still accepts TLS 1.0.
  const weak = await alb('weak-alb');
  await elbv2.send(
    new CreateListenerCommand({ LoadBalancerArn: weak, Protocol: 'HTTP', Port: 80, DefaultActions: forward }),
  );
  await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: weak,
      Protocol: 'HTTPS',
      Port: 443,
      SslPolicy: 'ELBSecurityPolicy-2016-08',
      Certificates: [{ CertificateArn: certArn }],
      DefaultActions: forward,
    }),
  );

  // HTTP redirects to HTTPS; HTTPS accepts TLS 1.2 and later; access logs on.
  const strong = await alb('strong-alb', { DataClassification: 'confidential', team: 'web' });
  await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: strong,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: [
        { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } },
      ],
    }),
  );
  await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: strong,
      Protocol: 'HTTPS',
      Port: 443,
      SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      Certificates: [{ CertificateArn: certArn }],
      DefaultActions: forward,
    }),
  );
  await elbv2.send(
    new ModifyLoadBalancerAttributesCommand({
      LoadBalancerArn: strong,
      Attributes: [
        { Key: 'access_logs.s3.enabled', Value: 'true' },
        { Key: 'access_logs.s3.bucket', Value: 'lb-logs' },
      ],
    }),
  );

  // A classic load balancer with HTTP and an HTTPS listener on a pre-POODLE policy (SSL 3.0).
  const elb = new ElasticLoadBalancingClient({ region: REGION });
  await elb.send(
    new CreateClassicCommand({
      LoadBalancerName: 'legacy-clb',
      Subnets: subnets,
      Listeners: [
        { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 },
        {
          Protocol: 'HTTPS',
          LoadBalancerPort: 443,
          InstanceProtocol: 'HTTP',
          InstancePort: 80,
          SSLCertificateId: certArn,
        },
      ],
    }),
  );
  await elb.send(
    new CreateLoadBalancerPolicyCommand({
      LoadBalancerName: 'legacy-clb',
      PolicyName: 'legacy-negotiation',
      PolicyTypeName: 'SSLNegotiationPolicyType',
      PolicyAttributes: [
        { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-2014-01' },
      ],
    }),
  );
  await elb.send(
    new SetLoadBalancerPoliciesOfListenerCommand({
      LoadBalancerName: 'legacy-clb',
      LoadBalancerPort: 443,
      PolicyNames: ['legacy-negotiation'],
    }),
  );
  return { vpc, weak, strong };
}

describe('live ELB collector against moto', () => {
  let live: LiveScan;
  const calls = callRecorder();
  let seeded: Awaited<ReturnType<typeof seed>>;

  motoForSuite();
  before(async () => {
    seeded = await seed();
    live = await collectAws({ regions: [REGION], maxAttempts: 2, onCall: calls.onCall }, [elbCollector]);
  });

  it('only reads: every request is a Describe, Get or List', () => {
    calls.assertReadOnly();
  });

  it('reads without gaps; resources are schema-valid', () => {
    assert.deepEqual(live.inventory.gaps, []);
    assertValid(live.inventory);
  });

  it('maps application load balancers: listeners, redirect, policy, access logs, tags', () => {
    const weak = named(live.inventory, 'LoadBalancer', 'weak-alb');
    assert.equal(weak.id, seeded.weak);
    assert.equal(weak.kind, 'application');
    assert.equal(weak.scheme, 'internet-facing');
    assert.equal(weak.vpcId, seeded.vpc);
    assert.deepEqual(
      [...(weak.listeners ?? [])].sort((a, b) => a.port - b.port),
      [
        { port: 80, protocol: 'HTTP', redirectsToHttps: false },
        { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08' },
      ],
    );
    // moto leaves the attribute out until it is set: AWS's default (off) is taken and marked.
    assert.equal(weak.accessLogsEnabled, false);
    assert.deepEqual(weak.defaults, ['accessLogsEnabled']);
    const strong = named(live.inventory, 'LoadBalancer', 'strong-alb');
    assert.ok(strong.listeners?.some((l) => l.port === 80 && l.redirectsToHttps === true));
    assert.equal(strong.accessLogsEnabled, true);
    assert.deepEqual(strong.tags, { DataClassification: 'confidential', team: 'web' });
  });

  it('maps classic load balancers, resolving the SSL negotiation policy to its predefined policy', () => {
    const legacy = named(live.inventory, 'LoadBalancer', 'legacy-clb');
    assert.equal(legacy.kind, 'classic');
    assert.equal(legacy.id, `arn:aws:elasticloadbalancing:${REGION}:123456789012:loadbalancer/legacy-clb`);
    assert.deepEqual(
      [...(legacy.listeners ?? [])].sort((a, b) => a.port - b.port),
      [
        { port: 80, protocol: 'HTTP' },
        { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2014-01' },
      ],
    );
  });

  it('gives the checks their verdicts through the engine', () => {
    const result = judge(live.inventory);
    const expect = verdicts(result);
    expect('elb-listener-tls', 'weak-alb', 'fail');
    expect('elb-listener-tls', 'strong-alb', 'pass');
    expect('elb-listener-tls', 'legacy-clb', 'fail');
    expect('elb-listener-modern-tls-policy', 'weak-alb', 'fail');
    expect('elb-listener-modern-tls-policy', 'strong-alb', 'pass');
    expect('elb-listener-modern-tls-policy', 'legacy-clb', 'fail');
    assert.match(findingOf(result, 'elb-listener-modern-tls-policy', 'legacy-clb').reason, /SSLv3/);
  });
});

describe('classic SSL policy resolution', () => {
  it('names a custom negotiation policy by itself, so the check reports it for review', () => {
    const listener = {
      Listener: { Protocol: 'HTTPS', LoadBalancerPort: 443, InstancePort: 80 },
      PolicyNames: ['mine'],
    };
    const custom = [
      {
        PolicyName: 'mine',
        PolicyTypeName: 'SSLNegotiationPolicyType',
        PolicyAttributeDescriptions: [{ AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' }],
      },
    ];
    assert.equal(classicSslPolicy(listener, custom), 'mine');
    assert.equal(classicSslPolicy(listener, []), undefined);
  });
});
