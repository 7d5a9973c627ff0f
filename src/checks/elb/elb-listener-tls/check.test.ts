import type { z } from 'zod';
import { resource, testCheck } from '../../../../test/helpers/checks.js';
import { PolicySchema } from '../../../policy/policy.js';
import check from './check.js';

/** A policy from its input form (the schema fills the defaults). */
const policy = (input: Omit<z.input<typeof PolicySchema>, 'version'>) =>
  PolicySchema.parse({ version: 1, ...input });

const alb = (
  scheme: string | undefined,
  listeners: unknown[] | undefined,
  tags: Record<string, string> = {},
) => resource('LoadBalancer', { kind: 'application', scheme, listeners, tags });
const https443 = { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' };
const relaxedTransit = policy({
  classification: {
    requirements: { public: { encryptionInTransit: false }, internal: { encryptionInTransit: false } },
  },
});

testCheck(check, {
  valid: [
    { name: 'internet-facing ALB with HTTPS only', resource: alb('internet-facing', [https443]) },
    {
      name: 'ALB whose HTTP listener redirects to HTTPS',
      resource: alb('internet-facing', [{ port: 80, protocol: 'HTTP', redirectsToHttps: true }, https443]),
    },
    {
      name: 'NLB with a TLS listener',
      resource: resource('LoadBalancer', {
        kind: 'network',
        scheme: 'internet-facing',
        listeners: [{ port: 443, protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }],
      }),
    },
    {
      name: 'classic load balancer with HTTPS and SSL listeners',
      resource: resource('LoadBalancer', {
        kind: 'classic',
        scheme: 'internet-facing',
        listeners: [
          { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
          { port: 8443, protocol: 'SSL' },
        ],
      }),
    },
    { name: 'internal ALB with HTTPS (TLS required by default)', resource: alb('internal', [https443]) },
    {
      name: 'internal ALB with plain HTTP where the policy does not require TLS',
      resource: alb('internal', [{ port: 80, protocol: 'HTTP', redirectsToHttps: false }]),
      policy: relaxedTransit,
    },
    { name: 'load balancer without listeners', resource: alb('internet-facing', []) },
  ],
  invalid: [
    {
      name: 'internet-facing ALB serving plain HTTP',
      resource: alb('internet-facing', [{ port: 80, protocol: 'HTTP', redirectsToHttps: false }, https443]),
    },
    {
      name: 'internal ALB serving plain HTTP to confidential data',
      resource: alb('internal', [{ port: 80, protocol: 'HTTP', redirectsToHttps: false }], {
        DataClassification: 'confidential',
      }),
    },
    {
      name: 'internet-facing ALB with plain HTTP even under a relaxed policy',
      resource: alb('internet-facing', [{ port: 8080, protocol: 'HTTP', redirectsToHttps: false }]),
      policy: relaxedTransit,
    },
    {
      name: 'classic HTTP listener (classic cannot redirect)',
      resource: resource('LoadBalancer', {
        kind: 'classic',
        scheme: 'internet-facing',
        listeners: [{ port: 80, protocol: 'HTTP' }],
      }),
    },
    {
      name: 'classic TCP pass-through on 443',
      resource: resource('LoadBalancer', {
        kind: 'classic',
        scheme: 'internet-facing',
        listeners: [{ port: 443, protocol: 'TCP' }],
      }),
    },
    {
      name: 'NLB TCP on port 80',
      resource: resource('LoadBalancer', {
        kind: 'network',
        scheme: 'internet-facing',
        listeners: [{ port: 80, protocol: 'TCP' }],
      }),
    },
    {
      name: 'NLB plain DNS over UDP 53',
      resource: resource('LoadBalancer', {
        kind: 'network',
        scheme: 'internet-facing',
        listeners: [{ port: 53, protocol: 'udp' }],
      }),
    },
    {
      name: 'cleartext listener wins over unknown ones',
      resource: resource('LoadBalancer', {
        kind: 'network',
        scheme: 'internet-facing',
        listeners: [
          { port: 443, protocol: 'TCP' },
          { port: 80, protocol: 'TCP' },
        ],
      }),
    },
  ],
  notAssessed: [
    { name: 'listeners unknown', resource: alb('internet-facing', undefined) },
    {
      name: 'HTTP listener whose default action is unknown',
      resource: alb('internet-facing', [{ port: 80, protocol: 'HTTP' }]),
    },
    {
      name: 'NLB TCP pass-through on 443 (TLS up to the targets)',
      resource: resource('LoadBalancer', {
        kind: 'network',
        scheme: 'internet-facing',
        listeners: [{ port: 443, protocol: 'TCP' }],
      }),
    },
    {
      name: 'NLB TCP on a database port',
      resource: resource('LoadBalancer', {
        kind: 'network',
        scheme: 'internal',
        listeners: [{ port: 5432, protocol: 'TCP' }],
      }),
    },
    {
      name: 'scheme unknown under a policy that does not require TLS internally',
      resource: alb(undefined, [{ port: 80, protocol: 'HTTP', redirectsToHttps: false }]),
      policy: relaxedTransit,
    },
  ],
  notApplicable: [
    {
      name: 'Gateway Load Balancer',
      resource: resource('LoadBalancer', {
        kind: 'gateway',
        listeners: [{ port: 6081, protocol: 'GENEVE' }],
      }),
    },
  ],
});
