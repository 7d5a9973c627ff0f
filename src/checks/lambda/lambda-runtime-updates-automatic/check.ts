import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'lambda-runtime-updates-automatic',
  title: 'Lambda functions take runtime security patches (runtime update mode is not Manual)',
  service: 'lambda',
  duty: 'lambda.patching.runtime-updates-automatic',
  severity: 'medium',
  resourceTypes: ['LambdaFunction'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'pass-only' },
  remediation: {
    text:
      'Set the runtime update mode to Auto (or FunctionUpdate): in Manual mode the function stays pinned to one ' +
      'runtime version, and AWS’s patches to the runtime no longer reach it.',
    cli: 'aws lambda put-runtime-management-config --function-name <function> --update-runtime-on Auto',
    cloudformation: 'RuntimeManagementConfig:\n  UpdateRuntimeOn: Auto',
  },
  // Terraform cannot set the mode, so a function it creates keeps the default (Auto): pass-only.
  evaluate(fn) {
    if (fn.packageType === 'Image') return null;
    if (fn.runtimeUpdateMode === undefined)
      return notAssessed('the function’s runtime update mode is unknown');
    const evidence = { runtimeUpdateMode: fn.runtimeUpdateMode };
    if (fn.runtimeUpdateMode === 'Manual') {
      return fail(
        'the runtime update mode is Manual: the function is pinned to one runtime version and patching it is the customer’s duty',
        evidence,
      );
    }
    const how = fn.runtimeUpdateMode === 'Auto' ? 'automatically' : 'at each function update';
    return pass(
      `the runtime update mode is ${fn.runtimeUpdateMode}: AWS's runtime patches reach the function ${how}`,
      evidence,
    );
  },
});
