import type { ResourceOf } from '../../../inventory/resources.js';
import type { TemplateContext } from '../context.js';
import { pointerIndex } from '../pointer-index.js';
import type { ResourceDecl } from '../resolver.js';
import { type Props, textList, Unknown } from '../values.js';
import { Defaults, type Mapper, pointers, policyDocument } from './common.js';

type NamedPolicy = NonNullable<ResourceOf<'IamUser'>['inlinePolicies']>[number];
type Kind = 'Users' | 'Groups' | 'Roles';

/** Where a standalone policy resource names the identities it applies to. */
interface Attachment {
  kind: Kind;
  target: { logicalId: string } | string | undefined;
}

/** A standalone policy (AWS::IAM::Policy, …UserPolicy, …ManagedPolicy) and whom it applies to. */
interface StandalonePolicy {
  decl: ResourceDecl;
  attachments: Attachment[];
}

const NAME_PROPERTY: Record<Kind, string> = { Users: 'UserName', Groups: 'GroupName', Roles: 'RoleName' };

/** Users, groups, roles and customer managed policies, with the policies and memberships attached to them. */
export const mapIam: Mapper = (ctx) => {
  const inline = inlinePolicyResources(ctx);
  const managed = ctx
    .ofType('AWS::IAM::ManagedPolicy')
    .map((decl) => ({ decl, attachments: listAttachments(ctx, decl) }));
  const memberships = ctx.ofType('AWS::IAM::UserToGroupAddition').map((decl) => ({
    group: ctx.props(decl).text('GroupName'),
    users: pointers(ctx, decl, 'Users'),
  }));
  const mfaDevices = ctx.ofType('AWS::IAM::VirtualMFADevice').flatMap((decl) => pointers(ctx, decl, 'Users'));
  const accessKeys = ctx
    .ofType('AWS::IAM::AccessKey')
    .map((decl) => ({ decl, user: ctx.target(decl, 'UserName') }));

  // Per kind, built once: the policies attached to an identity (a lookup, not a scan of every
  // policy per identity) and whether any is attached to one that cannot be resolved.
  const attachedBy = <P extends StandalonePolicy>(list: P[], kind: Kind) => ({
    at: pointerIndex(ctx, list, (s) => s.attachments.filter((a) => a.kind === kind).map((a) => a.target)),
    // A policy attached to an identity that cannot be resolved may be attached to any of its kind here.
    unplaced: list.some((s) => s.attachments.some((a) => a.kind === kind && a.target === undefined)),
  });
  const KINDS: Kind[] = ['Users', 'Groups', 'Roles'];
  const inlineBy = new Map(KINDS.map((kind) => [kind, attachedBy(inline, kind)]));
  const managedBy = new Map(KINDS.map((kind) => [kind, attachedBy(managed, kind)]));

  const identity = (decl: ResourceDecl, kind: Kind, p: Props, d: Defaults) => {
    const name = ctx.nameOf(decl, NAME_PROPERTY[kind]);
    const inlineOf = inlineBy.get(kind) as ReturnType<typeof attachedBy<StandalonePolicy>>;
    const managedOf = managedBy.get(kind) as ReturnType<typeof attachedBy<(typeof managed)[number]>>;
    const own = p.blocks('Policies')?.map((block, i) => namedPolicy(block, `Policies[${i}]`));
    const attachedInline = inlineOf
      .at(decl, name)
      .map((s) => namedPolicy(ctx.props(s.decl), s.decl.logicalId));
    const inlinePolicies = own === undefined ? undefined : [...own, ...attachedInline];
    const arns = p.has('ManagedPolicyArns') ? textList(p.get('ManagedPolicyArns')) : [];
    const attachedManaged = managedOf.at(decl, name).map((m) => ctx.idOf(m.decl.logicalId));
    const allInlineKnown = inlinePolicies?.every((x): x is NamedPolicy => x !== undefined);
    if (!p.has('Policies') && attachedInline.length === 0 && !inlineOf.unplaced) d.take('inlinePolicies', []);
    if (!p.has('ManagedPolicyArns') && attachedManaged.length === 0 && !managedOf.unplaced)
      d.take('attachedPolicyArns', []);
    return {
      name,
      inlinePolicies: allInlineKnown && !inlineOf.unplaced ? (inlinePolicies as NamedPolicy[]) : undefined,
      attachedPolicyArns:
        arns === undefined || managedOf.unplaced ? undefined : [...arns, ...attachedManaged],
    };
  };

  const membershipsAt = pointerIndex(ctx, memberships, (m) => m.users);
  const mfaDevicesAt = pointerIndex(ctx, mfaDevices, (pointer) => [pointer]);
  const accessKeysAt = pointerIndex(ctx, accessKeys, (k) => [k.user]);
  const users = ctx.ofType('AWS::IAM::User').map((decl): ResourceOf<'IamUser'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const { name, ...policies } = identity(decl, 'Users', p, d);
    const groups = p.has('Groups') ? textList(p.get('Groups')) : [];
    const addedTo = membershipsAt(decl, name)
      .filter((m) => m.group !== undefined)
      .map((m) => m.group as string);
    const loginProfile = p.get('LoginProfile');
    const consoleAccess =
      loginProfile === undefined
        ? d.take('consoleAccess', false)
        : loginProfile instanceof Unknown
          ? undefined
          : true;
    // A new user has no MFA device; one created here still has to be enabled by its user.
    const mfaActive = mfaDevicesAt(decl, name).length > 0 ? undefined : d.take('mfaActive', false);
    const keys = accessKeysAt(decl, name);
    const fields = {
      consoleAccess,
      mfaActive,
      // Keys created here have no creation time until deployed, so only "none" is known.
      accessKeys: keys.length === 0 ? d.take('accessKeys', []) : undefined,
      ...policies,
      groups: groups === undefined ? undefined : [...groups, ...addedTo],
    };
    return { type: 'IamUser', ...ctx.base(decl, 'IamUser', name, d.names, p), ...fields };
  });

  const groups = ctx.ofType('AWS::IAM::Group').map((decl): ResourceOf<'IamGroup'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const { name, ...policies } = identity(decl, 'Groups', p, d);
    const members = users.filter((u) => u.groups?.includes(name)).map((u) => u.name);
    return { type: 'IamGroup', ...ctx.base(decl, 'IamGroup', name, d.names, p), ...policies, members };
  });

  const roles = ctx.ofType('AWS::IAM::Role').map((decl): ResourceOf<'IamRole'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const { name, ...policies } = identity(decl, 'Roles', p, d);
    const assumeRolePolicy = policyDocument(p.get('AssumeRolePolicyDocument'));
    return { type: 'IamRole', ...ctx.base(decl, 'IamRole', name, d.names, p), assumeRolePolicy, ...policies };
  });

  const policies = managed.map(({ decl }): ResourceOf<'IamPolicy'> => {
    const p = ctx.props(decl);
    return {
      type: 'IamPolicy',
      ...ctx.base(decl, 'IamPolicy', ctx.nameOf(decl, 'ManagedPolicyName'), [], p),
      managedBy: 'customer',
      document: policyDocument(p.get('PolicyDocument')),
    };
  });
  return [...users, ...groups, ...roles, ...policies, ...existingIdentities(ctx, inline)];
};

