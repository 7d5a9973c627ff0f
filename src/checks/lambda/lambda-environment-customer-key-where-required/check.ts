import { CUSTODY_TITLES, custodyRank } from '../../../model/custody.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { custodyOf } from '../../lib/custody.js';

export default defineCheck({
  id: 'lambda-environment-customer-key-where-required',
  title: 'Lambda environment variables use the key custody their data classification requires',
  service: 'lambda',
  duty: 'lambda.keys.customer-key-where-required',
  severity: 'medium',
  resourceTypes: ['LambdaFunction'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Encrypt the function’s environment variables with a customer managed KMS key (KMSKeyArn) and let the ' +
      'execution role use it (kms:Decrypt).',
    cli: 'aws lambda update-function-configuration --function-name <function> --kms-key-arn <key-arn>',
    cloudformation: 'KmsKeyArn: !GetAtt FunctionKey.Arn',
    terraform: 'kms_key_arn = aws_kms_key.function.arn',
  },
  evaluate(fn, ctx) {
    // Without variables there is nothing for the key to protect.
    if (fn.environment !== undefined && fn.environment.length === 0) return null;
    const required = ctx.requirementsFor(fn).minKeyCustody;
    const level = ctx.classificationOf(fn);
    // Lambda always encrypts variables, with aws/lambda at least.
    if (custodyRank(required) <= custodyRank('aws-managed')) {
      return pass(
        `Lambda encrypts environment variables with aws/lambda or stronger, which meets '${required}' for ${level} data`,
        {
          requiredCustody: required,
        },
      );
    }
    if (required === 'client-side') {
      return notAssessed(
        `${level} data needs client-side encryption, which happens in code and cannot be seen on the function`,
      );
    }
    const custody = custodyOf(fn, ctx);
    if ('unknown' in custody) return notAssessed(custody.unknown);
    const evidence = { kmsKeyArn: fn.kmsKeyArn, custody: custody.level, required };
    if (custodyRank(custody.level) < custodyRank(required)) {
      return fail(
        `${custody.reason}; ${level} data needs ${CUSTODY_TITLES[required]} custody or stronger`,
        evidence,
      );
    }
    return pass(`${custody.reason}, which meets what ${level} data needs`, evidence);
  },
});
