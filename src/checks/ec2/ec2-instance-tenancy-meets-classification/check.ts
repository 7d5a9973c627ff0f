import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { isGone } from '../instance-state.js';

const TENANCY_NAMES = {
  default: 'shared hardware (default tenancy)',
  dedicated: 'a dedicated instance',
  host: 'a dedicated host',
} as const;

export default defineCheck({
  id: 'ec2-instance-tenancy-meets-classification',
  title: "EC2 instances run on single-tenant hardware when their data's classification requires it",
  service: 'ec2',
  duty: 'ec2.isolation.tenancy-meets-classification',
  severity: 'high',
  resourceTypes: ['Ec2Instance'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Relaunch the instance with dedicated tenancy (or on a dedicated host), e.g. from an AMI with --placement Tenancy=dedicated, or lower its data classification if it was tagged wrongly.',
    cloudformation: 'Tenancy: dedicated',
    terraform: 'tenancy = "dedicated"',
  },
  /*
   * When the policy does not require dedicated hardware this passes rather than skipping: the
   * customer's tenant-isolation duty on EC2 is choosing the tenancy the data needs, and that choice
   * was checked and found adequate. A skip would leave the matrix cell without evidence.
   */
  evaluate(instance, ctx) {
    if (isGone(instance)) return null;
    const level = ctx.classificationOf(instance);
    const required = ctx.requirementsFor(instance).dedicatedTenancy;
    if (instance.tenancy === undefined) return notAssessed('the tenancy of the instance is unknown');
    const evidence = { tenancy: instance.tenancy, classification: level, dedicatedTenancyRequired: required };
    const runsOn = TENANCY_NAMES[instance.tenancy];
    if (!required) {
      return pass(`the instance runs on ${runsOn}; shared tenancy is acceptable for ${level} data`, evidence);
    }
    if (instance.tenancy === 'default') {
      return fail(
        `${level} data requires single-tenant hardware, but the instance runs on ${runsOn}`,
        evidence,
      );
    }
    return pass(`the instance runs on ${runsOn}, as ${level} data requires`, evidence);
  },
});
