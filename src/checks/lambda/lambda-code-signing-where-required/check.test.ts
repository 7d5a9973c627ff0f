import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const CSC = 'arn:aws:lambda:eu-west-1:111122223333:code-signing-config:csc-0123456789abcdef0';
const signing = {
  version: 1 as const,
  classification: { requirements: { confidential: { codeSigning: true } } },
};
const confidential = { DataClassification: 'confidential' };

testCheck(check, {
  valid: [
    {
      name: 'not asked by the default policy',
      resource: resource('LambdaFunction', { codeSigningConfigArn: null }),
    },
    {
      name: 'signed where asked',
      resource: resource('LambdaFunction', { codeSigningConfigArn: CSC, tags: confidential }),
      policy: signing,
    },
    {
      name: 'a lower level than the policy asks for',
      resource: resource('LambdaFunction', { codeSigningConfigArn: null }),
      policy: signing,
    },
  ],
  invalid: [
    {
      name: 'restricted data unsigned (the default policy asks)',
      resource: resource('LambdaFunction', {
        codeSigningConfigArn: null,
        tags: { DataClassification: 'restricted' },
      }),
    },
    {
      name: 'unsigned where asked',
      resource: resource('LambdaFunction', { codeSigningConfigArn: null, tags: confidential }),
      policy: signing,
    },
  ],
  notAssessed: [
    { name: 'unknown', resource: resource('LambdaFunction', { tags: confidential }), policy: signing },
  ],
  notApplicable: [
    { name: 'container image', resource: resource('LambdaFunction', { packageType: 'Image' }) },
  ],
});
