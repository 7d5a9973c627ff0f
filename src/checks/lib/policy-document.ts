import type { PolicyDocument, PolicyStatement } from '../../inventory/base.js';

export function asList(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

export function statementsOf(doc: PolicyDocument): readonly PolicyStatement[] {
  return Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement as PolicyStatement];
}

/** An Allow of every action on every resource (`"Action": "*"`, `"Resource": "*"`). */
export function allowsFullAdmin(statement: PolicyStatement): boolean {
  return (
    statement.Effect === 'Allow' &&
    statement.NotAction === undefined &&
    asList(statement.Action).some((a) => a === '*' || a === '*:*') &&
    asList(statement.Resource).includes('*')
  );
}

/** Principals a statement names, flattened to "Kind:value" pairs; '*' alone stays '*'. */
export function principalsOf(statement: PolicyStatement): readonly string[] {
  const principal = statement.Principal;
  if (principal === undefined) return [];
  if (principal === '*') return ['*'];
  return Object.entries(principal).flatMap(([kind, values]) =>
    asList(values).map((v) => (v === '*' ? '*' : `${kind}:${v}`)),
  );
}

/** Condition keys that tie an otherwise open principal to known accounts, orgs or sources. */
const SCOPING_CONDITION_KEYS = [
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:resourceorgid',
  'kms:calleraccount',
  'kms:viaservice',
];

/** Whether a condition block restricts who can use the grant (so `*` is not "anyone"). */
export function conditionScopesPrincipal(statement: PolicyStatement): boolean {
  const condition = statement.Condition;
  if (!condition) return false;
  return Object.values(condition).some((block) =>
    Object.keys(block).some((key) => SCOPING_CONDITION_KEYS.includes(key.toLowerCase())),
  );
}

/** The account id in an AWS principal ('123456789012', 'arn:aws:iam::123456789012:root', a role ARN). */
export function accountOfPrincipal(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  return /^arn:aws[\w-]*:iam::(\d{12}):/.exec(value)?.[1];
}

/**
 * Allow statements that grant to anyone ('*' without a scoping condition) or to AWS accounts other
 * than `ownAccount`. Service principals are not third parties: they act on the owner's behalf.
 */
export function externalGrants(
  doc: PolicyDocument,
  ownAccount: string,
): { anyone: boolean; accounts: string[] } {
  let anyone = false;
  const accounts = new Set<string>();
  for (const statement of statementsOf(doc)) {
    if (statement.Effect !== 'Allow') continue;
    for (const principal of principalsOf(statement)) {
      if (principal === '*' || principal === 'AWS:*') {
        if (!conditionScopesPrincipal(statement)) anyone = true;
        continue;
      }
      if (!principal.startsWith('AWS:')) continue;
      const account = accountOfPrincipal(principal.slice(4));
      if (account && account !== ownAccount) accounts.add(account);
    }
  }
  return { anyone, accounts: [...accounts].sort() };
}
