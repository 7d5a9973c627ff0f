import { z } from 'zod';
import { defineKind } from '../kind.js';

const ListenerSchema = z.strictObject({
  port: z.number().int(),
  /** HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, SSL (classic). */
  protocol: z.string(),
  sslPolicy: z.string().optional(),
  /** For HTTP listeners: the default action redirects to HTTPS. */
  redirectsToHttps: z.boolean().optional(),
});
export type Listener = z.infer<typeof ListenerSchema>;

/** Classic load balancers and v2 ones (application, network, gateway) have different ASFF types. */
const ELB_ASFF = (id: string): string =>
  /:loadbalancer\/(app|net|gwy)\//.test(id) ? 'AwsElbv2LoadBalancer' : 'AwsElbLoadBalancer';

export const loadBalancerKind = defineKind({
  type: 'LoadBalancer',
  service: 'elb',
  traits: { scope: 'regional', data: 'handles' },
  asffType: ELB_ASFF,
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    kind: z.enum(['application', 'network', 'gateway', 'classic']),
    scheme: z.enum(['internet-facing', 'internal']).optional(),
    vpcId: z.string().optional(),
    listeners: z.array(ListenerSchema).optional(),
    accessLogsEnabled: z.boolean().optional(),
  },
});
const LoadBalancerSchema = loadBalancerKind.schema;
export type LoadBalancer = z.infer<typeof LoadBalancerSchema>;
