import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../test/helpers/paths.js';
import { readInputs, scanArgs, summaryText } from './action.js';

const ENTRY = join(REPO_ROOT, 'action/run.js');

/** A bucket that fails medium checks (no TLS-only policy, no versioning). */
const TEMPLATE = `Resources:
  Reports:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: kestrel-reports
`;

/** Runs the action's entry as the runner does: a child process, inputs as INPUT_* variables. */
function runAction(inputs: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'demarc-action-'));
  writeFileSync(join(cwd, 'bucket.yaml'), TEMPLATE);
  const summary = join(cwd, 'summary.md');
  const outputs = join(cwd, 'outputs.txt');
  writeFileSync(summary, '# Earlier step\n\n');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: outputs,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [ENTRY], { cwd, env, encoding: 'utf8' });
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  return { ...run, cwd, summary: read(summary), outputs: read(outputs) };
}

describe('the GitHub Action', () => {
  it('action.yml passes every input to the entry point and runs it on Node 24', () => {
    const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      runs: {
        using: string;
        steps: { with?: Record<string, unknown>; run?: string; env?: Record<string, string> }[];
      };
    };
    assert.equal(action.runs.using, 'composite');
    assert.equal(action.runs.steps[0]?.with?.['node-version'], 24);
    const scan = action.runs.steps.find((s) => s.run?.includes('action/run.js'));
    assert.equal(scan?.env?.DEMARC_ACTION_REPOSITORY, `\${{ github.action_repository }}`);
    for (const name of Object.keys(action.inputs)) {
      const variable = `INPUT_${name.toUpperCase().replaceAll('-', '_')}`;
      assert.equal(scan?.env?.[variable], `\${{ inputs.${name} }}`, name);
    }
  });

  it('scans a template: SARIF for code scanning, a Markdown job summary, outputs, and fails on fail-on', () => {
    // The runner names the input INPUT_FAIL-ON; the composite action passes INPUT_FAIL_ON: both work.
    const run = runAction({ path: 'bucket.yaml', 'fail-on': 'medium', format: 'html' });
    assert.equal(run.status, 1, run.stderr);
    const sarif = JSON.parse(readFileSync(join(run.cwd, 'demarc-results/demarc.sarif'), 'utf8')) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const results = sarif.runs[0]?.results ?? [];
    assert.ok(results.some((r) => r.ruleId === 's3-bucket-versioning'));
    assert.equal(results[0]?.locations[0]?.physicalLocation.artifactLocation.uri, 'bucket.yaml');
    assert.ok(existsSync(join(run.cwd, 'demarc-results/demarc.html')), 'the extra format too');
    assert.match(
      run.summary,
      /^# Earlier step\n\n## demarc: \d+ failed findings/,
      'appended, not overwritten',
    );
    assert.match(run.summary, /\| medium \| \[S3 buckets keep object versions\]/);
    assert.equal(run.outputs, 'sarif=demarc-results/demarc.sarif\nexit-code=1\n');
    assert.match(run.stdout, /Responsibility matrix/, 'the terminal report goes to the log');
  });

  it('passes with fail-on: none, and keeps the underscore spelling a composite step uses', () => {
    const run = runAction({ path: 'bucket.yaml', fail_on: 'none', output_dir: 'out' });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(join(run.cwd, 'out/demarc.sarif')));
    assert.match(run.outputs, /^sarif=out\/demarc\.sarif\nexit-code=0\n$/);
  });

  it('bad input fails the step in one line, with exit code 2', () => {
    const live = runAction({ live: 'yes' });
    assert.equal(live.status, 2);
    assert.equal(live.stderr, "demarc: input live: expected true or false, got 'yes'\n");
    const both = runAction({ live: 'true', path: 'bucket.yaml' });
    assert.equal(both.status, 2);
    assert.equal(both.stderr, 'demarc: input path: give a path or live: true, not both\n');
    const missing = runAction({ path: 'nope.yaml' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.yaml/);
    assert.doesNotMatch(missing.stderr, /\n\s+at /);
  });

  it("links the summary's check pages to the action's repository when the runner names it", () => {
    const md = '| high | [S3 buckets keep object versions](docs/checks/s3-bucket-versioning.md) |';
    assert.equal(
      summaryText(md, {
        DEMARC_ACTION_REPOSITORY: 'acme/demarc',
        DEMARC_ACTION_REF: 'v1',
        GITHUB_SERVER_URL: 'https://github.com',
      }),
      '| high | [S3 buckets keep object versions](https://github.com/acme/demarc/blob/v1/docs/checks/s3-bucket-versioning.md) |',
    );
    assert.equal(
      summaryText(md, { DEMARC_ACTION_REPOSITORY: '', DEMARC_ACTION_REF: '' }),
      md,
      'uses: ./ keeps the path',
    );
    assert.equal(
      summaryText(md, { DEMARC_ACTION_REPOSITORY: 'x](javascript:y', DEMARC_ACTION_REF: 'v1' }),
      md,
    );
  });

  it('turns inputs into the scan command line', () => {
    const env = (inputs: Record<string, string>) =>
      Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
    assert.deepEqual(scanArgs(readInputs({})), [
      'scan',
      '.',
      '--format',
      'sarif,markdown,terminal',
      '--output-dir',
      'demarc-results',
    ]);
    assert.deepEqual(
      scanArgs(
        readInputs(
          env({
            path: 'infra/\nplan.json',
            format: 'json, sarif',
            'fail-on': 'high',
            config: 'demarc.yaml',
            context: 'estate.json',
          }),
        ),
      ),
      [
        'scan',
        'infra/',
        'plan.json',
        '--format',
        'sarif,markdown,terminal,json',
        '--output-dir',
        'demarc-results',
        '--fail-on',
        'high',
        '--config',
        'demarc.yaml',
        '--context',
        'estate.json',
      ],
    );
    assert.deepEqual(scanArgs(readInputs(env({ live: 'true', regions: 'eu-west-1, eu-central-1' }))), [
      'scan',
      '--region',
      'eu-west-1',
      '--region',
      'eu-central-1',
      '--quiet',
      '--format',
      'sarif,markdown,terminal',
      '--output-dir',
      'demarc-results',
    ]);
  });
});
