import {
  type AccessKeyMetadata,
  GetAccessKeyLastUsedCommand,
  GetGroupPolicyCommand,
  GetLoginProfileCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  type Group,
  IAMClient,
  type Policy,
  paginateGetGroup,
  paginateListAccessKeys,
  paginateListAttachedGroupPolicies,
  paginateListAttachedRolePolicies,
  paginateListAttachedUserPolicies,
  paginateListGroupPolicies,
  paginateListGroups,
  paginateListGroupsForUser,
  paginateListMFADevices,
  paginateListPolicies,
  paginateListRolePolicies,
  paginateListRoles,
  paginateListUserPolicies,
  paginateListUsers,
  type Role,
  type User,
} from '@aws-sdk/client-iam';
import type { PolicyDocument } from '../../../inventory/base.js';
import type { AccessKey, IamGroup, IamPolicy, IamRole, IamUser } from '../../../inventory/kinds/iam.js';
import type { Resource, ResourceType } from '../../../inventory/resources.js';
import { noTags } from '../../../inventory/tags.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { ABSENT, absentOn } from './expected-errors.js';
import { readAccount, readCredentialReport } from './iam-account.js';
import { type ReportRow, userFactsOf, userRowOf } from './iam-report.js';
import { parsePolicyDocument } from './policy-json.js';
import { type CallSite, eachLimited, listAll } from './regional-kit.js';

type Named<T> = T & { Arn: string; Name: string };
type NamedPolicy = { name: string; document: PolicyDocument };

/** IAM is global: every call is recorded against region 'global', where its resources live. */
function site(type: ResourceType, api: string, resourceId?: string, fields?: string[]): CallSite {
  return {
    service: 'iam',
    region: 'global',
    api: `iam:${api}`,
    resourceTypes: [type],
    resourceId,
    ...(fields && { fields }),
  };
}

function base(ctx: AwsContext, arn: string, name: string) {
  return {
    id: arn,
    name,
    account: ctx.account,
    region: 'global',
    tags: noTags(),
    source: { kind: 'aws' as const },
  };
}

const iso = (date: Date | undefined): string | undefined => date?.toISOString();

/**
 * Inline policies by name, each document read and decoded. One policy that cannot be read leaves
 * the whole set unknown: a partial list could hide the very policy a check looks for.
 */
async function readInlinePolicies(
  ctx: AwsContext,
  where: { type: ResourceType; id: string; list: string; get: string },
  names: () => AsyncIterable<{ PolicyNames?: string[] | undefined }>,
  document: (name: string) => Promise<string | undefined>,
): Promise<NamedPolicy[] | undefined> {
  const list = await listAll(
    ctx,
    site(where.type, where.list, where.id, ['inlinePolicies']),
    names,
    (page) => page.PolicyNames,
  );
  if (!list) return undefined;
  const out: NamedPolicy[] = [];
  for (const name of list) {
    const doc = await ctx.call(site(where.type, where.get, where.id, ['inlinePolicies']), async () =>
      parsePolicyDocument(await document(name)),
    );
    if (!doc) return undefined;
    out.push({ name, document: doc });
  }
  return out;
}

function attachedArns(page: {
  AttachedPolicies?: { PolicyArn?: string | undefined }[] | undefined;
}): string[] {
  return (page.AttachedPolicies ?? []).flatMap((p) => (p.PolicyArn ? [p.PolicyArn] : []));
}

function accessKeyOf(key: AccessKeyMetadata, lastUsedAt: string | null | undefined): AccessKey {
  return {
    id: key.AccessKeyId ?? '',
    active: key.Status === 'Active',
    // An empty time reads as "cannot be read" in the checks, never as new.
    createdAt: iso(key.CreateDate) ?? '',
    lastUsedAt,
  };
}

async function readAccessKeys(
  ctx: AwsContext,
  iam: IAMClient,
  user: Named<User>,
): Promise<AccessKey[] | undefined> {
  const keys = await listAll(
    ctx,
    site('IamUser', 'ListAccessKeys', user.Arn, ['accessKeys']),
    () => paginateListAccessKeys({ client: iam }, { UserName: user.Name }),
    (page) => page.AccessKeyMetadata,
  );
  if (!keys) return undefined;
  const out: AccessKey[] = [];
  for (const key of keys) {
    // No fields: the last use sits inside accessKeys, which stays known, and a gap names top-level
    // properties only (naming accessKeys would hide this call from the verdict that needs it).
    const used = await ctx.call(site('IamUser', 'GetAccessKeyLastUsed', user.Arn), async () => {
      const answer = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }));
      // No date: the key has never been used (IAM reports ServiceName 'N/A').
      return { at: iso(answer.AccessKeyLastUsed?.LastUsedDate) ?? null };
    });
    out.push(accessKeyOf(key, used?.at));
  }
  return out;
}