/** The identities an inline AWS::IAM::Policy attaches to (its Users, Groups and Roles). */
type IdentityType = 'IamUser' | 'IamGroup' | 'IamRole';

const TYPE_OF: Record<Kind, { type: IdentityType; cfn: string }> = {
  Users: { type: 'IamUser', cfn: 'AWS::IAM::User' },
  Groups: { type: 'IamGroup', cfn: 'AWS::IAM::Group' },
  Roles: { type: 'IamRole', cfn: 'AWS::IAM::Role' },
};

/**
 * Inline policies put on users, groups or roles the template does not create (named by a plain
 * string) are judged on what they say: each such identity appears once, at its first policy's
 * line, with those policies and everything else about it unknown.
 */
function existingIdentities(ctx: TemplateContext, inline: StandalonePolicy[]): ResourceOf<IdentityType>[] {
  const found = new Map<string, { kind: Kind; name: string; decl: ResourceDecl; policies: NamedPolicy[] }>();
  for (const { decl, attachments } of inline) {
    for (const { kind, target } of attachments) {
      if (typeof target !== 'string') continue;
      const declared = ctx.ofType(TYPE_OF[kind].cfn);
      if (declared.some((d) => ctx.points(target, d, ctx.nameOf(d, NAME_PROPERTY[kind])))) continue;
      const policy = namedPolicy(ctx.props(decl), decl.logicalId);
      if (!policy) continue;
      const key = `${kind}/${target}`;
      const entry = found.get(key) ?? { kind, name: target, decl, policies: [] };
      entry.policies.push(policy);
      found.set(key, entry);
    }
  }
  return [...found.values()].map(({ kind, name, decl, policies }) => {
    const base = ctx.base(decl, TYPE_OF[kind].type, name, []);
    // One id per identity, so two policies on one user make one resource.
    const id = `${ctx.idOf(decl.logicalId)}/${kind}/${name}`;
    return { type: TYPE_OF[kind].type, ...base, id, tagsUnknown: true, inlinePolicies: policies };
  });
}

/**
 * An inline policy as written. A written-out policy exists even when its name or document holds a
 * value the template cannot resolve (an `!ImportValue` Resource): the document is then unknown and
 * the name falls back to where it is declared. Only an entry unknown as a whole is undefined.
 */
function namedPolicy(block: Props, where: string): NamedPolicy | undefined {
  if (!block.isBlock) return undefined;
  const name = block.text('PolicyName') ?? `${where} (name unresolved)`;
  return { name, document: policyDocument(block.get('PolicyDocument')) };
}

/** AWS::IAM::Policy lists users, groups and roles; the newer per-identity types name one. */
function inlinePolicyResources(ctx: TemplateContext): StandalonePolicy[] {
  const single = (type: string, kind: Kind, property: string) =>
    ctx.ofType(type).map((decl) => ({ decl, attachments: [{ kind, target: ctx.target(decl, property) }] }));
  return [
    ...ctx.ofType('AWS::IAM::Policy').map((decl) => ({ decl, attachments: listAttachments(ctx, decl) })),
    ...single('AWS::IAM::UserPolicy', 'Users', 'UserName'),
    ...single('AWS::IAM::GroupPolicy', 'Groups', 'GroupName'),
    ...single('AWS::IAM::RolePolicy', 'Roles', 'RoleName'),
  ];
}

function listAttachments(ctx: TemplateContext, decl: ResourceDecl): Attachment[] {
  return (['Users', 'Groups', 'Roles'] as const).flatMap((kind) =>
    pointers(ctx, decl, kind).map((target) => ({ kind, target })),
  );
}
