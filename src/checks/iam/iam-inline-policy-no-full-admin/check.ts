import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { fullAdminStatements } from '../admin-statements.js';

export default defineCheck({
  id: 'iam-inline-policy-no-full-admin',
  title: 'IAM inline policies do not allow full administrative access',
  service: 'iam',
  duty: 'iam.identity.no-full-admin-inline',
  severity: 'high',
  resourceTypes: ['IamUser', 'IamGroup', 'IamRole'],
  // FSBP IAM.1 looks only at customer managed policies, and no FSBP control covers inline admin grants.
  frameworks: { 'cis-aws-3.0': ['1.16'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Delete the inline policy and grant the identity the actions and resources it needs through a reviewed, least-privilege managed policy (IAM Access Analyzer can generate one from CloudTrail activity).',
    cli: 'aws iam delete-role-policy --role-name <role> --policy-name <policy> # delete-user-policy / delete-group-policy for users and groups',
  },
  evaluate(identity) {
    const kind = identity.type.slice(3).toLowerCase();
    const inline = identity.inlinePolicies;
    if (inline === undefined)
      return notAssessed(`the inline policies of ${kind} ${identity.name} are unknown`);
    // Managed policies are judged as IamPolicy resources; with no inline policy there is nothing here to judge.
    if (inline.length === 0) return null;
    const offending = inline.flatMap((p) => {
      const statements = p.document ? fullAdminStatements(p.document) : [];
      return statements.length > 0 ? [{ policy: p.name, statements }] : [];
    });
    // One admin grant is enough to fail; a pass needs every document known.
    const unreadable = inline.filter((p) => p.document === undefined).map((p) => p.name);
    if (offending.length === 0 && unreadable.length > 0) {
      return notAssessed(
        `what inline ${unreadable.length === 1 ? 'policy' : 'policies'} ${unreadable.join(', ')} of ${kind} ${identity.name} ${unreadable.length === 1 ? 'allows' : 'allow'} is unknown`,
      );
    }
    if (offending.length === 0) {
      return pass(`no inline policy of ${kind} ${identity.name} allows every action on every resource`);
    }
    const list = offending.map((o) => `${o.policy} (statement ${o.statements.join(', ')})`);
    return fail(
      `${kind} ${identity.name} has inline policies that allow every action on every resource: ${list.join('; ')}`,
      { policies: offending },
    );
  },
});
