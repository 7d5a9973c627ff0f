import { z } from 'zod';
import { resourceSchema } from '../base.js';

export const ListenerSchema = z.strictObject({
  port: z.number().int(),
  /** HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, SSL (classic). */
  protocol: z.string(),
  sslPolicy: z.string().optional(),
  /** For HTTP listeners: the default action redirects to HTTPS. */
  redirectsToHttps: z.boolean().optional(),
});
export type Listener = z.infer<typeof ListenerSchema>;

export const LoadBalancerSchema = resourceSchema('LoadBalancer', {
  kind: z.enum(['application', 'network', 'gateway', 'classic']),
  scheme: z.enum(['internet-facing', 'internal']).optional(),
  vpcId: z.string().optional(),
  listeners: z.array(ListenerSchema).optional(),
  accessLogsEnabled: z.boolean().optional(),
});
export type LoadBalancer = z.infer<typeof LoadBalancerSchema>;
