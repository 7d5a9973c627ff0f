import type { PolicyStatement } from '../../../inventory/base.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import {
  accountOfPrincipal,
  conditionScopesPrincipal,
  principalsOf,
  statementsOf,
} from '../../lib/policy-document.js';

export default defineCheck({
  id: 'lambda-function-policy-not-public',
  title: 'Lambda function policies allow neither anyone nor other accounts to invoke',
  service: 'lambda',
  duty: 'lambda.identity.policy-not-public',
  severity: 'critical',
  resourceTypes: ['LambdaFunction'],
  frameworks: { 'aws-fsbp': ['Lambda.1'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Remove permissions for Principal "*" and for other accounts from the function policy, and scope permissions ' +
      'for AWS services with SourceAccount and SourceArn so only your own bucket, topic or API can invoke.',
    cli: 'aws lambda remove-permission --function-name <function> --statement-id <sid>',
    cloudformation:
      'Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: s3.amazonaws.com\n  SourceAccount: !Ref AWS::AccountId\n  SourceArn: !GetAtt Bucket.Arn',
    terraform:
      'resource "aws_lambda_permission" "s3" {\n  action         = "lambda:InvokeFunction"\n  function_name  = aws_lambda_function.this.function_name\n  principal      = "s3.amazonaws.com"\n  source_account = data.aws_caller_identity.current.account_id\n  source_arn     = aws_s3_bucket.this.arn\n}',
  },
  evaluate(fn) {
    if (fn.resourcePolicy === undefined)
      return notAssessed('the function’s resource-based policy is unknown');
    if (fn.resourcePolicy === null)
      return pass('the function has no resource-based policy', { statements: 0 });
    const open: string[] = [];
    const accounts = new Set<string>();
    let anyone = false;
    for (const [index, statement] of statementsOf(fn.resourcePolicy).entries()) {
      if (statement.Effect !== 'Allow') continue;
      const found = grantsOf(statement, fn.account);
      for (const a of found.accounts) accounts.add(a);
      anyone ||= found.anyone;
      if (found.anyone || found.accounts.length > 0) open.push(statement.Sid ?? `#${index + 1}`);
    }
    const evidence = { statements: open, anyone, accounts: [...accounts].sort() };
    if (open.length === 0) {
      return pass(
        'the function policy grants only to this account and to AWS services scoped to its sources',
        evidence,
      );
    }
    const others = accounts.size > 0 ? `other accounts (${[...accounts].sort().join(', ')})` : '';
    const who = anyone ? (others ? `anyone and ${others}` : 'anyone') : others;
    return fail(
      `statement ${open.join(', ')} of the function policy lets ${who} invoke or change the function`,
      evidence,
    );
  },
});

/**
 * Who one Allow statement reaches beyond the owner: '*' or an AWS service without a condition that
 * names the source (any account's bucket or topic could then invoke), or principals of other accounts.
 */
function grantsOf(statement: PolicyStatement, own: string): { anyone: boolean; accounts: string[] } {
  const scoped = conditionScopesPrincipal(statement);
  let anyone = statement.NotPrincipal !== undefined && !scoped;
  const accounts: string[] = [];
  for (const principal of principalsOf(statement)) {
    if (principal === '*' || principal === 'AWS:*' || principal.startsWith('Service:')) {
      if (!scoped) anyone = true;
      continue;
    }
    if (!principal.startsWith('AWS:')) continue;
    const account = accountOfPrincipal(principal.slice(4));
    if (account && account !== own) accounts.push(account);
  }
  return { anyone, accounts };
}
