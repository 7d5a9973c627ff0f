import type { PolicyDocument, PolicyStatement } from '../../../inventory/base.js';
import type { LambdaEnvVar, LambdaFunction } from '../../../inventory/kinds/compute.js';
import { envVarsOf } from '../../shared/env-values.js';
import { type Attrs, UNKNOWN } from '../attrs.js';
import type { PlannedResource, TerraformPlan } from '../model.js';
import { Defaults } from './defaults.js';

/** A function named by its name, its ARN (qualified or not) or its id. */
const functionMatches = (fn: PlannedResource, value: string) => {
  const name = fn.attrs.str('function_name');
  return (
    value === name ||
    value === fn.attrs.str('arn') ||
    value === fn.attrs.str('id') ||
    (!!name && new RegExp(`:function:${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:[^:]+)?$`).test(value))
  );
};

/**
 * aws_lambda_function, with its URLs (aws_lambda_function_url) and the statements of its function
 * policy (aws_lambda_permission).
 */
export function lambdaFunctions(plan: TerraformPlan): LambdaFunction[] {
  const functions = plan.ofType('aws_lambda_function');
  const urls = plan.join(['aws_lambda_function_url'], 'function_name', functions, functionMatches);
  const permissions = plan.join(['aws_lambda_permission'], 'function_name', functions, functionMatches);
  return functions.map((fn): LambdaFunction => {
    const a = fn.attrs;
    const d = new Defaults();
    const name = a.str('function_name') ?? fn.address;
    const packageType = a.str('package_type');
    const [vpc] = a.blocks('vpc_config') ?? [undefined];
    const subnets = vpc ? vpc.strings('subnet_ids') : a.blocks('vpc_config') ? [] : undefined;
    return {
      type: 'LambdaFunction',
      ...plan.base(fn, name),
      runtime: a.str('runtime') ?? undefined,
      packageType:
        packageType === 'Image' || packageType === 'Zip'
          ? packageType
          : packageType === null
            ? d.take(fn, 'packageType', 'Zip' as const)
            : undefined,
      kmsKeyArn: plan.keyRef(fn, a, 'kms_key_arn') ?? undefined,
      // A VPC-attached function names subnets; the VPC id is computed after apply.
      vpcId:
        subnets === undefined ? undefined : subnets.length > 0 ? (vpc?.str('vpc_id') ?? undefined) : null,
      subnetIds: subnets,
      publicUrl: publicUrlOf(fn, urls.of(fn), urls.unresolved.length > 0, d),
      resourcePolicy: permissions.unresolved.length > 0 ? undefined : policyOf(fn, permissions.of(fn), d),
      environment: environmentOf(a),
      codeSigningConfigArn: a.str('code_signing_config_arn'),
      // Terraform cannot set the update mode: a function it creates keeps Lambda's default.
      runtimeUpdateMode: d.take(fn, 'runtimeUpdateMode', 'Auto' as const),
      ...d.spread,
    };
  });
}

function publicUrlOf(
  fn: PlannedResource,
  urls: readonly PlannedResource[],
  unresolved: boolean,
  d: Defaults,
): boolean | undefined {
  const types = urls.map((u) => u.attrs.str('authorization_type'));
  if (types.includes('NONE')) return true;
  if (unresolved || types.some((t) => t !== 'AWS_IAM')) return undefined;
  return urls.length > 0 ? false : d.take(fn, 'publicUrl', false);
}

function policyOf(
  fn: PlannedResource,
  permissions: readonly PlannedResource[],
  d: Defaults,
): PolicyDocument | null | undefined {
  if (permissions.length === 0) return d.take(fn, 'resourcePolicy', null);
  const statements = permissions.map(statementOf);
  if (statements.some((s) => s === undefined)) return undefined;
  return { Version: '2012-10-17', Statement: statements as PolicyStatement[] };
}

/** One aws_lambda_permission as the statement Lambda writes for it; undefined when not known yet. */
function statementOf(permission: PlannedResource): PolicyStatement | undefined {
  const a = permission.attrs;
  const principal = a.str('principal');
  const action = a.str('action');
  if (!principal || !action) return undefined;
  const condition: Record<string, Record<string, string>> = {};
  const keys = [
    ['source_account', 'StringEquals', 'AWS:SourceAccount'],
    ['source_arn', 'ArnLike', 'AWS:SourceArn'],
    ['principal_org_id', 'StringEquals', 'aws:PrincipalOrgID'],
    ['function_url_auth_type', 'StringEquals', 'lambda:FunctionUrlAuthType'],
  ] as const;
  for (const [attr, operator, key] of keys) {
    const value = a.str(attr);
    // Set from something known only after apply (a bucket's ARN): it still scopes the grant.
    if (value === undefined && a.configured(attr)) {
      condition[operator] = { ...condition[operator], [key]: '(known after apply)' };
    } else if (value === undefined) {
      return undefined;
    } else if (value !== null) {
      condition[operator] = { ...condition[operator], [key]: value };
    }
  }
  return {
    Sid: a.str('statement_id') ?? permission.address,
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

/** Variables with what their values look like; a value known only after apply is unknown. */
function environmentOf(a: Attrs): LambdaEnvVar[] | undefined {
  const blocks = a.blocks('environment');
  if (blocks === undefined) return undefined;
  const [block] = blocks;
  if (!block) return [];
  const raw = block.value('variables');
  if (raw === UNKNOWN) return undefined;
  if (raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const values: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    values[name] = typeof value === 'string' ? value : undefined;
  }
  return envVarsOf(values);
}
