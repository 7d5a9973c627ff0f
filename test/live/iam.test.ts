import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateLoginProfileCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
  UpdateAccountPasswordPolicyCommand,
} from '@aws-sdk/client-iam';
import { PutPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { iamCollector } from '../../src/sources/aws/collectors/iam.js';
import { accountFieldsOf, isRootVirtualMfa } from '../../src/sources/aws/collectors/iam-account.js';
import {
  parseCredentialReport,
  rootFactsOf,
  userRowOf,
} from '../../src/sources/aws/collectors/iam-report.js';
import { parsePolicyDocument } from '../../src/sources/aws/collectors/policy-json.js';
import { s3ControlClientExtra } from '../../src/sources/aws/collectors/s3-public-access.js';
import type { ApiCall } from '../../src/sources/aws/context.js';
import { collectAws } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, gapApis, judge, named, statusOf } from './regional-support.js';

const ACCOUNT = '123456789012';
const ADMIN = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});
const READ_S3 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }],
});
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

async function seed(): Promise<void> {
  const iam = new IAMClient({});
  await iam.send(
    new UpdateAccountPasswordPolicyCommand({
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      PasswordReusePrevention: 24,
      MaxPasswordAge: 90,
    }),
  );
  const s3control = new S3ControlClient(s3ControlClientExtra());
  await s3control.send(
    new PutPublicAccessBlockCommand({
      AccountId: ACCOUNT,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    }),
  );

  const admin = await iam.send(new CreatePolicyCommand({ PolicyName: 'admin-all', PolicyDocument: ADMIN }));
  const readS3 = await iam.send(new CreatePolicyCommand({ PolicyName: 'read-s3', PolicyDocument: READ_S3 }));

  await iam.send(new CreateGroupCommand({ GroupName: 'devs' }));
  await iam.send(new AttachGroupPolicyCommand({ GroupName: 'devs', PolicyArn: readS3.Policy?.Arn }));
  await iam.send(
    new PutGroupPolicyCommand({ GroupName: 'devs', PolicyName: 'devs-read', PolicyDocument: READ_S3 }),
  );

  // alice: console user with virtual MFA, permissions only through her group.
  await iam.send(new CreateUserCommand({ UserName: 'alice' }));
  await iam.send(new CreateLoginProfileCommand({ UserName: 'alice', Password: 'Correct-Horse-9!' }));
  await iam.send(new AddUserToGroupCommand({ GroupName: 'devs', UserName: 'alice' }));
  const mfa = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'alice-phone' }));
  await iam.send(
    new EnableMFADeviceCommand({
      UserName: 'alice',
      SerialNumber: mfa.VirtualMFADevice?.SerialNumber,
      AuthenticationCode1: '123456',
      AuthenticationCode2: '654321',
    }),
  );

  // bob: console user without MFA, an admin policy of his own, inline admin, two access keys (one inactive).
  await iam.send(new CreateUserCommand({ UserName: 'bob' }));
  await iam.send(new CreateLoginProfileCommand({ UserName: 'bob', Password: 'Correct-Horse-9!' }));
  await iam.send(new AttachUserPolicyCommand({ UserName: 'bob', PolicyArn: admin.Policy?.Arn }));
  await iam.send(
    new PutUserPolicyCommand({ UserName: 'bob', PolicyName: 'bob-admin', PolicyDocument: ADMIN }),
  );
  await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }));
  const old = await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }));
  await iam.send(
    new UpdateAccessKeyCommand({
      UserName: 'bob',
      AccessKeyId: old.AccessKey?.AccessKeyId,
      Status: 'Inactive',
    }),
  );

  // carol: API-only user (no password) with one new key.
  await iam.send(new CreateUserCommand({ UserName: 'carol' }));
  await iam.send(new CreateAccessKeyCommand({ UserName: 'carol' }));

  await iam.send(new CreateRoleCommand({ RoleName: 'app', AssumeRolePolicyDocument: TRUST }));
  await iam.send(
    new PutRolePolicyCommand({ RoleName: 'app', PolicyName: 'app-read', PolicyDocument: READ_S3 }),
  );
  await iam.send(
    new AttachRolePolicyCommand({ RoleName: 'app', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }),
  );
}

