import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const lb = (kind: string, listeners: unknown[] | undefined) =>
  resource('LoadBalancer', { kind, scheme: 'internet-facing', listeners });
const https = (sslPolicy?: string) => ({ port: 443, protocol: 'HTTPS', ...(sslPolicy && { sslPolicy }) });

testCheck(check, {
  valid: [
    {
      name: 'TLS 1.3/1.2 policy',
      resource: lb('application', [https('ELBSecurityPolicy-TLS13-1-2-2021-06')]),
    },
    { name: 'TLS 1.3 only', resource: lb('application', [https('ELBSecurityPolicy-TLS13-1-3-2021-06')]) },
    {
      name: 'post-quantum restricted policy',
      resource: lb('application', [https('ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09')]),
    },
    {
      name: 'FIPS policy on an NLB TLS listener',
      resource: lb('network', [
        { port: 443, protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04' },
      ]),
    },
    {
      name: 'forward-secrecy TLS 1.2 policy',
      resource: lb('application', [https('ELBSecurityPolicy-FS-1-2-Res-2020-10')]),
    },
    {
      name: 'classic TLS 1.2 policy on HTTPS and SSL listeners',
      resource: lb('classic', [
        https('ELBSecurityPolicy-TLS-1-2-2017-01'),
        { port: 993, protocol: 'SSL', sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
      ]),
    },
    {
      name: 'HTTP redirect listener is not judged',
      resource: lb('application', [
        { port: 80, protocol: 'HTTP', redirectsToHttps: true },
        https('ELBSecurityPolicy-TLS-1-2-Ext-2018-06'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'API/CLI default 2016-08 (TLS 1.0)',
      resource: lb('application', [https('ELBSecurityPolicy-2016-08')]),
    },
    { name: 'TLS 1.1 floor', resource: lb('application', [https('ELBSecurityPolicy-TLS-1-1-2017-01')]) },
    {
      name: 'TLS13 family from 1.0',
      resource: lb('application', [https('ELBSecurityPolicy-TLS13-1-0-2021-06')]),
    },
    {
      name: 'TLS13 family from 1.1',
      resource: lb('network', [
        { port: 443, protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-1-2021-06' },
      ]),
    },
    {
      name: 'forward secrecy from TLS 1.0',
      resource: lb('application', [https('ELBSecurityPolicy-FS-2018-06')]),
    },
    { name: 'classic policy with SSL 3.0', resource: lb('classic', [https('ELBSecurityPolicy-2011-08')]) },
    {
      name: 'one weak listener among strong ones',
      resource: lb('application', [
        https('ELBSecurityPolicy-TLS13-1-2-2021-06'),
        { port: 8443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS-1-0-2015-04' },
      ]),
    },
    {
      name: 'weak listener wins over an unknown policy',
      resource: lb('classic', [
        https('my-custom-policy'),
        { port: 8443, protocol: 'SSL', sslPolicy: 'ELBSecurityPolicy-2016-08' },
      ]),
    },
  ],
  notAssessed: [
    { name: 'listeners unknown', resource: lb('application', undefined) },
    { name: 'security policy unknown', resource: lb('application', [https()]) },
    { name: 'custom classic policy', resource: lb('classic', [https('my-custom-policy')]) },
    {
      name: 'policy name demarc does not know',
      resource: lb('application', [https('ELBSecurityPolicy-2030-01')]),
    },
  ],
  notApplicable: [
    {
      name: 'HTTP only',
      resource: lb('application', [{ port: 80, protocol: 'HTTP', redirectsToHttps: false }]),
    },
    { name: 'TCP pass-through only', resource: lb('network', [{ port: 443, protocol: 'TCP' }]) },
    { name: 'Gateway Load Balancer', resource: resource('LoadBalancer', { kind: 'gateway', listeners: [] }) },
  ],
});
