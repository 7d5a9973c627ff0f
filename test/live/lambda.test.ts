import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  AddPermissionCommand,
  CreateFunctionCommand,
  type CreateFunctionCommandInput,
  CreateFunctionUrlConfigCommand,
  LambdaClient,
} from '@aws-sdk/client-lambda';
import { lambdaCollector } from '../../src/sources/aws/collectors/lambda.js';
import { collectAws, type LiveScan } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';
import { assertValid, callRecorder, gapApis, judge, named, verdicts } from './regional-support.js';

const A = 'eu-west-1';
const B = 'eu-central-1';
const ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';

/** The smallest valid zip archive (an end-of-central-directory record alone): moto only stores it. */
const EMPTY_ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);

async function seed(): Promise<void> {
  const role = await new IAMClient({ region: A }).send(
    new CreateRoleCommand({
      RoleName: 'function-role',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    }),
  );
  const ec2 = new EC2Client({ region: A });
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
  const subnet = await ec2.send(
    new CreateSubnetCommand({ VpcId: vpc.Vpc?.VpcId as string, CidrBlock: '10.20.1.0/24' }),
  );
  const create = (region: string, input: Partial<CreateFunctionCommandInput> & { FunctionName: string }) =>
    new LambdaClient({ region }).send(
      new CreateFunctionCommand({
        Runtime: 'python3.13',
        Role: role.Role?.Arn,
        Handler: 'index.handler',
        Code: { ZipFile: EMPTY_ZIP },
        ...input,
      }),
    );
  await create(A, {
    FunctionName: 'webhook',
    Runtime: 'nodejs16.x',
    Environment: { Variables: { AWS_KEY: ACCESS_KEY, LOG_LEVEL: 'info' } },
    Tags: { DataClassification: 'restricted' },
  });
  const lambdaA = new LambdaClient({ region: A });
  await lambdaA.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'webhook', AuthType: 'NONE' }));
  await lambdaA.send(
    new AddPermissionCommand({
      FunctionName: 'webhook',
      StatementId: 'anyone',
      Action: 'lambda:InvokeFunction',
      Principal: '*',
    }),
  );
  await create(A, {
    FunctionName: 'orders',
    Environment: {
      Variables: { DB_PASSWORD_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf' },
    },
    VpcConfig: { SubnetIds: [subnet.Subnet?.SubnetId as string], SecurityGroupIds: [] },
    Tags: { DataClassification: 'restricted' },
  });
  await lambdaA.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'orders', AuthType: 'AWS_IAM' }));
  await create(B, { FunctionName: 'thumbnails' });
}

describe('live Lambda collector against moto', () => {
  let live: LiveScan;
  const calls = callRecorder();

  motoForSuite();
  before(async () => {
    await seed();
    live = await collectAws({ regions: [A, B], maxAttempts: 2, onCall: calls.onCall }, [lambdaCollector]);
  });

  it('only reads: every request is a Get or List', () => {
    calls.assertReadOnly();
  });

  it('reads functions in both regions; the one call moto lacks is a gap per function', () => {
    assertValid(live.inventory);
    assert.equal(named(live.inventory, 'LambdaFunction', 'thumbnails').region, B);
    // moto has no GetRuntimeManagementConfig: each function's update mode stays unknown, as a gap.
    assert.deepEqual([...gapApis(live.inventory)], ['lambda:GetRuntimeManagementConfig']);
    assert.equal(live.inventory.gaps.length, 3);
    for (const fn of live.inventory.ofType('LambdaFunction')) assert.equal(fn.runtimeUpdateMode, undefined);
  });

  it('maps URL, policy, environment (redacted), VPC, code signing and tags', () => {
    const webhook = named(live.inventory, 'LambdaFunction', 'webhook');
    assert.equal(webhook.id, `arn:aws:lambda:${A}:123456789012:function:webhook`);
    assert.equal(webhook.runtime, 'nodejs16.x');
    assert.equal(webhook.packageType, 'Zip');
    assert.equal(webhook.publicUrl, true);
    assert.equal(webhook.vpcId, null);
    assert.equal(webhook.codeSigningConfigArn, null);
    assert.deepEqual(webhook.tags, { DataClassification: 'restricted' });
    assert.deepEqual(webhook.environment, [
      { name: 'AWS_KEY', valueKind: 'aws-access-key-id', redacted: 'AKIA…(20 chars)' },
      { name: 'LOG_LEVEL', valueKind: 'plain', redacted: '…(4 chars)' },
    ]);
    assert.ok(
      !JSON.stringify(live.inventory.resources).includes(ACCESS_KEY),
      'a secret value left the source',
    );
    assert.equal(
      webhook.resourcePolicy?.Statement && JSON.stringify(webhook.resourcePolicy).includes('"*"'),
      true,
    );

    const orders = named(live.inventory, 'LambdaFunction', 'orders');
    assert.equal(orders.publicUrl, false);
    // moto reports the subnets but not the VpcId that AWS adds.
    assert.equal(orders.subnetIds?.length, 1);
    assert.equal(orders.resourcePolicy, null);
    assert.equal(named(live.inventory, 'LambdaFunction', 'thumbnails').publicUrl, false);
  });

  it('gives the checks their verdicts through the engine', () => {
    const expect = verdicts(judge(live.inventory));
    expect('lambda-function-url-auth-required', 'webhook', 'fail');
    expect('lambda-function-url-auth-required', 'orders', 'pass');
    expect('lambda-function-policy-not-public', 'webhook', 'fail');
    expect('lambda-function-policy-not-public', 'orders', 'pass');
    expect('lambda-runtime-supported', 'webhook', 'fail');
    expect('lambda-runtime-supported', 'orders', 'pass');
    expect('lambda-environment-no-plain-secrets', 'webhook', 'fail');
    expect('lambda-environment-no-plain-secrets', 'orders', 'pass');
    expect('lambda-function-in-vpc-where-required', 'webhook', 'fail');
    expect('lambda-function-in-vpc-where-required', 'orders', 'pass');
    expect('lambda-function-in-vpc-where-required', 'thumbnails', 'pass');
    // Restricted data asks for signed code by default; moto reports no code signing configuration.
    expect('lambda-code-signing-where-required', 'orders', 'fail');
    expect('lambda-code-signing-where-required', 'thumbnails', 'pass');
    // The gap leaves the update mode unknown, never a guessed pass.
    expect('lambda-runtime-updates-automatic', 'orders', 'not_assessed');
  });
});
