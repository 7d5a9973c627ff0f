import type { IamGroup, IamPolicy, IamRole, IamUser } from '../../../inventory/kinds/iam.js';
import type { Attrs } from '../attrs.js';
import { isCreated, type Join, type PlannedResource, type TerraformPlan, unresolved } from '../model.js';

type NamedPolicy = NonNullable<IamUser['inlinePolicies']>[number];
type AccessKey = NonNullable<IamUser['accessKeys']>[number];

const byName = (owner: PlannedResource, value: string) => owner.attrs.str('name') === value;

/**
 * IAM users, groups, roles and customer managed policies, with what attaches to them: policy
 * attachments (per identity, and the exclusive aws_iam_policy_attachment), inline policies, group
 * memberships, login profiles and access keys. What a plan does not declare is taken as absent
 * only for an identity this apply creates; one that exists already may have more, made elsewhere.
 */
export function iamResources(plan: TerraformPlan): (IamUser | IamGroup | IamRole | IamPolicy)[] {
  const users = plan.ofType('aws_iam_user');
  const groups = plan.ofType('aws_iam_group');
  const roles = plan.ofType('aws_iam_role');
  const policies = plan.ofType('aws_iam_policy');
  const exclusive = plan.ofType('aws_iam_policy_attachment');
  const policyArn = (r: PlannedResource) => policyRef(plan, r, policies);
  const attached = (
    type: string,
    attr: string,
    owners: PlannedResource[],
    kind: 'users' | 'groups' | 'roles',
  ) => {
    const join = plan.join([type], attr, owners, byName);
    const shared = plan.join(['aws_iam_policy_attachment'], kind, owners, byName, true);
    return {
      of: (owner: PlannedResource) => [...join.of(owner), ...shared.of(owner)].map(policyArn),
      unresolved: join.unresolved.length + shared.unresolved.length > 0,
    };
  };
  const userPolicies = attached('aws_iam_user_policy_attachment', 'user', users, 'users');
  const groupPolicies = attached('aws_iam_group_policy_attachment', 'group', groups, 'groups');
  const rolePolicies = attached('aws_iam_role_policy_attachment', 'role', roles, 'roles');
  const inline = {
    user: plan.join(['aws_iam_user_policy'], 'user', users, byName),
    group: plan.join(['aws_iam_group_policy'], 'group', groups, byName),
    role: plan.join(['aws_iam_role_policy'], 'role', roles, byName),
  };
  const logins = plan.join(['aws_iam_user_login_profile'], 'user', users, byName);
  const keys = plan.join(['aws_iam_access_key'], 'user', users, byName);
  // Memberships from either side: a user's list of groups, or a group's list of users.
  const userGroups = plan.join(['aws_iam_user_group_membership'], 'user', users, byName);
  const groupUsers = plan.join(['aws_iam_group_membership'], 'group', groups, byName);

  const out: (IamUser | IamGroup | IamRole | IamPolicy)[] = [];
  for (const user of users) {
    const name = user.attrs.str('name') ?? user.address;
    const created = isCreated(user);
    // An identity that exists already may have attachments, keys or a password made outside this configuration.
    const known = <T>(value: T | undefined) => (created ? value : undefined);
    const defaults: string[] = [];
    const hasLogin = logins.of(user).length > 0;
    const consoleAccess = hasLogin ? true : logins.unresolved.length > 0 ? undefined : known(false);
    // A user created by this apply has signed in never, and no MFA device yet (Terraform cannot enable one).
    if (created) defaults.push('mfaActive');
    out.push({
      type: 'IamUser',
      ...plan.base(user, name, 'global'),
      ...(defaults.length > 0 && { defaults }),
      consoleAccess,
      mfaActive: created ? false : undefined,
      passwordLastUsed: created ? null : undefined,
      accessKeys: keys.unresolved.length > 0 ? undefined : known(accessKeysOf(keys.of(user))),
      attachedPolicyArns: userPolicies.unresolved ? undefined : atLeast(created, userPolicies.of(user)),
      inlinePolicies: known(inlinePolicies(inline.user, user)),
      groups: known(membershipsOf(user, groups, userGroups, groupUsers, name)),
    });
  }
  for (const group of groups) {
    const name = group.attrs.str('name') ?? group.address;
    const known = <T>(value: T | undefined) => (isCreated(group) ? value : undefined);
    out.push({
      type: 'IamGroup',
      ...plan.base(group, name, 'global'),
      attachedPolicyArns: groupPolicies.unresolved
        ? undefined
        : atLeast(isCreated(group), groupPolicies.of(group)),
      inlinePolicies: known(inlinePolicies(inline.group, group)),
      members: known(membersOf(group, users, userGroups, groupUsers, name)),
    });
  }
  for (const role of roles) {
    const created = isCreated(role);
    // A role that exists already: the provider reads back all its managed policies, wherever attached.
    const own =
      created || readBack(role.attrs, 'managed_policy_arns')
        ? role.attrs.strings('managed_policy_arns')
        : undefined;
    const fromAttachments = rolePolicies.unresolved ? undefined : rolePolicies.of(role);
    const inlineOwn = ownInlinePolicies(role.attrs, created);
    const inlineSeparate = inlinePolicies(inline.role, role);
    out.push({
      type: 'IamRole',
      ...plan.base(role, role.attrs.str('name') ?? role.address, 'global'),
      assumeRolePolicy: role.attrs.policy('assume_role_policy') ?? undefined,
      attachedPolicyArns: own && fromAttachments && [...new Set([...own, ...fromAttachments])],
      inlinePolicies: inlineOwn && inlineSeparate && uniqueByName([...inlineOwn, ...inlineSeparate]),
    });
  }
  for (const policy of policies) {
    const count = [
      ...plan.ofType(
        'aws_iam_user_policy_attachment',
        'aws_iam_group_policy_attachment',
        'aws_iam_role_policy_attachment',
      ),
    ].filter((a) => policyArn(a) === plan.idOf(policy)).length;
    const shared = exclusive
      .filter((a) => policyArn(a) === plan.idOf(policy))
      .reduce(
        (n, a) => n + ['users', 'groups', 'roles'].reduce((m, k) => m + (a.attrs.strings(k)?.length ?? 0), 0),
        0,
      );
    const pending = [
      ...plan.ofType(
        'aws_iam_user_policy_attachment',
        'aws_iam_group_policy_attachment',
        'aws_iam_role_policy_attachment',
      ),
      ...exclusive,
    ].some((a) => policyArn(a).endsWith('(known after apply)'));
    const known = policy.attrs.int('attachment_count');
    out.push({
      type: 'IamPolicy',
      ...plan.base(policy, policy.attrs.str('name') ?? policy.address, 'global'),
      managedBy: 'customer',
      document: policy.attrs.policy('policy') ?? undefined,
      // Attachments this plan declares; for a policy that exists already the provider may know the count.
      attachmentCount: pending ? undefined : isCreated(policy) ? count + shared : (known ?? count + shared),
    });
  }
  return out;
}

