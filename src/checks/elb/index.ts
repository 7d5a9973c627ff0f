import type { AnyCheck } from '../check.js';
import elbListenerModernTlsPolicy from './elb-listener-modern-tls-policy.js';
import elbListenerTls from './elb-listener-tls.js';

export const checks: AnyCheck[] = [elbListenerTls, elbListenerModernTlsPolicy];
