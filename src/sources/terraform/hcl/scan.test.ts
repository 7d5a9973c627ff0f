import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../../../../test/helpers/cli.js';
import { PACKAGE_ROOT } from '../../../cli/paths.js';
import type { ScanResult } from '../../../engine/result.js';

const FIXTURES = join(PACKAGE_ROOT, 'test/fixtures/hcl');

async function scan(...args: string[]) {
  const out = await run(['scan', ...args, '--format', 'json'], { cwd: FIXTURES });
  return { ...out, result: out.stdout ? (JSON.parse(out.stdout) as ScanResult) : undefined };
}

/** `check @ file:line → status` for each finding of a logical id. */
function verdicts(result: ScanResult | undefined, logicalId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of result?.findings ?? []) {
    const source = f.resource.source;
    if (source?.logicalId === logicalId) out[f.checkId] = `${f.status}@${source.file}:${source.line}`;
  }
  return out;
}

describe('demarc scan <folder of .tf>', () => {
  it('evaluates the root module with its local module, tfvars, count, for_each and split S3 resources', async () => {
    const { result, stderr } = await scan('estate');
    const estate = 'test/fixtures/hcl/estate';
    // for_each over a tfvars map, through a local module, joined to its aws_s3_bucket_versioning.
    assert.equal(
      verdicts(result, 'module.data["raw"].aws_s3_bucket.this')['s3-bucket-versioning'],
      `fail@${estate}/modules/bucket/main.tf:15`,
    );
    assert.equal(
      verdicts(result, 'module.data["curated"].aws_s3_bucket.this')['s3-bucket-versioning'],
      `pass@${estate}/modules/bucket/main.tf:15`,
    );
    // count = 2 from terraform.tfvars, each joined to its own versioning resource by count.index.
    assert.equal(
      verdicts(result, 'aws_s3_bucket.logs[1]')['s3-bucket-versioning'],
      `pass@${estate}/main.tf:28`,
    );
    const names = result?.findings.map((f) => f.resource.name) ?? [];
    assert.ok(names.includes('kestrel-prod-logs-1'), 'names come from tfvars and *.auto.tfvars');
    const pub = verdicts(result, 'aws_s3_bucket.public');
    assert.equal(pub['s3-bucket-no-public-policy'], `fail@${estate}/main.tf:42`);
    assert.equal(pub['s3-bucket-public-access-block'], `fail@${estate}/main.tf:42`);
    assert.equal(
      verdicts(result, 'aws_security_group.admin')['vpc-security-group-no-public-admin-ports'],
      `fail@${estate}/network.tf:5`,
      'a dynamic ingress block from a variable opens SSH',
    );
    assert.equal(
      verdicts(result, 'aws_security_group.web')['vpc-security-group-no-public-admin-ports'],
      `pass@${estate}/network.tf:20`,
    );
    assert.equal(
      verdicts(result, 'aws_ebs_volume.scratch')['ebs-volume-encrypted'],
      `fail@${estate}/network.tf:32`,
    );
    assert.equal(
      verdicts(result, 'aws_iam_policy.admin')['iam-policy-no-full-admin'],
      `fail@${estate}/network.tf:42`,
    );
    // Unknowns: a data source in the document, a remote module's output.
    assert.equal(
      verdicts(result, 'aws_ebs_volume.remote')['ebs-volume-encrypted'],
      `not_assessed@${estate}/network.tf:78`,
    );
    assert.equal(
      verdicts(result, 'aws_iam_policy.scoped')['iam-policy-no-full-admin'],
      `not_assessed@${estate}/network.tf:61`,
    );
    assert.match(
      stderr,
      /network\.tf:69: module\.remote: source "terraform-aws-modules\/s3-bucket\/aws" is not a local folder/,
    );
    assert.ok(!names.includes(''), 'modules/bucket is not scanned again as a root of its own');
  });

  it('applies a suppression written as a comment above the block', async () => {
    const { result } = await scan('estate');
    const finding = result?.findings.find(
      (f) =>
        f.resource.source?.logicalId === 'aws_iam_policy.breakglass' &&
        f.checkId === 'iam-policy-no-full-admin',
    );
    assert.equal(finding?.status, 'fail');
    assert.equal(finding?.suppressed?.by, 'inline');
    assert.match(JSON.stringify(finding), /break-glass role, reviewed quarterly/);
  });

  it('names the file and line of bad HCL, exits 2 and still scans the other folders', async () => {
    const { result, stderr, code } = await scan('broken');
    assert.equal(code, 2);
    assert.match(stderr, /demarc: error: test\/fixtures\/hcl\/broken\/bad\/main\.tf:\d+: invalid HCL/);
    assert.doesNotMatch(stderr, /internal error|at .*\.js/);
    assert.equal(
      verdicts(result, 'aws_ebs_volume.data')['ebs-volume-encrypted'],
      'pass@test/fixtures/hcl/broken/good/main.tf:1',
    );
  });

  it('lets a plan in the same folder win over the .tf files, and says so', async () => {
    const { result, stderr } = await scan('both');
    const reports = result?.findings.filter((f) => f.checkId === 's3-bucket-versioning') ?? [];
    assert.equal(reports.length, 1, 'one finding, not one per front end');
    assert.equal(reports[0]?.resource.source?.file, 'test/fixtures/hcl/both/plan.json');
    assert.match(stderr, /test\/fixtures\/hcl\/both: a Terraform plan is read in this folder/);
  });

  it('takes --var and --var-file over terraform.tfvars', async () => {
    const { result } = await scan('estate', '--var', 'env=stage', '--var-file', 'estate/extra.tfvars');
    const names = result?.findings.map((f) => f.resource.name) ?? [];
    assert.ok(names.includes('kestrel-stage-logs-2'), 'log_buckets = 3 from --var-file, env from --var');
  });
});
