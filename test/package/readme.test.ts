import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * The README as users meet it: on the npm package page, where a relative link goes nowhere, and
 * as the source of a workflow and a pre-commit configuration they copy. The copied YAML must ask
 * action.yml and .pre-commit-hooks.yaml only for what they offer.
 */

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const PACKAGE = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  files: string[];
};
/** Files of the published package, by URL: the package's own files, whatever hosts its source. */
const PACKAGE_FILES = `https://unpkg.com/${PACKAGE.name}/`;

/** The fenced yaml block whose first line is `# <name>`. */
function yamlBlock(name: string): Record<string, unknown> {
  const block = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1] as string)
    .find((text) => text.startsWith(`# ${name}\n`));
  assert.ok(block, `README shows ${name}`);
  return parse(block) as Record<string, unknown>;
}

interface Step {
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe('the README', () => {
  it('links absolutely, and every link into the package names a file the package ships', () => {
    const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
    assert.ok(targets.length > 0);
    for (const target of targets) {
      assert.match(target, /^(https?:\/\/|#)/, `a relative link breaks on the npm page: ${target}`);
      if (!target.startsWith(PACKAGE_FILES)) continue;
      const path = target.slice(PACKAGE_FILES.length);
      assert.ok(existsSync(join(REPO_ROOT, path)), `${path} does not exist`);
      assert.ok(
        PACKAGE.files.some((f) => path.startsWith(`${f}/`)),
        `${path} is not in the package (package.json files)`,
      );
    }
  });

  it('its workflow asks the action only for inputs and outputs action.yml has, and uploads SARIF even when the scan fails', () => {
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    const workflow = yamlBlock('.github/workflows/demarc.yml') as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Step[] }>;
    };
    assert.ok('pull_request' in workflow.on, 'runs on pull requests');
    assert.equal(workflow.permissions['security-events'], 'write', 'may upload to code scanning');
    let uploads = 0;
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const demarcIds = new Set<string>();
      for (const [i, step] of job.steps.entries()) {
        if (step.uses?.endsWith('/demarc@main')) {
          for (const input of Object.keys(step.with ?? {}))
            assert.ok(input in action.inputs, `${name}: action.yml has no input '${input}'`);
          if (step.with?.live === true) {
            assert.ok(
              job.steps.slice(0, i).some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@')),
              `${name}: a live scan needs credentials first`,
            );
          }
          if (step.id) demarcIds.add(step.id);
        }
        for (const [, id, output] of JSON.stringify(step).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          assert.ok(demarcIds.has(id as string), `${name}: step '${id}' is not an earlier demarc step`);
          assert.ok((output as string) in action.outputs, `${name}: action.yml has no output '${output}'`);
        }
        if (step.uses?.startsWith('github/codeql-action/upload-sarif@')) {
          uploads++;
          assert.match(
            step.if ?? '',
            /!cancelled\(\)|always\(\)/,
            `${name}: upload runs when findings fail the scan`,
          );
          assert.match(String(step.with?.sarif_file), /steps\.[\w-]+\.outputs\.sarif/);
        }
      }
    }
    assert.ok(uploads > 0, 'the workflow uploads SARIF');
  });

  it('its pre-commit configuration names a hook .pre-commit-hooks.yaml defines', () => {
    const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
    const config = yamlBlock('.pre-commit-config.yaml') as { repos: { hooks: { id: string }[] }[] };
    const ids = config.repos.flatMap((r) => r.hooks.map((h) => h.id));
    assert.ok(ids.length > 0);
    for (const id of ids)
      assert.ok(
        hooks.some((h) => h.id === id),
        `no hook '${id}'`,
      );
  });
});
