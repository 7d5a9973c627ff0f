import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'lambda-code-signing-where-required',
  title: 'Lambda functions verify code signatures when their data classification requires signed code',
  service: 'lambda',
  duty: 'lambda.application.code-signing-where-required',
  severity: 'medium',
  resourceTypes: ['LambdaFunction'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Create a code signing configuration with your AWS Signer profile (untrusted artifacts: Enforce) and attach it to ' +
      'the function, then deploy only packages signed by that profile.',
    cli: 'aws lambda put-function-code-signing-config --function-name <function> --code-signing-config-arn <csc-arn>',
    cloudformation: 'CodeSigningConfigArn: !Ref CodeSigningConfig',
    terraform: 'code_signing_config_arn = aws_lambda_code_signing_config.this.arn',
  },
  evaluate(fn, ctx) {
    // Lambda verifies signatures of .zip packages only.
    if (fn.packageType === 'Image') return null;
    const level = ctx.classificationOf(fn);
    const required = ctx.requirementsFor(fn).codeSigning;
    if (fn.codeSigningConfigArn === undefined)
      return notAssessed('whether the function has a code signing configuration is unknown');
    const evidence = {
      codeSigningConfigArn: fn.codeSigningConfigArn,
      classification: level,
      codeSigningRequired: required,
    };
    if (fn.codeSigningConfigArn !== null) {
      return pass(`the function verifies code signatures (${fn.codeSigningConfigArn})`, evidence);
    }
    if (!required)
      return pass(
        `the function has no code signing, which the policy does not ask of ${level} data`,
        evidence,
      );
    return fail(
      `the policy requires signed code for ${level} data, but the function has no code signing configuration`,
      evidence,
    );
  },
});
