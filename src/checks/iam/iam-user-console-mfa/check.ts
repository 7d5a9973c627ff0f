import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'iam-user-console-mfa',
  title: 'IAM users with a console password have MFA',
  service: 'iam',
  duty: 'iam.identity.console-mfa',
  severity: 'high',
  resourceTypes: ['IamUser'],
  frameworks: { 'cis-aws-3.0': ['1.10'], 'aws-fsbp': ['IAM.5'] },
  // cloudformation: an MFA device is enabled by its user after deployment.
  // terraform: an MFA device is enabled by its user, with codes, after apply.
  iac: { cloudformation: 'fail-only', terraform: 'fail-only' },
  remediation: {
    text: 'Assign an MFA device to the user (or remove the console password if the user does not sign in); better, move people to IAM Identity Center with MFA enforced.',
    cli: 'aws iam delete-login-profile --user-name <user> # when the user does not sign in to the console',
  },
  evaluate(user) {
    if (user.consoleAccess === undefined)
      return notAssessed('whether the user has a console password is unknown');
    // Without a password there is no console sign-in for MFA to protect.
    if (!user.consoleAccess) return null;
    if (user.mfaActive === undefined) return notAssessed(`whether user ${user.name} has MFA is unknown`);
    if (!user.mfaActive)
      return fail(`user ${user.name} can sign in to the console with a password alone (no MFA)`);
    return pass(`user ${user.name} signs in to the console with MFA`);
  },
});
