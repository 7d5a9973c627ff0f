import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const vpc = (flowLogs: unknown[] | undefined) => resource('Vpc', { vpcId: 'vpc-1', flowLogs });

testCheck(check, {
  valid: [
    { name: 'ALL traffic', resource: vpc([{ id: 'fl-1', trafficType: 'ALL', active: true }]) },
    { name: 'REJECT traffic', resource: vpc([{ id: 'fl-1', trafficType: 'REJECT', active: true }]) },
    {
      name: 'one inactive, one active',
      resource: vpc([
        { id: 'fl-1', trafficType: 'ALL', active: false },
        { id: 'fl-2', trafficType: 'REJECT', active: true },
      ]),
    },
  ],
  invalid: [
    { name: 'no flow log', resource: vpc([]) },
    { name: 'only an inactive flow log', resource: vpc([{ id: 'fl-1', trafficType: 'ALL', active: false }]) },
    { name: 'ACCEPT only', resource: vpc([{ id: 'fl-1', trafficType: 'ACCEPT', active: true }]) },
    {
      name: 'active ACCEPT, inactive REJECT',
      resource: vpc([
        { id: 'fl-1', trafficType: 'ACCEPT', active: true },
        { id: 'fl-2', trafficType: 'REJECT', active: false },
      ]),
    },
  ],
  notAssessed: [{ name: 'flow logs unknown', resource: vpc(undefined) }],
});