/**
 * One user. Console access comes from the credential report when it describes this user (no extra
 * call), otherwise from GetLoginProfile; MFA from ListMFADevices, which is current, with the report
 * as fallback; the last password use from ListUsers itself.
 */
async function readUser(
  ctx: AwsContext,
  iam: IAMClient,
  user: Named<User>,
  report: readonly ReportRow[] | undefined,
): Promise<IamUser> {
  const row = userRowOf(report, user.Arn, user.CreateDate);
  const fromReport = row ? userFactsOf(row) : {};
  const [accessKeys, attachedPolicyArns, inlinePolicies, groups, mfaDevices, loginProfile] =
    await Promise.all([
      readAccessKeys(ctx, iam, user),
      listAll(
        ctx,
        site('IamUser', 'ListAttachedUserPolicies', user.Arn, ['attachedPolicyArns']),
        () => paginateListAttachedUserPolicies({ client: iam }, { UserName: user.Name }),
        attachedArns,
      ),
      readInlinePolicies(
        ctx,
        { type: 'IamUser', id: user.Arn, list: 'ListUserPolicies', get: 'GetUserPolicy' },
        () => paginateListUserPolicies({ client: iam }, { UserName: user.Name }),
        async (name) =>
          (await iam.send(new GetUserPolicyCommand({ UserName: user.Name, PolicyName: name })))
            .PolicyDocument,
      ),
      listAll(
        ctx,
        site('IamUser', 'ListGroupsForUser', user.Arn, ['groups']),
        () => paginateListGroupsForUser({ client: iam }, { UserName: user.Name }),
        (page) => (page.Groups ?? []).flatMap((g) => (g.GroupName ? [g.GroupName] : [])),
      ),
      listAll(
        ctx,
        site('IamUser', 'ListMFADevices', user.Arn, ['mfaActive']),
        () => paginateListMFADevices({ client: iam }, { UserName: user.Name }),
        (page) => page.MFADevices,
      ),
      fromReport.consoleAccess !== undefined
        ? undefined
        : ctx.call(site('IamUser', 'GetLoginProfile', user.Arn, ['consoleAccess']), async () => {
            const out = await absentOn(
              ['NoSuchEntity', 'NoSuchEntityException'],
              iam.send(new GetLoginProfileCommand({ UserName: user.Name })),
            );
            return out !== ABSENT;
          }),
    ]);
  return {
    type: 'IamUser',
    ...base(ctx, user.Arn, user.Name),
    createdAt: iso(user.CreateDate),
    consoleAccess: fromReport.consoleAccess ?? loginProfile,
    mfaActive: mfaDevices ? mfaDevices.length > 0 : fromReport.mfaActive,
    // ListUsers leaves the field out when the password has never been used.
    passwordLastUsed: iso(user.PasswordLastUsed) ?? null,
    accessKeys,
    attachedPolicyArns,
    inlinePolicies,
    groups,
  };
}

async function readGroup(ctx: AwsContext, iam: IAMClient, group: Named<Group>): Promise<IamGroup> {
  const [attachedPolicyArns, inlinePolicies, members] = await Promise.all([
    listAll(
      ctx,
      site('IamGroup', 'ListAttachedGroupPolicies', group.Arn, ['attachedPolicyArns']),
      () => paginateListAttachedGroupPolicies({ client: iam }, { GroupName: group.Name }),
      attachedArns,
    ),
    readInlinePolicies(
      ctx,
      { type: 'IamGroup', id: group.Arn, list: 'ListGroupPolicies', get: 'GetGroupPolicy' },
      () => paginateListGroupPolicies({ client: iam }, { GroupName: group.Name }),
      async (name) =>
        (await iam.send(new GetGroupPolicyCommand({ GroupName: group.Name, PolicyName: name })))
          .PolicyDocument,
    ),
    listAll(
      ctx,
      site('IamGroup', 'GetGroup', group.Arn, ['members']),
      () => paginateGetGroup({ client: iam }, { GroupName: group.Name }),
      (page) => (page.Users ?? []).flatMap((u) => (u.UserName ? [u.UserName] : [])),
    ),
  ]);
  return {
    type: 'IamGroup',
    ...base(ctx, group.Arn, group.Name),
    attachedPolicyArns,
    inlinePolicies,
    members,
  };
}

