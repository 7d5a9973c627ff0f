import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { kindTitle, listenerName, terminatesTls } from '../listeners.js';
import { isBelow, oldestProtocol } from '../tls-policies.js';

export default defineCheck({
  id: 'elb-listener-modern-tls-policy',
  title: 'Load balancer TLS listeners refuse TLS 1.0 and 1.1',
  service: 'elb',
  duty: 'elb.in-transit.modern-tls-policy',
  severity: 'medium',
  resourceTypes: ['LoadBalancer'],
  frameworks: { 'aws-fsbp': ['ELB.8'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      "Set the listener's security policy to one that accepts TLS 1.2 or later only, such as " +
      'ELBSecurityPolicy-TLS13-1-2-Res-2021-06 (or its post-quantum successor) on Application and Network Load ' +
      'Balancers, or ELBSecurityPolicy-TLS-1-2-2017-01 on Classic Load Balancers.',
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    cloudformation: 'SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    terraform: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"',
  },
  evaluate(lb) {
    if (lb.kind === 'gateway') return null;
    if (lb.listeners === undefined) return notAssessed('the load balancer’s listeners are unknown');
    const tlsListeners = lb.listeners.filter(terminatesTls);
    // Without a listener that terminates TLS there is no security policy to judge.
    if (tlsListeners.length === 0) return null;

    const judged = tlsListeners.map((listener) => {
      const policy = listener.sslPolicy;
      return {
        listener: listenerName(listener),
        policy,
        oldest: policy ? oldestProtocol(policy) : undefined,
      };
    });
    const evidence = { listeners: judged };
    const weak = judged.filter((j) => j.oldest && isBelow(j.oldest, 'TLSv1.2'));
    if (weak.length > 0) {
      return fail(
        `${kindTitle(lb)} accepts protocols older than TLS 1.2: ${weak
          .map((j) => `${j.listener} uses ${j.policy} (from ${j.oldest})`)
          .join('; ')}`,
        evidence,
      );
    }
    const noPolicy = judged.filter((j) => !j.policy);
    if (noPolicy.length > 0) {
      return notAssessed(`the security policy of ${noPolicy.map((j) => j.listener).join(', ')} is unknown`);
    }
    const unknown = judged.filter((j) => !j.oldest);
    if (unknown.length > 0) {
      return notAssessed(
        `demarc does not know which protocols ${unknown.map((j) => `${j.policy} (${j.listener})`).join(', ')} ` +
          'accepts; custom policies must be reviewed by hand',
      );
    }
    return pass(
      `every TLS listener of the ${kindTitle(lb)} accepts TLS 1.2 or later only: ${judged
        .map((j) => `${j.listener} ${j.policy} (from ${j.oldest})`)
        .join(', ')}`,
      evidence,
    );
  },
});
