import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { RUNTIME_DEPRECATION, SOON_DAYS } from '../runtimes.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineCheck({
  id: 'lambda-runtime-supported',
  title: 'Lambda functions run on a runtime that is not deprecated or about to be',
  service: 'lambda',
  duty: 'lambda.patching.supported-runtime',
  severity: 'high',
  resourceTypes: ['LambdaFunction'],
  frameworks: { 'aws-fsbp': ['Lambda.2'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Move the function to a supported runtime of its language (e.g. nodejs22.x, python3.13), test it, and deploy; ' +
      'a deprecated runtime gets no security patches and soon blocks updates to the function.',
    cli: 'aws lambda update-function-configuration --function-name <function> --runtime python3.13',
    cloudformation: 'Runtime: python3.13',
    terraform: 'runtime = "python3.13"',
  },
  evaluate(fn, ctx) {
    // A container image brings its own runtime, which no Lambda setting shows.
    if (fn.packageType === 'Image') return null;
    if (fn.runtime === undefined) return notAssessed('the function’s runtime is unknown');
    const date = RUNTIME_DEPRECATION[fn.runtime];
    if (date === undefined) {
      return notAssessed(
        `runtime ${fn.runtime} is not in demarc’s table of Lambda runtime deprecation dates`,
      );
    }
    const days = Math.floor((Date.parse(`${date}T00:00:00Z`) - ctx.now.getTime()) / DAY_MS);
    const evidence = { runtime: fn.runtime, deprecation: date };
    if (days <= 0) {
      return fail(`runtime ${fn.runtime} was deprecated on ${date}: Lambda no longer patches it`, evidence);
    }
    if (days <= SOON_DAYS) {
      return fail(
        `runtime ${fn.runtime} is deprecated on ${date}, in ${days} days (within ${SOON_DAYS}): plan the move now`,
        evidence,
      );
    }
    return pass(`runtime ${fn.runtime} is supported until ${date}`, evidence);
  },
});
