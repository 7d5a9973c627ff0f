import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'running and managed',
      resource: resource('Ec2Instance', { state: 'running', ssmManaged: true }),
    },
    {
      name: 'stopped but registered',
      resource: resource('Ec2Instance', { state: 'stopped', ssmManaged: true }),
    },
    { name: 'managed, state unknown', resource: resource('Ec2Instance', { ssmManaged: true }) },
  ],
  invalid: [
    {
      name: 'running and unmanaged',
      resource: resource('Ec2Instance', { state: 'running', ssmManaged: false }),
    },
    {
      name: 'unmanaged, state unknown',
      resource: resource('Ec2Instance', { ssmManaged: false, instanceProfileArn: null }),
    },
  ],
  notAssessed: [
    { name: 'management unknown', resource: resource('Ec2Instance', { state: 'running' }) },
    {
      name: 'stopped and unregistered',
      resource: resource('Ec2Instance', { state: 'stopped', ssmManaged: false }),
    },
    { name: 'still pending', resource: resource('Ec2Instance', { state: 'pending', ssmManaged: false }) },
  ],
  notApplicable: [
    { name: 'terminated', resource: resource('Ec2Instance', { state: 'terminated', ssmManaged: false }) },
    { name: 'shutting down', resource: resource('Ec2Instance', { state: 'shutting-down' }) },
  ],
});