/** The ARN an attachment names, or the inventory id of a policy planned here. */
function policyRef(plan: TerraformPlan, attachment: PlannedResource, policies: PlannedResource[]): string {
  const arn = attachment.attrs.str('policy_arn');
  if (arn) return arn;
  const expr = attachment.attrs.expression('policy_arn');
  const [policy] = plan.refersTo(attachment, expr).filter((r) => policies.includes(r));
  return policy ? plan.idOf(policy) : unresolved(expr);
}

function inlinePolicies(join: Join, owner: PlannedResource): NamedPolicy[] | undefined {
  if (join.unresolved.length > 0) return undefined;
  const out: NamedPolicy[] = [];
  // A policy resource exists even when its document is unknown (a data source, known after apply).
  for (const policy of join.of(owner)) {
    out.push({
      name: policy.attrs.str('name') ?? policy.address,
      document: policy.attrs.policy('policy') ?? undefined,
    });
  }
  return out;
}

/**
 * A role's own inline_policy blocks (the provider reads back an empty block when there are none).
 * Unset, a role this apply creates has none; one that exists may have some made elsewhere.
 */
function ownInlinePolicies(attrs: Attrs, created: boolean): NamedPolicy[] | undefined {
  if (!created && !readBack(attrs, 'inline_policy')) return undefined;
  const blocks = attrs.blocks('inline_policy');
  if (blocks === undefined) return attrs.configured('inline_policy') === false ? [] : undefined;
  const out: NamedPolicy[] = [];
  for (const block of blocks) {
    const name = block.str('name');
    const text = block.str('policy');
    if (name === null && text === null) continue;
    if (!name) return undefined;
    out.push({ name, document: block.policy('policy') ?? undefined });
  }
  return out;
}

/**
 * The policies a plan attaches to an identity: all it has when this apply creates it; for one that
 * exists, those it has at least (others may be attached elsewhere), so none stays unknown.
 */
function atLeast(created: boolean, arns: string[]): string[] | undefined {
  return created || arns.length > 0 ? arns : undefined;
}

/** Whether the plan shows a list the provider read back (an unset one may just not have been read). */
function readBack(attrs: Attrs, key: string): boolean {
  return Array.isArray(attrs.value(key));
}

/** An existing role reads back the inline policies its aws_iam_role_policy resources also declare. */
function uniqueByName(policies: NamedPolicy[]): NamedPolicy[] {
  return policies.filter((p, i) => policies.findIndex((o) => o.name === p.name) === i);
}

function accessKeysOf(keys: readonly PlannedResource[]): AccessKey[] | undefined {
  const out: AccessKey[] = [];
  for (const key of keys) {
    const createdAt = key.attrs.str('create_date');
    // A key this apply creates has no creation time yet.
    if (!createdAt) return undefined;
    out.push({
      id: key.attrs.str('id') ?? key.ref,
      active: key.attrs.str('status') !== 'Inactive',
      createdAt,
    });
  }
  return out;
}

function membershipsOf(
  user: PlannedResource,
  groups: readonly PlannedResource[],
  userGroups: Join,
  groupUsers: Join,
  name: string,
): string[] | undefined {
  if (userGroups.unresolved.length > 0 || groupUsers.unresolved.length > 0) return undefined;
  const names = new Set<string>();
  for (const m of userGroups.of(user)) {
    const listed = m.attrs.strings('groups');
    if (!listed) return undefined;
    for (const g of listed) names.add(g);
  }
  // aws_iam_group_membership lists a group's users by name, from the group's side.
  for (const group of groups) {
    for (const m of groupUsers.of(group)) {
      const listed = m.attrs.strings('users');
      if (!listed) return undefined;
      if (listed.includes(name)) names.add(group.attrs.str('name') ?? group.address);
    }
  }
  return [...names];
}

function membersOf(
  group: PlannedResource,
  users: PlannedResource[],
  userGroups: Join,
  groupUsers: Join,
  name: string,
): string[] | undefined {
  if (userGroups.unresolved.length > 0 || groupUsers.unresolved.length > 0) return undefined;
  const members = new Set<string>();
  for (const m of groupUsers.of(group)) {
    const listed = m.attrs.strings('users');
    if (!listed) return undefined;
    for (const u of listed) members.add(u);
  }
  for (const user of users) {
    for (const m of userGroups.of(user)) {
      if (m.attrs.strings('groups')?.includes(name)) members.add(user.attrs.str('name') ?? user.address);
    }
  }
  return [...members];
}
