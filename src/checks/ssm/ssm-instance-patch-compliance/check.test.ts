import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const managed = (patchCompliance: unknown) =>
  resource('Ec2Instance', { state: 'running', ssmManaged: true, patchCompliance });

testCheck(check, {
  valid: [
    {
      name: 'compliant',
      resource: managed({
        status: 'COMPLIANT',
        missingCount: 0,
        failedCount: 0,
        lastOperationAt: '2026-10-30T02:00:00Z',
      }),
    },
    {
      name: 'compliant, management state not read',
      resource: resource('Ec2Instance', {
        patchCompliance: { status: 'COMPLIANT', missingCount: 0, failedCount: 0 },
      }),
    },
  ],
  invalid: [
    {
      name: 'missing critical patches',
      resource: managed({
        status: 'NON_COMPLIANT',
        missingCount: 4,
        failedCount: 0,
        criticalMissingCount: 2,
      }),
    },
    {
      name: 'failed installs',
      resource: managed({ status: 'NON_COMPLIANT', missingCount: 0, failedCount: 1 }),
    },
    {
      name: 'non-compliant without counts',
      resource: managed({ status: 'NON_COMPLIANT', missingCount: 0, failedCount: 0 }),
    },
    {
      name: 'counts contradict COMPLIANT',
      resource: managed({ status: 'COMPLIANT', missingCount: 3, failedCount: 0 }),
    },
    { name: 'never scanned', resource: managed(null) },
    {
      name: 'stopped with a failing last scan',
      resource: resource('Ec2Instance', {
        state: 'stopped',
        ssmManaged: true,
        patchCompliance: { status: 'NON_COMPLIANT', missingCount: 1, failedCount: 0 },
      }),
    },
  ],
  notAssessed: [
    { name: 'compliance unknown', resource: resource('Ec2Instance', { state: 'running', ssmManaged: true }) },
  ],
  notApplicable: [
    {
      name: 'not managed by SSM',
      resource: resource('Ec2Instance', { state: 'running', ssmManaged: false }),
    },
    { name: 'terminated', resource: resource('Ec2Instance', { state: 'terminated', ssmManaged: true }) },
  ],
});
