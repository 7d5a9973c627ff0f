import {
  type FunctionConfiguration,
  GetFunctionCodeSigningConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  GetRuntimeManagementConfigCommand,
  LambdaClient,
  ListTagsCommand,
  paginateListFunctions,
} from '@aws-sdk/client-lambda';
import type { PolicyDocument } from '../../../inventory/base.js';
import type { LambdaFunction } from '../../../inventory/kinds/compute.js';
import { tagsFrom } from '../../../inventory/tags.js';
import { envVarsOf } from '../../shared/env-values.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { ABSENT, absentOn } from './expected-errors.js';
import { parsePolicyDocument } from './policy-json.js';
import { baseOf, defaultsOf, eachLimited, listAll } from './regional-kit.js';

/** Lambda's answer for "this function has no policy / URL": a fact, not a gap. */
const NOT_FOUND = ['ResourceNotFoundException'];

/** What the per-function calls found; undefined = the call failed (a gap). */
interface LambdaDetails {
  policy: PolicyDocument | null | undefined;
  urlAuthType: string | null | undefined;
  codeSigningConfigArn: string | null | undefined;
  runtimeUpdateMode: string | undefined;
  tags: Record<string, string> | undefined;
}

const UPDATE_MODES = ['Auto', 'FunctionUpdate', 'Manual'] as const;

/** A function from its ListFunctions entry and the per-function reads. */
function lambdaFunctionOf(
  ctx: AwsContext,
  region: string,
  fn: FunctionConfiguration,
  details: LambdaDetails,
): LambdaFunction {
  const name = fn.FunctionName ?? 'unknown';
  const id = fn.FunctionArn ?? `arn:${ctx.partition}:lambda:${region}:${ctx.account}:function:${name}`;
  const env = fn.Environment;
  // An Error in place of variables means Lambda could not decrypt them: their values are unknown.
  const environment = env?.Error ? undefined : envVarsOf(env?.Variables ?? {});
  const subnets = fn.VpcConfig?.SubnetIds ?? [];
  const mode = UPDATE_MODES.find((m) => m === details.runtimeUpdateMode);
  return {
    type: 'LambdaFunction',
    ...baseOf(
      ctx,
      region,
      id,
      name,
      tagsFrom(Object.entries(details.tags ?? {})),
      details.tags === undefined,
    ),
    runtime: fn.Runtime,
    packageType: fn.PackageType === 'Image' ? 'Image' : fn.PackageType === 'Zip' ? 'Zip' : undefined,
    kmsKeyArn: fn.KMSKeyArn || undefined,
    // Attached with subnets but no VpcId reported (moto does so): in a VPC, which one unknown.
    vpcId: fn.VpcConfig?.VpcId || (subnets.length > 0 ? undefined : null),
    subnetIds: subnets,
    publicUrl: details.urlAuthType === undefined ? undefined : details.urlAuthType === 'NONE',
    resourcePolicy: details.policy,
    environment,
    codeSigningConfigArn: details.codeSigningConfigArn,
    runtimeUpdateMode: mode,
    // Lambda leaves KMSKeyArn out when aws/lambda encrypts the variables.
    ...defaultsOf(fn.KMSKeyArn ? [] : ['kmsKeyArn']),
  };
}

async function detailsOf(
  ctx: AwsContext,
  client: LambdaClient,
  region: string,
  fn: FunctionConfiguration,
): Promise<LambdaDetails> {
  const FunctionName = fn.FunctionName;
  const read = <T>(api: string, request: () => Promise<T>) =>
    ctx.call(
      {
        service: 'lambda',
        region,
        api: `lambda:${api}`,
        resourceTypes: ['LambdaFunction'],
        ...(fn.FunctionArn && { resourceId: fn.FunctionArn }),
        detail: true,
      },
      request,
    );
  const [policy, urlAuthType, codeSigningConfigArn, runtimeUpdateMode, tags] = await Promise.all([
    read('GetPolicy', async () => {
      const out = await absentOn(NOT_FOUND, client.send(new GetPolicyCommand({ FunctionName })));
      return out === ABSENT ? null : parsePolicyDocument(out.Policy);
    }),
    read('GetFunctionUrlConfig', async () => {
      const out = await absentOn(NOT_FOUND, client.send(new GetFunctionUrlConfigCommand({ FunctionName })));
      return out === ABSENT ? null : (out.AuthType ?? null);
    }),
    read('GetFunctionCodeSigningConfig', async () => {
      const out = await client.send(new GetFunctionCodeSigningConfigCommand({ FunctionName }));
      return out.CodeSigningConfigArn || null;
    }),
    // Container images have no managed runtime to update.
    fn.PackageType === 'Image'
      ? Promise.resolve(undefined)
      : read('GetRuntimeManagementConfig', async () => {
          const out = await client.send(new GetRuntimeManagementConfigCommand({ FunctionName }));
          return out.UpdateRuntimeOn;
        }),
    fn.FunctionArn
      ? read(
          'ListTags',
          async () => (await client.send(new ListTagsCommand({ Resource: fn.FunctionArn }))).Tags ?? {},
        )
      : Promise.resolve(undefined),
  ]);
  return { policy, urlAuthType, codeSigningConfigArn, runtimeUpdateMode, tags };
}

/** Lambda functions per region: runtime, URL, resource policy, environment, VPC, code signing, tags. */
export const lambdaCollector: Collector = {
  service: 'lambda',
  scope: 'regional',
  async collect(ctx, region) {
    const client = ctx.client(LambdaClient, region);
    const functions = await listAll(
      ctx,
      { service: 'lambda', region, api: 'lambda:ListFunctions', resourceTypes: ['LambdaFunction'] },
      () => paginateListFunctions({ client }, {}),
      (page) => page.Functions,
    );
    return eachLimited(ctx, functions ?? [], async (fn) =>
      lambdaFunctionOf(ctx, region, fn, await detailsOf(ctx, client, region, fn)),
    );
  },
};
