import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExampleFormat } from '../src/checks/example.js';
import { CHECKS } from '../src/checks/registry.js';
import { evaluate } from '../src/engine/run.js';
import { Inventory } from '../src/inventory/inventory.js';
import { DEFAULT_POLICY } from '../src/policy/policy.js';
import { examplesOf, readSnippet } from '../test/helpers/examples.js';
import { FIXTURE_NOW } from '../test/helpers/iac-examples.js';
import { hclOfPlan } from './plan-to-hcl.js';

/** `<check> <address>` → status, for every check on a snippet. */
function verdicts(format: ExampleFormat, path: string, source: string): Record<string, string> {
  const read = readSnippet(format, path, source);
  return Object.fromEntries(
    evaluate(new Inventory(read.resources), DEFAULT_POLICY, CHECKS, FIXTURE_NOW).map((f) => [
      `${f.checkId} ${f.resource.source.logicalId}`,
      f.status,
    ]),
  );
}

describe('scripts/plan-to-hcl: the .tf a plan example was made from', () => {
  const plans = examplesOf('terraform-plan');

  it('writes back every plan example but those with a child module, and says why for those', () => {
    const refused = plans.flatMap((e) => {
      const out = hclOfPlan(e.example.source);
      return 'cannot' in out ? [`${e.check.id} ${e.name}: ${out.cannot}`] : [];
    });
    assert.deepEqual(refused, [
      's3-bucket-deny-insecure-transport terraform-plan.pass.json: it calls a child module, which one .tf file cannot hold',
      's3-bucket-deny-insecure-transport terraform-plan.fail.json: it calls a child module, which one .tf file cannot hold',
    ]);
  });

  for (const e of plans) {
    const out = hclOfPlan(e.example.source);
    if ('cannot' in out) continue;
    it(`${e.check.id} ${e.name}: read as HCL, every check gives the plan's verdicts`, () => {
      const fromPlan = verdicts('terraform-plan', 'plan.json', e.example.source);
      assert.ok(Object.keys(fromPlan).length > 0);
      assert.deepEqual(verdicts('terraform-hcl', 'main.tf', out.hcl), fromPlan, out.hcl);
    });
  }

  it('keeps interpolation-like text as text, and a policy string as jsonencode of the same object', () => {
    const plan = {
      configuration: {
        provider_config: { aws: { expressions: { region: { constant_value: 'eu-west-1' } } } },
        root_module: {
          resources: [
            {
              mode: 'managed',
              type: 'aws_iam_policy',
              name: 'p',
              expressions: {
                // biome-ignore lint/suspicious/noTemplateCurlyInString: text that looks like interpolation
                name: { constant_value: '${not} %{this}' },
                policy: { constant_value: '{"Version":"2012-10-17","Statement":[]}' },
                role: { references: ['aws_iam_role.r.name', 'aws_iam_role.r'] },
              },
            },
          ],
        },
      },
    };
    assert.deepEqual(hclOfPlan(JSON.stringify(plan)), {
      hcl: [
        'provider "aws" {',
        '  region = "eu-west-1"',
        '}',
        '',
        'resource "aws_iam_policy" "p" {',
        '  name = "$${not} %%{this}"',
        '  policy = jsonencode({',
        '    Version = "2012-10-17"',
        '    Statement = []',
        '  })',
        '  role = aws_iam_role.r.name',
        '}',
        '',
      ].join('\n'),
    });
  });
});