describe('IAM collector against moto', () => {
  // moto loads AWS managed policies (ReadOnlyAccess, …) only when asked.
  const moto = motoForSuite({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });

  it('reads the account, users, groups, roles and policies, and the checks judge them', async () => {
    await moto().reset();
    await seed();
    const calls: ApiCall[] = [];
    const { inventory } = await collectAws({ regions: ['eu-west-1'], onCall: (c) => calls.push(c) }, [
      iamCollector,
    ]);
    assertValid(inventory);

    // Read-only: nothing but Get/List/Describe, and GenerateCredentialReport.
    const writes = calls
      .map((c) => c.operation.replace(/Command$/, ''))
      .filter((op) => !/^(Get|List|Describe)/.test(op) && op !== 'GenerateCredentialReport');
    assert.deepEqual(writes, []);

    const account = named(inventory, 'AwsAccount', ACCOUNT);
    assert.equal(account.region, 'global');
    assert.equal(account.rootMfaEnabled, false, 'moto reports AccountMFAEnabled 0');
    assert.equal(account.rootHardwareMfa, false);
    assert.equal(account.rootAccessKeysPresent, false);
    // moto's credential report has no <root_account> row, so root's last use stays unknown.
    assert.equal(account.rootLastUsed, undefined);
    assert.deepEqual(account.passwordPolicy, {
      minimumLength: 14,
      requireSymbols: true,
      requireNumbers: true,
      requireUppercase: true,
      requireLowercase: true,
      maxAgeDays: 90,
      reusePrevention: 24,
    });
    assert.deepEqual(account.s3PublicAccessBlock, {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    });
    assert.equal(account.organizationId, undefined);

    const alice = named(inventory, 'IamUser', 'alice');
    assert.equal(alice.id, `arn:aws:iam::${ACCOUNT}:user/alice`);
    assert.equal(alice.consoleAccess, true);
    assert.equal(alice.mfaActive, true);
    assert.equal(alice.passwordLastUsed, null);
    assert.deepEqual(alice.groups, ['devs']);
    assert.deepEqual(alice.attachedPolicyArns, []);
    assert.deepEqual(alice.inlinePolicies, []);
    assert.deepEqual(alice.accessKeys, []);
    assert.ok(alice.createdAt);

    const bob = named(inventory, 'IamUser', 'bob');
    assert.equal(bob.consoleAccess, true);
    assert.equal(bob.mfaActive, false);
    assert.deepEqual(bob.attachedPolicyArns, [`arn:aws:iam::${ACCOUNT}:policy/admin-all`]);
    assert.deepEqual(
      bob.inlinePolicies?.map((p) => p.name),
      ['bob-admin'],
    );
    // The inline document arrives URL-encoded from IAM and is decoded.
    assert.deepEqual(bob.inlinePolicies?.[0]?.document, JSON.parse(ADMIN));
    assert.equal(bob.accessKeys?.length, 2);
    assert.deepEqual(bob.accessKeys?.map((k) => k.active).sort(), [false, true]);
    for (const key of bob.accessKeys ?? []) {
      assert.match(key.id, /^AKIA/);
      assert.ok(!Number.isNaN(Date.parse(key.createdAt)));
      assert.equal(key.lastUsedAt, null, 'a key never used has a null last use');
    }

    const carol = named(inventory, 'IamUser', 'carol');
    assert.equal(carol.consoleAccess, false);
    assert.equal(carol.accessKeys?.length, 1);

    const devs = named(inventory, 'IamGroup', 'devs');
    assert.deepEqual(devs.members, ['alice']);
    assert.deepEqual(devs.attachedPolicyArns, [`arn:aws:iam::${ACCOUNT}:policy/read-s3`]);
    assert.deepEqual(devs.inlinePolicies, [{ name: 'devs-read', document: JSON.parse(READ_S3) }]);

    const app = named(inventory, 'IamRole', 'app');
    assert.deepEqual(app.assumeRolePolicy, JSON.parse(TRUST));
    assert.deepEqual(app.attachedPolicyArns, ['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    assert.deepEqual(
      app.inlinePolicies?.map((p) => p.name),
      ['app-read'],
    );

    const adminPolicy = named(inventory, 'IamPolicy', 'admin-all');
    assert.equal(adminPolicy.managedBy, 'customer');
    assert.deepEqual(adminPolicy.document, JSON.parse(ADMIN));
    assert.equal(adminPolicy.attachmentCount, 1);
    const readOnly = named(inventory, 'IamPolicy', 'ReadOnlyAccess');
    assert.equal(readOnly.managedBy, 'aws');
    assert.equal(readOnly.document, undefined);
    assert.equal(
      inventory.ofType('IamPolicy').filter((p) => p.managedBy === 'aws').length,
      1,
      'only attached AWS managed policies are read',
    );

    // The only gap is the missing root row of moto's credential report.
    assert.deepEqual([...gapApis(inventory)], ['iam:GetCredentialReport']);

    const result = judge(inventory);
    assert.equal(statusOf(result, 'iam-root-mfa-enabled', ACCOUNT), 'fail');
    assert.equal(statusOf(result, 'iam-root-no-access-keys', ACCOUNT), 'pass');
    const rootUse = result.findings.find((f) => f.checkId === 'iam-root-not-used-recently');
    assert.equal(rootUse?.status, 'not_assessed');
    assert.match(rootUse?.reason ?? '', /no <root_account> row/);
    assert.equal(statusOf(result, 'iam-password-policy-strength', ACCOUNT), 'pass');
    assert.equal(statusOf(result, 's3-account-public-access-block', ACCOUNT), 'pass');

    assert.equal(statusOf(result, 'iam-user-console-mfa', 'alice'), 'pass');
    assert.equal(statusOf(result, 'iam-user-console-mfa', 'bob'), 'fail');
    assert.ok(
      !result.findings.some((f) => f.checkId === 'iam-user-console-mfa' && f.resource.name === 'carol'),
    );
    assert.equal(statusOf(result, 'iam-user-policies-via-groups', 'alice'), 'pass');
    assert.equal(statusOf(result, 'iam-user-policies-via-groups', 'bob'), 'fail');
    assert.equal(statusOf(result, 'iam-user-access-key-rotation', 'bob'), 'pass');
    assert.equal(statusOf(result, 'iam-user-unused-credentials', 'carol'), 'pass');
    assert.equal(statusOf(result, 'iam-inline-policy-no-full-admin', 'bob'), 'fail');
    assert.equal(statusOf(result, 'iam-inline-policy-no-full-admin', 'devs'), 'pass');
    assert.equal(statusOf(result, 'iam-inline-policy-no-full-admin', 'app'), 'pass');
    assert.equal(statusOf(result, 'iam-policy-no-full-admin', 'admin-all'), 'fail');
    assert.equal(statusOf(result, 'iam-policy-no-full-admin', 'read-s3'), 'pass');
  });

  it('reads an account without a password policy or account Block Public Access as null, and fails it', async () => {
    await moto().reset();
    const { inventory } = await collectAws({ regions: ['eu-west-1'] }, [iamCollector]);
    assertValid(inventory);
    const account = named(inventory, 'AwsAccount', ACCOUNT);
    assert.equal(account.passwordPolicy, null);
    assert.equal(account.s3PublicAccessBlock, null);
    const result = judge(inventory);
    assert.equal(statusOf(result, 'iam-password-policy-strength', ACCOUNT), 'fail');
    assert.equal(statusOf(result, 's3-account-public-access-block', ACCOUNT), 'fail');
  });
});

describe('IAM mapping', () => {
  const ROOT_ARN = `arn:aws:iam::${ACCOUNT}:root`;
  const HEADER =
    'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
  const ROOT = `<root_account>,${ROOT_ARN},2020-01-01T00:00:00+00:00,not_supported,2026-10-20T08:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,true,2021-01-01T00:00:00+00:00,2026-10-25T09:30:00+00:00,us-east-1,s3,false,N/A,false,N/A`;
  const USER = `"ops,admin","arn:aws:iam::${ACCOUNT}:user/ops,admin",2024-05-01T10:00:00+00:00,true,no_information,2024-05-01T10:00:00+00:00,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;

  it('parses the credential report, quoted names included, and reads the root row', () => {
    const rows = parseCredentialReport(`${HEADER}\n${ROOT}\n${USER}\n`);
    assert.equal(rows.length, 2);
    assert.equal(rows[1]?.user, 'ops,admin');
    assert.deepEqual(rootFactsOf(rows[0]), {
      mfaActive: true,
      accessKeysActive: true,
      lastUsed: '2026-10-25T09:30:00.000Z',
    });
    const neverUsed = ROOT.replace('2026-10-20T08:00:00+00:00', 'no_information').replace(
      '2026-10-25T09:30:00+00:00',
      'N/A',
    );
    assert.equal(rootFactsOf(parseCredentialReport(`${HEADER}\n${neverUsed}`)[0]).lastUsed, null);
    assert.deepEqual(rootFactsOf(undefined), {});
  });

  it('matches a user row only for the same user, not one recreated under the same name', () => {
    const rows = parseCredentialReport(`${HEADER}\n${USER}`);
    const arn = `arn:aws:iam::${ACCOUNT}:user/ops,admin`;
    assert.ok(userRowOf(rows, arn, new Date('2024-05-01T10:00:00.400Z')));
    assert.equal(userRowOf(rows, arn, new Date('2025-01-01T00:00:00Z')), undefined);
  });

  it('prefers the current account summary, falls back to the report, and tells virtual from hardware MFA', () => {
    const rows = parseCredentialReport(`${HEADER}\n${ROOT}`);
    const virtual = [{ SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device` }];
    assert.ok(
      isRootVirtualMfa({ SerialNumber: 'arn:aws:iam::1:mfa/x', User: { Arn: ROOT_ARN } } as never, ROOT_ARN),
    );
    const fromSummary = accountFieldsOf(
      { summary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0 }, report: rows, virtualMfaDevices: [] },
      ROOT_ARN,
    );
    assert.equal(fromSummary.rootMfaEnabled, true);
    assert.equal(fromSummary.rootHardwareMfa, true);
    assert.equal(fromSummary.rootAccessKeysPresent, false);
    assert.equal(fromSummary.rootLastUsed, '2026-10-25T09:30:00.000Z');
    const fromReport = accountFieldsOf({ report: rows, virtualMfaDevices: virtual }, ROOT_ARN);
    assert.equal(fromReport.rootMfaEnabled, true);
    assert.equal(fromReport.rootHardwareMfa, false);
    assert.equal(fromReport.rootAccessKeysPresent, true);
    const nothing = accountFieldsOf({}, ROOT_ARN);
    assert.equal(nothing.rootMfaEnabled, undefined);
    assert.equal(nothing.rootHardwareMfa, undefined);
    assert.equal(nothing.passwordPolicy, undefined);
    assert.equal(accountFieldsOf({ summary: { AccountMFAEnabled: 1 } }, ROOT_ARN).rootHardwareMfa, undefined);
  });

  it('decodes URL-encoded and plain policy documents, and rejects what is not a policy', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
    assert.deepEqual(parsePolicyDocument(encodeURIComponent(JSON.stringify(doc, null, 2))), doc);
    assert.deepEqual(parsePolicyDocument(JSON.stringify(doc)), doc);
    assert.deepEqual(
      parsePolicyDocument(encodeURIComponent(JSON.stringify(doc, null, 1)).replace(/%20/g, '+')),
      doc,
    );
    assert.throws(() => parsePolicyDocument('%7Bnot json'), /not valid JSON/);
    assert.throws(() => parsePolicyDocument('{"Statement":[{"Effect":"Maybe"}]}'), /grammar/);
    assert.throws(() => parsePolicyDocument(undefined), /no policy document/);
  });
});
