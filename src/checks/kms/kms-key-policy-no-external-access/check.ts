import type { PolicyStatement } from '../../../inventory/base.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { conditionScopesPrincipal, externalGrants, statementsOf } from '../../lib/policy-document.js';

/** Condition keys whose values name the accounts allowed to call, under an open principal. */
const CALLER_ACCOUNT_KEYS = ['kms:calleraccount', 'aws:principalaccount'];

export default defineCheck({
  id: 'kms-key-policy-no-external-access',
  title: 'Customer managed KMS key policies grant no access to anyone or to other accounts',
  service: 'kms',
  duty: 'kms.keys.policy-no-external-access',
  severity: 'high',
  resourceTypes: ['KmsKey'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: "Remove Allow statements for Principal '*' (or scope them with kms:CallerAccount / aws:PrincipalOrgID) and for principals of other AWS accounts from the key policy; share data by re-encrypting it, or use grants that you track.",
  },
  evaluate(key) {
    // AWS writes and maintains the policies of AWS managed keys.
    if (key.manager === 'AWS') return null;
    if (key.policy === undefined) return notAssessed('the key policy is unknown');
    const own = key.account;
    const grants = externalGrants(key.policy, own);
    const accounts = new Set(grants.accounts);
    let anyone = grants.anyone;
    const statements: string[] = [];
    for (const [index, statement] of statementsOf(key.policy).entries()) {
      if (statement.Effect !== 'Allow') continue;
      const single = externalGrants({ Statement: statement }, own);
      const openByNotPrincipal = statement.NotPrincipal !== undefined && !conditionScopesPrincipal(statement);
      const scope = callerScope(statement);
      const conditioned = scope.accounts.filter((a) => a !== own);
      if (openByNotPrincipal || scope.open) anyone = true;
      for (const account of conditioned) accounts.add(account);
      const external = single.anyone || single.accounts.length > 0 || conditioned.length > 0;
      if (external || openByNotPrincipal || scope.open) {
        statements.push(statement.Sid ?? `#${index + 1}`);
      }
    }
    const external = [...accounts].sort();
    if (!anyone && external.length > 0 && !/^\d{12}$/.test(own)) {
      // A template read without its account: the named accounts may well be the key's own.
      return notAssessed(
        `the key policy names accounts ${external.join(', ')}, but the key's own account is unknown (for a template: --parameter AWS::AccountId=…)`,
      );
    }
    if (!anyone && external.length === 0) {
      return pass('the key policy grants use of the key only within its own account and to AWS services');
    }
    const who = [
      anyone && "anyone (Principal '*' or NotPrincipal without a condition that limits the caller)",
      external.length > 0 && `other AWS accounts ${external.join(', ')}`,
    ].filter(Boolean);
    return fail(`third parties can use your key: the key policy allows ${who.join(' and ')}`, {
      anyone,
      accounts: external,
      statements,
    });
  },
});

/**
 * What the caller-account conditions of a statement open to '*' allow: the accounts they name,
 * and whether they leave it open anyway (a wildcard value, or only a negated match such as
 * StringNotEquals kms:CallerAccount, which admits every other account).
 */
function callerScope(statement: PolicyStatement): { accounts: string[]; open: boolean } {
  const principal = statement.Principal;
  const openPrincipal =
    principal === '*' || (principal !== undefined && Object.values(principal).flat().includes('*'));
  if (!openPrincipal || !statement.Condition) return { accounts: [], open: false };
  const accounts: string[] = [];
  let open = false;
  const blocks = Object.entries(statement.Condition);
  const conditionKeyCount = blocks.reduce((n, [, block]) => n + Object.keys(block).length, 0);
  for (const [operator, block] of blocks) {
    for (const [conditionKey, value] of Object.entries(block)) {
      if (!CALLER_ACCOUNT_KEYS.includes(conditionKey.toLowerCase())) continue;
      const values = (Array.isArray(value) ? value : [value]).map(String);
      if (operator.includes('Not')) {
        if (conditionKeyCount === 1) open = true;
        continue;
      }
      if (values.some((v) => v.includes('*'))) open = true;
      accounts.push(...values.filter((v) => /^\d{12}$/.test(v)));
    }
  }
  return { accounts, open };
}
