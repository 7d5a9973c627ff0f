import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'iam-user-policies-via-groups',
  title: 'IAM users receive permissions only through groups',
  service: 'iam',
  duty: 'iam.identity.policies-via-groups',
  severity: 'low',
  resourceTypes: ['IamUser'],
  frameworks: { 'cis-aws-3.0': ['1.15'], 'aws-fsbp': ['IAM.2'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Attach the policies to a group (or a role the user assumes), add the user to it, then detach the managed policies from the user and delete its inline policies.',
    cli: 'aws iam add-user-to-group --group-name <group> --user-name <user> && aws iam detach-user-policy --user-name <user> --policy-arn <policy-arn>',
    cloudformation:
      'Groups:\n  - !Ref Developers # on the AWS::IAM::User, with no Policies or ManagedPolicyArns',
    terraform:
      'resource "aws_iam_user_group_membership" "this" {\n  user   = aws_iam_user.this.name\n  groups = [aws_iam_group.developers.name]\n}',
  },
  evaluate(user) {
    const attached = user.attachedPolicyArns;
    const inline = user.inlinePolicies?.map((p) => p.name);
    // Either list alone is enough to fail; a pass needs both known to be empty.
    if (attached?.length || inline?.length) {
      const parts = [
        attached?.length ? `managed ${attached.join(', ')}` : undefined,
        inline?.length ? `inline ${inline.join(', ')}` : undefined,
      ].filter((p) => p !== undefined);
      return fail(`user ${user.name} has policies of its own: ${parts.join('; ')}`, {
        attachedPolicyArns: attached ?? [],
        inlinePolicies: inline ?? [],
      });
    }
    if (attached === undefined)
      return notAssessed(`the managed policies attached to user ${user.name} are unknown`);
    if (inline === undefined) return notAssessed(`the inline policies of user ${user.name} are unknown`);
    return pass(`user ${user.name} has no policies of its own`);
  },
});
