import type { AnyCheck } from '../check.js';
import elbListenerModernTlsPolicy from './elb-listener-modern-tls-policy/check.js';
import elbListenerTls from './elb-listener-tls/check.js';

export const checks: AnyCheck[] = [elbListenerTls, elbListenerModernTlsPolicy];
