import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'lambda-function-url-auth-required',
  title: 'Lambda function URLs require IAM authentication',
  service: 'lambda',
  duty: 'lambda.identity.function-url-auth',
  severity: 'high',
  resourceTypes: ['LambdaFunction'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Set the function URL’s auth type to AWS_IAM and grant lambda:InvokeFunctionUrl to the callers that need it; ' +
      'if the URL must be public, put it behind CloudFront with a WAF and authenticate in the function.',
    cli: 'aws lambda update-function-url-config --function-name <function> --auth-type AWS_IAM',
    cloudformation:
      'Type: AWS::Lambda::Url\nProperties:\n  AuthType: AWS_IAM\n  TargetFunctionArn: !GetAtt Function.Arn',
    terraform:
      'resource "aws_lambda_function_url" "this" {\n  function_name      = aws_lambda_function.this.function_name\n  authorization_type = "AWS_IAM"\n}',
  },
  evaluate(fn) {
    if (fn.publicUrl === undefined)
      return notAssessed('whether the function has a URL without authentication is unknown');
    if (fn.publicUrl) {
      return fail(
        'the function has a URL with auth type NONE: anyone on the internet who knows the URL can invoke it',
        { urlAuthType: 'NONE' },
      );
    }
    return pass('the function has no URL without authentication', { publicUrl: false });
  },
});
