import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { fullAdminStatements } from '../admin-statements.js';

export default defineCheck({
  id: 'iam-policy-no-full-admin',
  title: 'Customer managed IAM policies do not allow full administrative access',
  service: 'iam',
  duty: 'iam.identity.no-full-admin-policies',
  severity: 'high',
  resourceTypes: ['IamPolicy'],
  frameworks: { 'cis-aws-3.0': ['1.16'], 'aws-fsbp': ['IAM.1'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Replace the "Action": "*" on "Resource": "*" statement with the actions and resources the principals need (IAM Access Analyzer can generate a policy from CloudTrail activity), then detach and delete the admin policy.',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn <policy-arn> && aws iam delete-policy --policy-arn <policy-arn>',
  },
  evaluate(policy) {
    // AWS managed policies (AdministratorAccess among them) are AWS's to write; who gets them is judged elsewhere.
    if (policy.managedBy === 'aws') return null;
    if (policy.document === undefined) return notAssessed(`the document of policy ${policy.name} is unknown`);
    const statements = fullAdminStatements(policy.document);
    if (statements.length === 0)
      return pass(`policy ${policy.name} does not allow every action on every resource`);
    const count = policy.attachmentCount;
    // An unattached admin policy grants nothing today but is one attach away from doing so.
    const attached =
      count === undefined
        ? ''
        : count === 0
          ? ' (not attached yet)'
          : ` and is attached to ${count} ${count === 1 ? 'identity' : 'identities'}`;
    return fail(
      `policy ${policy.name} allows every action on every resource in statement ${statements.join(', ')}${attached}`,
      { statements, attachmentCount: count },
    );
  },
});
