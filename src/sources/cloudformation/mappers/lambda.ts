import type { PolicyDocument, PolicyStatement } from '../../../inventory/base.js';
import type { LambdaEnvVar, LambdaFunction } from '../../../inventory/kinds/compute.js';
import type { Resource, ResourceOf } from '../../../inventory/resources.js';
import { envVarsOf } from '../../shared/env-values.js';
import type { TemplateContext } from '../context.js';
import { pointerIndex } from '../pointer-index.js';
import type { ResourceDecl } from '../resolver.js';
import { isRecord, literal, Props, text, Unknown } from '../values.js';
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
  const permissions = ctx.ofType('AWS::Lambda::Permission').map((decl) => ({
    target: ctx.target(decl, 'FunctionName'),
    props: ctx.props(decl),
  }));
  const out: Resource[] = [];
  for (const decl of ctx.ofType('AWS::Lambda::Function')) {
    const p = ctx.props(decl);
    const d = new Defaults();
    const name = ctx.nameOf(decl, 'FunctionName');
    const mine = urlsAt(decl, name);
    const fields = {
      ...commonFields(p, d),
      resourcePolicy: permissionPolicy(ctx, decl, name, permissions, d),
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
      ...commonFields(p, d),
      resourcePolicy: permissionPolicy(ctx, decl, name, permissions, d),
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

type Permission = { target: ReturnType<TemplateContext['target']>; props: Props };

/** What AWS::Lambda::Function and AWS::Serverless::Function write alike. */
function commonFields(
  p: Props,
  d: Defaults,
): Pick<
  LambdaFunction,
  | 'runtime'
  | 'packageType'
  | 'kmsKeyArn'
  | 'vpcId'
  | 'subnetIds'
  | 'environment'
  | 'codeSigningConfigArn'
  | 'runtimeUpdateMode'
> {
  const packageType = p.literal('PackageType');
  const vpc = p.sub('VpcConfig');
  const subnets = vpc.list('SubnetIds');
  const updateOn = p.sub('RuntimeManagementConfig').literal('UpdateRuntimeOn');
  return {
    runtime: p.text('Runtime'),
    packageType: p.has('PackageType')
      ? packageType === 'Image' || packageType === 'Zip'
        ? packageType
        : undefined
      : d.take('packageType', 'Zip' as const),
    kmsKeyArn: keyReference(p, 'KmsKeyArn'),
    // A template names subnets, not the VPC: attached is what it can tell.
    vpcId: p.has('VpcConfig') ? (subnets && subnets.length === 0 ? null : undefined) : d.take('vpcId', null),
    subnetIds: p.has('VpcConfig')
      ? subnets?.every((s) => text(s) !== undefined)
        ? subnets.map((s) => text(s) as string)
        : subnets && subnets.length > 0
          ? subnets.map((s, i) => text(s) ?? `unresolved subnet ${i + 1}`)
          : undefined
      : d.take('subnetIds', []),
    environment: environmentOf(p, d),
    codeSigningConfigArn: p.has('CodeSigningConfigArn')
      ? (text(p.get('CodeSigningConfigArn')) ?? 'unresolved code signing configuration')
      : d.take('codeSigningConfigArn', null),
    runtimeUpdateMode: p.has('RuntimeManagementConfig')
      ? updateOn === 'Auto' || updateOn === 'FunctionUpdate' || updateOn === 'Manual'
        ? updateOn
        : undefined
      : d.take('runtimeUpdateMode', 'Auto' as const),
  };
}

/** Environment variables with what their values look like; a value resolved at deployment is unknown. */
function environmentOf(p: Props, d: Defaults): LambdaEnvVar[] | undefined {
  if (!p.has('Environment')) return d.take('environment', []);
  const raw = p.sub('Environment').get('Variables');
  if (raw === undefined) return [];
  if (!isRecord(raw)) return undefined;
  const values: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(raw)) {
    // The resolver keeps a dynamic reference only in its reason; the reference names the store.
    values[name] = value instanceof Unknown ? /\{\{resolve:[^}]*\}\}/.exec(value.why)?.[0] : literal(value);
  }
  return envVarsOf(values);
}

/**
 * The function policy that the template's AWS::Lambda::Permission resources add up to: none is
 * no policy; a permission whose function or principal the template does not resolve leaves it unknown.
 */
function permissionPolicy(
  ctx: TemplateContext,
  decl: ResourceDecl,
  name: string,
  permissions: readonly Permission[],
  d: Defaults,
): PolicyDocument | null | undefined {
  if (permissions.some((perm) => perm.target === undefined)) return undefined;
  const mine = permissions.filter((perm) => ctx.points(perm.target, decl, name));
  if (mine.length === 0) return d.take('resourcePolicy', null);
  const statements: PolicyStatement[] = [];
  for (const [i, perm] of mine.entries()) {
    const statement = permissionStatement(perm.props, i);
    if (!statement) return undefined;
    statements.push(statement);
  }
  return { Version: '2012-10-17', Statement: statements };
}

/** One AWS::Lambda::Permission as the statement Lambda writes for it. */
function permissionStatement(p: Props, index: number): PolicyStatement | undefined {
  const principal = p.text('Principal');
  const action = p.text('Action');
  if (principal === undefined || action === undefined) return undefined;
  const condition: Record<string, Record<string, string>> = {};
  const add = (operator: string, key: string, property: string): boolean => {
    if (!p.has(property)) return true;
    const value = p.text(property);
    if (value === undefined) return false;
    condition[operator] = { ...condition[operator], [key]: value };
    return true;
  };
  const known =
    add('StringEquals', 'AWS:SourceAccount', 'SourceAccount') &&
    add('ArnLike', 'AWS:SourceArn', 'SourceArn') &&
    add('StringEquals', 'aws:PrincipalOrgID', 'PrincipalOrgID') &&
    add('StringEquals', 'lambda:FunctionUrlAuthType', 'FunctionUrlAuthType');
  if (!known) return undefined;
  return {
    Sid: `permission-${index + 1}`,
    Effect: 'Allow',
    Principal:
      principal === '*'
        ? '*'
        : principal.endsWith('.amazonaws.com')
          ? { Service: principal }
          : { AWS: principal },
    Action: action,
    ...(Object.keys(condition).length > 0 && { Condition: condition }),
  };
}

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
