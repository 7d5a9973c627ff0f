import type { Listener, LoadBalancer } from '../../../inventory/kinds/elb.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { kindTitle, listenerName, terminatesTls } from '../listeners.js';

/**
 * Ports whose protocol is cleartext by convention (HTTP and its usual alternates, FTP, Telnet, DNS,
 * TFTP, MQTT, AMQP). A TCP or UDP listener elsewhere may carry TLS the targets terminate, which the
 * load balancer cannot show.
 */
const CLEARTEXT_PORTS: ReadonlyMap<number, string> = new Map([
  [21, 'FTP'],
  [23, 'Telnet'],
  [53, 'DNS'],
  [69, 'TFTP'],
  [80, 'HTTP'],
  [1883, 'MQTT'],
  [5672, 'AMQP'],
  [8000, 'HTTP'],
  [8008, 'HTTP'],
  [8080, 'HTTP'],
  [8888, 'HTTP'],
]);

type ListenerVerdict = { listener: string; status: 'encrypted' | 'cleartext' | 'unknown'; why: string };

export default defineCheck({
  id: 'elb-listener-tls',
  title: 'Load balancer listeners encrypt traffic in transit',
  service: 'elb',
  duty: 'elb.in-transit.listeners-use-tls',
  severity: 'high',
  resourceTypes: ['LoadBalancer'],
  frameworks: { 'aws-fsbp': ['ELB.1', 'ELB.3'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Serve clients over HTTPS or TLS listeners with an ACM certificate. On an Application Load Balancer, ' +
      "make the HTTP listener's default action a redirect to HTTPS (HTTP_301); on a Classic Load Balancer, " +
      'replace HTTP/TCP listeners with HTTPS/SSL ones; on a Network Load Balancer, use TLS listeners or make ' +
      'sure the targets terminate TLS.',
    cli: "aws elbv2 modify-listener --listener-arn <http-listener-arn> --default-actions 'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}'",
    cloudformation:
      'Port: 80\nProtocol: HTTP\nDefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Protocol: HTTPS\n      Port: "443"\n      StatusCode: HTTP_301',
    terraform:
      'port     = 80\nprotocol = "HTTP"\ndefault_action {\n  type = "redirect"\n  redirect {\n    protocol    = "HTTPS"\n    port        = "443"\n    status_code = "HTTP_301"\n  }\n}',
  },
  evaluate(lb, ctx) {
    // Gateway Load Balancers pass packets to appliances inside GENEVE; they have no client protocol.
    if (lb.kind === 'gateway') return null;
    const requirement = ctx.requirementsFor(lb).encryptionInTransit;
    const level = ctx.classificationOf(lb);
    if (lb.scheme !== 'internet-facing' && !requirement) {
      if (lb.scheme === undefined) {
        return notAssessed(
          `whether the load balancer is internet-facing is unknown, and the policy requires TLS only on the ` +
            `internet for ${level} data`,
        );
      }
      return pass(
        `internal load balancer, and the policy does not require encryption in transit for ${level} data`,
      );
    }
    if (lb.listeners === undefined) return notAssessed('the load balancer’s listeners are unknown');
    const where =
      lb.scheme === 'internet-facing'
        ? 'internet-facing'
        : `${lb.scheme ?? 'scheme unknown'}; the policy requires TLS for ${level} data`;
    if (lb.listeners.length === 0) return pass(`the ${kindTitle(lb)} has no listeners (${where})`);

    const verdicts = lb.listeners.map((l) => judgeListener(lb, l));
    const evidence = { scheme: lb.scheme, listeners: verdicts };
    const cleartext = verdicts.filter((v) => v.status === 'cleartext');
    if (cleartext.length > 0) {
      return fail(
        `${kindTitle(lb)} (${where}) accepts unencrypted traffic: ${cleartext.map((v) => `${v.listener} ${v.why}`).join('; ')}`,
        evidence,
      );
    }
    const unknown = verdicts.filter((v) => v.status === 'unknown');
    if (unknown.length > 0) {
      return notAssessed(
        `${kindTitle(lb)} (${where}): cannot tell whether ${unknown.map((v) => `${v.listener} ${v.why}`).join('; ')}`,
      );
    }
    return pass(
      `every listener of the ${kindTitle(lb)} (${where}) uses TLS or redirects to HTTPS: ${verdicts.map((v) => v.listener).join(', ')}`,
      evidence,
    );
  },
});

function judgeListener(lb: LoadBalancer, listener: Listener): ListenerVerdict {
  const name = listenerName(listener);
  const protocol = listener.protocol.toUpperCase();
  if (terminatesTls(listener)) return { listener: name, status: 'encrypted', why: 'terminates TLS' };
  // QUIC carries TLS 1.3 inside the protocol.
  if (protocol === 'QUIC') return { listener: name, status: 'encrypted', why: 'QUIC (TLS 1.3 built in)' };
  if (protocol === 'HTTP') {
    if (lb.kind === 'classic') return { listener: name, status: 'cleartext', why: 'serves plain HTTP' };
    if (listener.redirectsToHttps === undefined) {
      return { listener: name, status: 'unknown', why: 'redirects to HTTPS (its default action is unknown)' };
    }
    return listener.redirectsToHttps
      ? { listener: name, status: 'encrypted', why: 'redirects to HTTPS' }
      : { listener: name, status: 'cleartext', why: 'serves plain HTTP without redirecting to HTTPS' };
  }
  if (protocol === 'TCP' || protocol === 'UDP' || protocol === 'TCP_UDP' || protocol === 'TCP_QUIC') {
    // FSBP ELB.3: a Classic Load Balancer should terminate TLS itself rather than pass TCP through.
    if (lb.kind === 'classic') {
      return { listener: name, status: 'cleartext', why: 'passes TCP through without terminating TLS' };
    }
    const cleartext = CLEARTEXT_PORTS.get(listener.port);
    if (cleartext)
      return { listener: name, status: 'cleartext', why: `carries ${cleartext}, a cleartext protocol` };
    return {
      listener: name,
      status: 'unknown',
      why: `is encrypted: the load balancer passes ${protocol} through and only the targets know`,
    };
  }
  return {
    listener: name,
    status: 'unknown',
    why: `is encrypted: protocol ${listener.protocol} is not known to demarc`,
  };
}