async function readRole(ctx: AwsContext, iam: IAMClient, role: Named<Role>): Promise<IamRole> {
  const [assumeRolePolicy, attachedPolicyArns, inlinePolicies] = await Promise.all([
    // ListRoles carries the trust policy (URL-encoded); a document that does not parse is a gap.
    ctx.call(site('IamRole', 'ListRoles', role.Arn, ['assumeRolePolicy']), async () =>
      parsePolicyDocument(role.AssumeRolePolicyDocument),
    ),
    listAll(
      ctx,
      site('IamRole', 'ListAttachedRolePolicies', role.Arn, ['attachedPolicyArns']),
      () => paginateListAttachedRolePolicies({ client: iam }, { RoleName: role.Name }),
      attachedArns,
    ),
    readInlinePolicies(
      ctx,
      { type: 'IamRole', id: role.Arn, list: 'ListRolePolicies', get: 'GetRolePolicy' },
      () => paginateListRolePolicies({ client: iam }, { RoleName: role.Name }),
      async (name) =>
        (await iam.send(new GetRolePolicyCommand({ RoleName: role.Name, PolicyName: name }))).PolicyDocument,
    ),
  ]);
  return {
    type: 'IamRole',
    ...base(ctx, role.Arn, role.Name),
    assumeRolePolicy,
    attachedPolicyArns,
    inlinePolicies,
  };
}

function policyOf(
  ctx: AwsContext,
  policy: Named<Policy>,
  managedBy: IamPolicy['managedBy'],
  document: PolicyDocument | undefined,
): IamPolicy {
  return {
    type: 'IamPolicy',
    ...base(ctx, policy.Arn, policy.Name),
    managedBy,
    document,
    attachmentCount: policy.AttachmentCount,
  };
}

/**
 * Customer managed policies with their default version's document; AWS managed policies only
 * where attached, and without documents (AWS writes those, and there are over a thousand).
 */
async function readPolicies(ctx: AwsContext, iam: IAMClient): Promise<IamPolicy[]> {
  const named = (p: Policy): p is Named<Policy> => Boolean(p.Arn && p.PolicyName);
  const [local, awsAttached] = await Promise.all([
    listAll(
      ctx,
      site('IamPolicy', 'ListPolicies'),
      () => paginateListPolicies({ client: iam }, { Scope: 'Local' }),
      (page) => page.Policies?.map((p) => ({ ...p, Name: p.PolicyName ?? '' })).filter(named),
    ),
    listAll(
      ctx,
      site('IamPolicy', 'ListPolicies'),
      () => paginateListPolicies({ client: iam }, { Scope: 'AWS', OnlyAttached: true }),
      (page) => page.Policies?.map((p) => ({ ...p, Name: p.PolicyName ?? '' })).filter(named),
    ),
  ]);
  const customer = await eachLimited(ctx, local ?? [], async (policy) => {
    const document = await ctx.call(
      site('IamPolicy', 'GetPolicyVersion', policy.Arn, ['document']),
      async () => {
        const out = await iam.send(
          new GetPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: policy.DefaultVersionId }),
        );
        return parsePolicyDocument(out.PolicyVersion?.Document);
      },
    );
    return policyOf(ctx, policy, 'customer', document);
  });
  return [...customer, ...(awsAttached ?? []).map((p) => policyOf(ctx, p, 'aws', undefined))];
}

/** Lists one kind of IAM identity; each entry carries its ARN and friendly name. */
async function listNamed<P, T>(
  ctx: AwsContext,
  type: ResourceType,
  api: string,
  pages: () => AsyncIterable<P>,
  items: (page: P) => readonly T[] | undefined,
  name: (item: T) => string | undefined,
): Promise<Named<T>[]> {
  const all = await listAll(ctx, site(type, api), pages, items);
  return (all ?? []).flatMap((item) => {
    const arn = (item as { Arn?: string }).Arn;
    const n = name(item);
    return arn && n ? [{ ...item, Arn: arn, Name: n }] : [];
  });
}

/**
 * IAM, read once from the partition's home region: the account and its root user, users, groups,
 * roles, and managed policies. Organizations is not read, so organizationId stays unknown.
 */
export const iamCollector: Collector = {
  service: 'iam',
  scope: 'global',
  async collect(ctx, region) {
    const iam = ctx.client(IAMClient, region);
    // The report may take a while to generate; the listings run meanwhile.
    const report = readCredentialReport(ctx, iam);
    const [users, groups, roles] = await Promise.all([
      listNamed(
        ctx,
        'IamUser',
        'ListUsers',
        () => paginateListUsers({ client: iam }, {}),
        (p) => p.Users,
        (u) => u.UserName,
      ),
      listNamed(
        ctx,
        'IamGroup',
        'ListGroups',
        () => paginateListGroups({ client: iam }, {}),
        (p) => p.Groups,
        (g) => g.GroupName,
      ),
      listNamed(
        ctx,
        'IamRole',
        'ListRoles',
        () => paginateListRoles({ client: iam }, {}),
        (p) => p.Roles,
        (r) => r.RoleName,
      ),
    ]);
    const rows = await report;
    const resources = await Promise.all([
      readAccount(ctx, region, iam, rows).then((a) => [a]),
      eachLimited(ctx, users, (u) => readUser(ctx, iam, u, rows)),
      eachLimited(ctx, groups, (g) => readGroup(ctx, iam, g)),
      eachLimited(ctx, roles, (r) => readRole(ctx, iam, r)),
      readPolicies(ctx, iam),
    ]);
    return resources.flat() as Resource[];
  },
};
