import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { isGone } from '../../ec2/instance-state.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineCheck({
  id: 'ssm-instance-patch-compliance',
  title: 'Systems Manager managed instances are patch compliant',
  service: 'ssm',
  duty: 'ssm.patching.patch-compliance',
  severity: 'high',
  resourceTypes: ['Ec2Instance'],
  frameworks: { 'aws-fsbp': ['SSM.2'] },
  iac: {
    cloudformation: { never: 'patch compliance is running state, known only after launch' },
    terraform: { never: 'patch compliance is running state, known only after launch' },
  },
  remediation: {
    text: 'Run AWS-RunPatchBaseline (Scan, then Install) on a schedule through Patch Manager or a maintenance window, and fix the patches that fail to install.',
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<instance> --parameters Operation=Install',
  },
  evaluate(instance, ctx) {
    if (isGone(instance)) return null;
    // Unmanaged instances cannot be patch-scanned; ssm-instance-managed reports them.
    if (instance.ssmManaged === false) return null;
    const compliance = instance.patchCompliance;
    if (compliance === undefined) return notAssessed('the patch compliance of the instance is unknown');
    if (compliance === null) {
      return fail('the instance is managed by Systems Manager but has never been patch-scanned');
    }
    const evidence = {
      status: compliance.status,
      missingCount: compliance.missingCount,
      failedCount: compliance.failedCount,
      criticalMissingCount: compliance.criticalMissingCount,
      lastOperationAt: compliance.lastOperationAt,
    };
    const problems: string[] = [];
    if (compliance.missingCount > 0) {
      const critical = compliance.criticalMissingCount
        ? ` (${compliance.criticalMissingCount} critical)`
        : '';
      problems.push(
        `${compliance.missingCount} missing patch${compliance.missingCount === 1 ? '' : 'es'}${critical}`,
      );
    }
    if (compliance.failedCount > 0) {
      problems.push(`${compliance.failedCount} failed patch${compliance.failedCount === 1 ? '' : 'es'}`);
    }
    if (compliance.status === 'NON_COMPLIANT' || problems.length > 0) {
      const detail = problems.length > 0 ? problems.join(', ') : 'no counts reported';
      return fail(`the instance is NON_COMPLIANT with its patch baseline: ${detail}`, evidence);
    }
    return pass(
      `the instance is COMPLIANT with its patch baseline${scanAge(compliance.lastOperationAt, ctx.now)}`,
      evidence,
    );
  },
});

/** " (last scanned 3 days ago)", so a reader can judge how fresh "compliant" is. */
function scanAge(lastOperationAt: string | undefined, now: Date): string {
  if (lastOperationAt === undefined) return '';
  const at = Date.parse(lastOperationAt);
  if (Number.isNaN(at)) return '';
  const days = Math.max(0, Math.floor((now.getTime() - at) / DAY_MS));
  return ` (last patch operation ${days} day${days === 1 ? '' : 's'} ago)`;
}
