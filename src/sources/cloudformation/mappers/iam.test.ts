import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../../../test/helpers/cli.js';
import { PACKAGE_ROOT } from '../../../cli/paths.js';
import type { ScanResult } from '../../../engine/result.js';

const FIXTURE = 'test/fixtures/iam-inline-unresolved';

/** `status: reason` of one check for each logical id, from a real scan of a fixture. */
async function verdicts(path: string, checkId: string): Promise<Record<string, string>> {
  const { code, stdout, stderr } = await runCli(['scan', path, '--format', 'json'], { cwd: PACKAGE_ROOT });
  assert.ok(code === 0 || code === 1, `exit ${code}: ${stderr}`);
  const out: Record<string, string> = {};
  for (const f of (JSON.parse(stdout) as ScanResult).findings) {
    if (f.checkId === checkId)
      out[f.resource.source?.logicalId ?? f.resource.id] = `${f.status}: ${f.reason}`;
  }
  return out;
}

describe('an inline user policy whose document cannot be resolved', () => {
  it('still counts as a policy of the user (CloudFormation): policies via groups fails', async () => {
    const found = await verdicts(`${FIXTURE}/stack.yaml`, 'iam-user-policies-via-groups');
    assert.deepEqual(found, {
      Deployer: 'fail: user deployer has policies of its own: inline read-artifacts',
      Publisher: 'fail: user publisher has policies of its own: inline publish, everything',
      AuditorRead: 'fail: user auditor has policies of its own: inline read-logs',
      Member: 'pass: user member has no policies of its own',
    });
  });

  it('leaves only what the document allows unknown, and a readable admin grant still fails', async () => {
    const found = await verdicts(`${FIXTURE}/stack.yaml`, 'iam-inline-policy-no-full-admin');
    assert.deepEqual(found, {
      Deployer: 'not_assessed: what inline policy read-artifacts of user deployer allows is unknown',
      Publisher:
        'fail: user publisher has inline policies that allow every action on every resource: everything (statement #1)',
      AuditorRead: 'not_assessed: what inline policy read-logs of user auditor allows is unknown',
    });
  });

  it('still counts as a policy of the user (Terraform HCL, document from a data source)', async () => {
    const via = await verdicts(`${FIXTURE}/hcl`, 'iam-user-policies-via-groups');
    assert.deepEqual(via, {
      'aws_iam_user.deployer': 'fail: user deployer has policies of its own: inline read-artifacts',
    });
    const admin = await verdicts(`${FIXTURE}/hcl`, 'iam-inline-policy-no-full-admin');
    assert.deepEqual(admin, {
      'aws_iam_user.deployer':
        'not_assessed: what inline policy read-artifacts of user deployer allows is unknown',
    });
  });
});
