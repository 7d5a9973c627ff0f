import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../../../../test/helpers/cli.js';
import { findCheck } from '../../../checks/registry.js';
import { PACKAGE_ROOT } from '../../../cli/paths.js';
import type { ScanResult } from '../../../engine/result.js';

/** One mapping, two front ends: a .tf and the plan made from it must get the same verdicts. */
const PARITY = 'test/fixtures/hcl/parity';

async function verdicts(path: string): Promise<Record<string, string>> {
  const out = await run(['scan', path, '--format', 'json'], { cwd: PACKAGE_ROOT });
  assert.notEqual(out.code, 2, `${path}: ${out.stderr}`);
  const result = JSON.parse(out.stdout) as ScanResult;
  return Object.fromEntries(
    result.findings.map((f) => [`${f.checkId} ${f.resource.source?.logicalId ?? f.resource.id}`, f.status]),
  );
}

/** The plan example beside the check: src/checks/<service>/<id>/examples/terraform-plan.<kind>.json. */
function planExample(checkId: string, kind: string): string {
  const check = findCheck(checkId);
  assert.ok(check, `no check ${checkId}`);
  return `src/checks/${check.service}/${checkId}/examples/terraform-plan.${kind}.json`;
}

const checks = readdirSync(join(PACKAGE_ROOT, PARITY)).filter((c) => !c.includes('.'));

describe('HCL and plan give the same verdicts', () => {
  it('covers at least 15 checks, passing and failing', () => {
    assert.ok(checks.length >= 15, `${checks.length} checks`);
  });
  for (const check of checks) {
    for (const kind of ['pass', 'fail']) {
      if (!existsSync(join(PACKAGE_ROOT, PARITY, check, kind))) continue;
      it(`${check} (${kind})`, async () => {
        const fromPlan = await verdicts(planExample(check, kind));
        const fromHcl = await verdicts(`${PARITY}/${check}/${kind}`);
        assert.deepEqual(fromHcl, fromPlan);
        const own = Object.entries(fromHcl).filter(([k]) => k.startsWith(`${check} `));
        assert.ok(own.length > 0, 'the check ran');
        if (kind === 'fail')
          assert.ok(
            own.some(([, status]) => status === 'fail'),
            'the bad sample fails',
          );
        else
          assert.ok(
            own.every(([, status]) => status === 'pass'),
            'the good sample passes',
          );
      });
    }
  }
});
