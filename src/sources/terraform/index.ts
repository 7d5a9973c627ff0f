import { InputError } from '../../errors.js';
import type { Resource } from '../../inventory/resources.js';
import type { IacFileResult, IacNotice, IacReader } from '../shared/iac-reader.js';
import { accountSettings } from './aws/account.js';
import { cloudTrails } from './aws/cloudtrail.js';
import { databaseResources } from './aws/databases.js';
import { ec2Resources } from './aws/ec2.js';
import { efsFileSystems } from './aws/efs.js';
import { loadBalancers } from './aws/elb.js';
import { iamResources } from './aws/iam.js';
import { imageResources } from './aws/images.js';
import { kmsKeys } from './aws/kms.js';
import { lambdaFunctions } from './aws/lambda.js';
import { s3Buckets } from './aws/s3.js';
import { vpcResources } from './aws/vpc.js';
import { addressLines, deepestLine } from './json-text.js';
import { TerraformPlan } from './model.js';
import { parsePlan } from './parse.js';

const MAPPERS: readonly ((plan: TerraformPlan) => Resource[])[] = [
  s3Buckets,
  kmsKeys,
  iamResources,
  vpcResources,
  ec2Resources,
  imageResources,
  databaseResources,
  loadBalancers,
  lambdaFunctions,
  efsFileSystems,
  cloudTrails,
  accountSettings,
];

/** How much of a file `recognizes` looks at: the plan's header keys come first. */
const HEAD = 4096;

/** The JSON of `terraform show -json <planfile>` as typed resources. */
export const terraformPlanReader: IacReader = {
  kind: 'terraform',
  recognizes: recognizesPlan,
  read: readPlan,
};

/**
 * A plan is a JSON object with `format_version` and `planned_values` or `terraform_version`
 * near its start (Terraform writes those keys first). Judged on the first few KB, without a parse.
 */
function recognizesPlan(text: string): boolean {
  const head = text.slice(0, HEAD);
  if (!/^\uFEFF?\s*\{/.test(head)) return false;
  return /"format_version"\s*:/.test(head) && /"(planned_values|terraform_version)"\s*:/.test(head);
}

function readPlan(file: string, text: string): IacFileResult {
  try {
    return readOrThrow(file, text);
  } catch (error) {
    // Only absurd nesting (thousands of levels) exhausts the stack, in the JSON walk or the mappers.
    if (error instanceof RangeError) {
      throw new InputError(`${file}:${deepestLine(text)}: the plan nests too deeply to read`);
    }
    throw error;
  }
}

/** Every resource of a plan, mapped: the one mapping that plans and HCL configuration share. */
export function mapPlan(model: TerraformPlan): Resource[] {
  const resources: Resource[] = [];
  for (const mapper of MAPPERS) resources.push(...mapper(model));
  return resources;
}

function readOrThrow(file: string, text: string): IacFileResult {
  const plan = parsePlan(file, text);
  const model = new TerraformPlan(plan, file, addressLines(text));
  const resources = mapPlan(model);
  const notices: IacNotice[] = [...model.notices];
  if (plan.errored) {
    notices.unshift({
      file,
      line: 1,
      message: 'the plan is marked errored: Terraform stopped planning, so resources may be missing',
    });
  }
  return { resources, notices };
}
