import type { PolicyDocument } from '../../../inventory/base.js';
import type { Resource, ResourceOf } from '../../../inventory/resources.js';
import type { TemplateContext } from '../context.js';
import { pointerIndex } from '../pointer-index.js';
import type { ResourceDecl } from '../resolver.js';
import { isRecord, Props, text } from '../values.js';
import { Defaults, keyReference, type Mapper, policyDocument } from './common.js';

type NamedPolicy = NonNullable<ResourceOf<'IamRole'>['inlinePolicies']>[number];

/** AWS::Lambda::Function (with AWS::Lambda::Url) and SAM's AWS::Serverless::Function with its implicit role. */
export const mapLambda: Mapper = (ctx) => {
  const urls = ctx.ofType('AWS::Lambda::Url').map((decl) => ({
    target: ctx.target(decl, 'TargetFunctionArn'),
    authType: ctx.props(decl).literal('AuthType'),
  }));
  // A URL whose function cannot be resolved may belong to any function here.
  const unplaced = urls.some((u) => u.target === undefined);
  const urlsAt = pointerIndex(ctx, urls, (u) => [u.target]);
  const out: Resource[] = [];
  for (const decl of ctx.ofType('AWS::Lambda::Function')) {
    const p = ctx.props(decl);
    const d = new Defaults();
    const name = ctx.nameOf(decl, 'FunctionName');
    const mine = urlsAt(decl, name);
    const fields = {
      runtime: p.text('Runtime'),
      kmsKeyArn: keyReference(p, 'KmsKeyArn'),
      publicUrl: mine.some((u) => u.authType === 'NONE')
        ? true
        : unplaced || mine.some((u) => u.authType !== 'AWS_IAM')
          ? undefined
          : mine.length === 0
            ? d.take('publicUrl', false)
            : false,
    };
    out.push({ type: 'LambdaFunction', ...ctx.base(decl, 'LambdaFunction', name, d.names, p), ...fields });
  }
  for (const decl of ctx.ofType('AWS::Serverless::Function')) {
    const p = samProperties(ctx, decl);
    const d = new Defaults();
    const name = ctx.nameOf(decl, 'FunctionName');
    const url = p.sub('FunctionUrlConfig');
    const authType = url.literal('AuthType');
    const fields = {
      runtime: p.text('Runtime'),
      kmsKeyArn: keyReference(p, 'KmsKeyArn'),
      publicUrl: p.has('FunctionUrlConfig')
        ? authType === 'NONE'
          ? true
          : authType === 'AWS_IAM'
            ? false
            : undefined
        : d.take('publicUrl', false),
    };
    out.push({ type: 'LambdaFunction', ...ctx.base(decl, 'LambdaFunction', name, d.names, p), ...fields });
    if (!p.has('Role') && !ctx.resolver.resources.has(`${decl.logicalId}Role`))
      out.push(implicitRole(ctx, decl, p));
  }
  return out;
};

/** A SAM function's properties with the template's Globals.Function under them. */
function samProperties(ctx: TemplateContext, decl: ResourceDecl): Props {
  const globals = ctx.globals.Function;
  const own = isRecord(decl.definition.Properties) ? decl.definition.Properties : {};
  if (!isRecord(globals) || Object.hasOwn(decl.definition, 'Fn::Transform')) return ctx.props(decl);
  const merged: Record<string, unknown> = { ...globals, ...own };
  if (isRecord(globals.Tags) && isRecord(own.Tags)) merged.Tags = { ...globals.Tags, ...own.Tags };
  return new Props(ctx.resolver.valueAt(decl, merged));
}

/**
 * The execution role SAM creates when a function names none: the basic execution policy (plus VPC
 * and X-Ray access when those are used) and whatever the function's Policies list.
 */
function implicitRole(ctx: TemplateContext, decl: ResourceDecl, p: Props): ResourceOf<'IamRole'> {
  const partition = String(ctx.resolver.ref('AWS::Partition'));
  const managed = (name: string) => `arn:${partition}:iam::aws:policy/${name}`;
  const attached = [managed('service-role/AWSLambdaBasicExecutionRole')];
  if (p.has('VpcConfig')) attached.push(managed('service-role/AWSLambdaVPCAccessExecutionRole'));
  if (p.literal('Tracing') === 'Active') attached.push(managed('AWSXrayWriteOnlyAccess'));
  const raw = p.get('Policies');
  const entries = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const inline: (NamedPolicy | undefined)[] = [];
  let unknownAttached = false;
  entries.forEach((entry, i) => {
    const arnOrName = text(entry);
    if (arnOrName !== undefined) {
      attached.push(arnOrName.startsWith('arn:') ? arnOrName : managed(arnOrName));
    } else if (isRecord(entry) && 'Statement' in entry) {
      const document = policyDocument(entry);
      inline.push(document && { name: `${decl.logicalId}RolePolicy${i}`, document });
    } else if (isRecord(entry)) {
      // A SAM policy template: SAM expands it at deployment; demarc does not.
      inline.push(undefined);
    } else {
      unknownAttached = true;
    }
  });
  const base = ctx.base(decl, 'IamRole', `${decl.logicalId}Role`, [], new Props({}));
  const trust: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ],
  };
  return {
    type: 'IamRole',
    ...base,
    id: ctx.idOf(`${decl.logicalId}Role`),
    region: 'global',
    source: { ...base.source, logicalId: `${decl.logicalId}Role` },
    assumeRolePolicy: p.has('AssumeRolePolicyDocument')
      ? policyDocument(p.get('AssumeRolePolicyDocument'))
      : trust,
    attachedPolicyArns: unknownAttached ? undefined : attached,
    inlinePolicies: inline.every((x): x is NamedPolicy => x !== undefined) ? inline : undefined,
  };
}
