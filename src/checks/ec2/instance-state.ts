import type { Ec2Instance } from '../../inventory/kinds/ec2.js';

/** Terminated or terminating: nothing left to judge. */
export function isGone(instance: Ec2Instance): boolean {
  return instance.state === 'terminated' || instance.state === 'shutting-down';
}

/** Stopped or between states: in-guest agents (SSM) cannot check in, so their silence proves nothing. */
export function isNotRunning(instance: Ec2Instance): boolean {
  return instance.state === 'stopped' || instance.state === 'stopping' || instance.state === 'pending';
}
