import type { Listener, LoadBalancer } from '../../inventory/kinds/elb.js';

/** A listener as `HTTPS:443`, for reasons and evidence. */
export function listenerName(listener: Listener): string {
  return `${listener.protocol.toUpperCase()}:${listener.port}`;
}

/** Protocols on which the load balancer itself terminates TLS (SSL is the classic name for TLS). */
const TLS_TERMINATING = new Set(['HTTPS', 'TLS', 'SSL']);

export function terminatesTls(listener: Listener): boolean {
  return TLS_TERMINATING.has(listener.protocol.toUpperCase());
}

const KIND_TITLES: Record<LoadBalancer['kind'], string> = {
  application: 'Application Load Balancer',
  network: 'Network Load Balancer',
  gateway: 'Gateway Load Balancer',
  classic: 'Classic Load Balancer',
};

export function kindTitle(lb: LoadBalancer): string {
  return KIND_TITLES[lb.kind];
}
