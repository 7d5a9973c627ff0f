import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  type IAMClient,
  type PasswordPolicy,
  paginateListVirtualMFADevices,
  type VirtualMFADevice,
} from '@aws-sdk/client-iam';
import { GetPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import type { AwsAccount, PublicAccessBlock } from '../../../inventory/kinds/account.js';
import { noTags } from '../../../inventory/tags.js';
import type { AwsContext } from '../context.js';
import { UnusableAnswerError } from '../unusable-answer.js';
import { ABSENT, absentOn } from './expected-errors.js';
import { parseCredentialReport, type ReportRow, ROOT_ROW_USER, rootFactsOf } from './iam-report.js';
import { listAll } from './regional-kit.js';
import { publicAccessBlockOf, s3ControlClientExtra } from './s3-public-access.js';

/**
 * The account's fields the credential report fills: root's last use alone, and root MFA and keys
 * when the account summary could not be read (a field filled by the other read is not unknown).
 */
const REPORT_FIELDS = ['rootLastUsed', 'rootMfaEnabled', 'rootAccessKeysPresent', 'rootHardwareMfa'];

/** How long to wait for IAM to finish a credential report before its facts stay unknown. */
const CREDENTIAL_REPORT_WAIT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks IAM for a current credential report and reads it. IAM reuses a report younger than four
 * hours, so GenerateCredentialReport usually answers COMPLETE at once; otherwise it is polled,
 * with a growing pause, until COMPLETE or the wait runs out.
 */
export async function readCredentialReport(
  ctx: AwsContext,
  iam: IAMClient,
  waitMs = CREDENTIAL_REPORT_WAIT_MS,
): Promise<ReportRow[] | undefined> {
  // Users fall back to live calls without the report; only the root user's facts depend on it.
  const where = {
    service: 'iam',
    region: 'global',
    resourceTypes: ['AwsAccount' as const],
    resourceId: ctx.account,
  };
  const ready = await ctx.call(
    { ...where, api: 'iam:GenerateCredentialReport', fields: REPORT_FIELDS },
    async () => {
      const deadline = Date.now() + waitMs;
      let pause = 200;
      for (;;) {
        const out = await iam.send(new GenerateCredentialReportCommand({}));
        if (out.State === 'COMPLETE') return true;
        if (Date.now() + pause > deadline) {
          throw new UnusableAnswerError(
            `the report was still ${out.State ?? 'not ready'} after ${Math.round(waitMs / 1000)} s`,
          );
        }
        await sleep(pause);
        pause = Math.min(pause * 2, 5_000);
      }
    },
  );
  if (!ready) return undefined;
  return ctx.call({ ...where, api: 'iam:GetCredentialReport', fields: REPORT_FIELDS }, async () => {
    const out = await iam.send(new GetCredentialReportCommand({}));
    if (!out.Content) throw new UnusableAnswerError('the credential report is empty');
    return parseCredentialReport(Buffer.from(out.Content).toString('utf8'));
  });
}

function passwordPolicyOf(policy: PasswordPolicy): NonNullable<AwsAccount['passwordPolicy']> {
  return {
    minimumLength: policy.MinimumPasswordLength,
    requireSymbols: policy.RequireSymbols,
    requireNumbers: policy.RequireNumbers,
    requireUppercase: policy.RequireUppercaseCharacters,
    requireLowercase: policy.RequireLowercaseCharacters,
    maxAgeDays: policy.MaxPasswordAge,
    reusePrevention: policy.PasswordReusePrevention,
  };
}

/** A root virtual MFA device: assigned to the root user, or under the name the console gives it. */
export function isRootVirtualMfa(device: VirtualMFADevice, rootArn: string): boolean {
  return (
    device.User?.Arn === rootArn || device.SerialNumber?.endsWith(':mfa/root-account-mfa-device') === true
  );
}

/** What the account reads gave; undefined where a read failed. */
interface AccountFacts {
  /** GetAccountSummary's map (current, unlike the credential report, which may be four hours old). */
  summary?: Partial<Record<string, number>>;
  /** The credential report's rows (for the `<root_account>` row). */
  report?: readonly ReportRow[];
  /** Assigned virtual MFA devices. */
  virtualMfaDevices?: readonly VirtualMFADevice[];
  /** null = the account has no password policy. */
  passwordPolicy?: PasswordPolicy | null;
  /** null = account-level Block Public Access is not configured. */
  s3PublicAccessBlock?: PublicAccessBlock | null;
}

/** The account's fields the summary fills (root hardware MFA needs MFA known to be on). */
const SUMMARY_FIELDS = ['rootMfaEnabled', 'rootAccessKeysPresent', 'rootHardwareMfa'];

type AccountFields = Omit<AwsAccount, 'type' | 'id' | 'name' | 'account' | 'region' | 'tags' | 'source'>;

/**
 * The root user and account-wide settings. Root MFA and access keys come from the account summary,
 * which is current; the credential report, up to four hours old, fills in when the summary could
 * not be read, and alone knows when root was last used.
 */
export function accountFieldsOf(facts: AccountFacts, rootArn: string): AccountFields {
  const rootRow = facts.report?.find((r) => r.user === ROOT_ROW_USER);
  const root = rootFactsOf(rootRow);
  const summaryFlag = (key: string): boolean | undefined => {
    const value = facts.summary?.[key];
    return value === undefined ? undefined : value > 0;
  };
  const rootMfaEnabled = summaryFlag('AccountMFAEnabled') ?? root.mfaActive;
  // The summary counts inactive root keys too, as CIS 1.4 does ("no root access key exists").
  const rootAccessKeysPresent = summaryFlag('AccountAccessKeysPresent') ?? root.accessKeysActive;
  let rootHardwareMfa: boolean | undefined;
  if (rootMfaEnabled === false) rootHardwareMfa = false;
  else if (rootMfaEnabled === true && facts.virtualMfaDevices !== undefined) {
    // MFA on, and no virtual device of root's: a hardware TOTP token or a FIDO security key.
    rootHardwareMfa = !facts.virtualMfaDevices.some((d) => isRootVirtualMfa(d, rootArn));
  }
  return {
    rootMfaEnabled,
    rootHardwareMfa,
    rootAccessKeysPresent,
    rootLastUsed: root.lastUsed,
    passwordPolicy:
      facts.passwordPolicy === undefined
        ? undefined
        : facts.passwordPolicy === null
          ? null
          : passwordPolicyOf(facts.passwordPolicy),
    s3PublicAccessBlock: facts.s3PublicAccessBlock,
  };
}

/** The AwsAccount resource: root user, password policy and account-level S3 Block Public Access. */
export async function readAccount(
  ctx: AwsContext,
  region: string,
  iam: IAMClient,
  report: readonly ReportRow[] | undefined,
): Promise<AwsAccount> {
  const where = {
    service: 'iam',
    region: 'global',
    resourceTypes: ['AwsAccount' as const],
    resourceId: ctx.account,
  };
  const [summary, virtualMfaDevices, passwordPolicy, s3PublicAccessBlock] = await Promise.all([
    ctx.call({ ...where, api: 'iam:GetAccountSummary', fields: SUMMARY_FIELDS }, async () => {
      const out = await iam.send(new GetAccountSummaryCommand({}));
      return out.SummaryMap ?? {};
    }),
    listAll(
      ctx,
      { ...where, api: 'iam:ListVirtualMFADevices', fields: ['rootHardwareMfa'] },
      () => paginateListVirtualMFADevices({ client: iam }, { AssignmentStatus: 'Assigned' }),
      (page) => page.VirtualMFADevices,
    ),
    ctx.call({ ...where, api: 'iam:GetAccountPasswordPolicy', fields: ['passwordPolicy'] }, async () => {
      const out = await absentOn(
        ['NoSuchEntity', 'NoSuchEntityException'],
        iam.send(new GetAccountPasswordPolicyCommand({})),
      );
      if (out === ABSENT) return null;
      if (!out.PasswordPolicy) throw new UnusableAnswerError('the answer holds no password policy');
      return out.PasswordPolicy;
    }),
    ctx.call(
      { ...where, service: 's3', api: 's3control:GetPublicAccessBlock', fields: ['s3PublicAccessBlock'] },
      async () => {
        const client = ctx.client(S3ControlClient, region, s3ControlClientExtra());
        const out = await absentOn(
          ['NoSuchPublicAccessBlockConfiguration'],
          client.send(new GetPublicAccessBlockCommand({ AccountId: ctx.account })),
        );
        return out === ABSENT ? null : publicAccessBlockOf(out.PublicAccessBlockConfiguration);
      },
    ),
  ]);
  if (report && !report.some((r) => r.user === ROOT_ROW_USER)) {
    ctx.recordGap({
      ...where,
      api: 'iam:GetCredentialReport',
      fields: REPORT_FIELDS,
      error: `the report has no ${ROOT_ROW_USER} row`,
    });
  }
  const rootArn = `arn:${ctx.partition}:iam::${ctx.account}:root`;
  return {
    type: 'AwsAccount',
    id: ctx.account,
    name: ctx.account,
    account: ctx.account,
    region: 'global',
    tags: noTags(),
    source: { kind: 'aws' },
    ...accountFieldsOf({ summary, report, virtualMfaDevices, passwordPolicy, s3PublicAccessBlock }, rootArn),
  };
}
