import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { inlineFolder, readEntries, renderEntries, setSource } from './inline-examples.js';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, 'inline-examples.js');
const root = mkdtempSync(join(tmpdir(), 'demarc-inline-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Text that a careless template string would change: a backtick, `${`, backslashes, a trailing `\`. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${ is what the escaping must keep
const YAML = 'Resources:\n  B:\n    Type: AWS::S3::Bucket # `quoted` ${NotSub} \\n\n    Metadata: "a\\\\b"\n';
const PLAN = '{\n  "policy": "{\\"Statement\\": []}",\n  "x": "back\\\\slash\\\\"\n}\n';
// biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation, kept as text
const HCL = 'resource "aws_s3_bucket" "b" {\n  bucket = "${var.name}-logs"\n}\n';

let made = 0;
/** A check folder in the old form: examples.ts listing files, and the files beside it. */
function oldCheck(listed: string, files: Record<string, string>): string {
  const dir = join(root, `check-${++made}`);
  mkdirSync(join(dir, 'examples'), { recursive: true });
  writeFileSync(join(dir, 'check.ts'), '');
  writeFileSync(
    join(dir, 'examples.ts'),
    `import { defineExamples } from '../../example.js';\n\nexport default defineExamples([\n${listed}]);\n`,
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'examples', name), text);
  return dir;
}

const entriesOf = (dir: string) => readEntries(readFileSync(join(dir, 'examples.ts'), 'utf8'), dir);

describe('scripts/inline-examples', () => {
  it('moves every listed file, and an unlisted one by its name, into examples.ts, text for text', () => {
    const dir = oldCheck(
      [
        "  { format: 'cloudformation', expect: 'pass', file: 'examples/cloudformation.pass.yaml', note: \"it's noted\" },",
        "  { format: 'terraform-plan', expect: 'fail', file: 'examples/terraform-plan.fail.json' },",
        '',
      ].join('\n'),
      { 'cloudformation.pass.yaml': YAML, 'terraform-plan.fail.json': PLAN, 'terraform-hcl.fail.tf': HCL },
    );
    assert.deepEqual(inlineFolder(dir), { changed: true, derived: [], refused: [] });
    assert.equal(existsSync(join(dir, 'examples')), false, 'the folder is gone');
    assert.deepEqual(entriesOf(dir), [
      { format: 'cloudformation', expect: 'pass', source: YAML, note: "it's noted" },
      { format: 'terraform-hcl', expect: 'fail', source: HCL },
      { format: 'terraform-plan', expect: 'fail', source: PLAN },
    ]);
    assert.equal(inlineFolder(dir).changed, false, 'a second run has nothing to do');
  });

  it('renders what it reads back unchanged', () => {
    const entries = [
      { format: 'cloudformation', expect: 'not_assessed', source: YAML, note: 'say "why"' },
    ] as const;
    assert.deepEqual(readEntries(renderEntries(entries), 'x'), entries);
  });

  it('sets one format and verdict, keeping its note (the plan generator)', () => {
    const dir = oldCheck(
      "  { format: 'terraform-plan', expect: 'pass', file: 'examples/terraform-plan.pass.json', note: 'n' },\n",
      { 'terraform-plan.pass.json': '{}\n' },
    );
    inlineFolder(dir);
    setSource(dir, 'terraform-plan', 'pass', PLAN);
    setSource(dir, 'terraform-plan', 'fail', '{"a": 1}\n');
    assert.deepEqual(entriesOf(dir), [
      { format: 'terraform-plan', expect: 'pass', source: PLAN, note: 'n' },
      { format: 'terraform-plan', expect: 'fail', source: '{"a": 1}\n' },
    ]);
  });

  it('as a program: converts the folders named, and refuses a listed file that is missing, writing nothing', async () => {
    const good = oldCheck(
      "  { format: 'cloudformation', expect: 'fail', file: 'examples/cloudformation.fail.yaml' },\n",
      {
        'cloudformation.fail.yaml': YAML,
      },
    );
    const out = await run(process.execPath, [SCRIPT, good]);
    assert.equal(out.stdout, '1 of 1 check folders rewritten\n');
    assert.equal(entriesOf(good)[0]?.source, YAML);

    const bad = oldCheck("  { format: 'cloudformation', expect: 'fail', file: 'examples/gone.yaml' },\n", {});
    const before = readFileSync(join(bad, 'examples.ts'), 'utf8');
    const error = await run(process.execPath, [SCRIPT, bad]).then(
      () => assert.fail('expected exit 2'),
      (e: { code: number; stderr: string }) => e,
    );
    assert.equal(error.code, 2);
    assert.match(
      error.stderr,
      /^inline-examples: .*examples\.ts lists examples\/gone\.yaml, which is not there\n$/,
    );
    assert.equal(readFileSync(join(bad, 'examples.ts'), 'utf8'), before);
  });

  it('gives a check without HCL examples the .tf its plans were made from, and names a plan that cannot be one file', () => {
    const plan = (resources: unknown[], calls?: unknown) =>
      `${JSON.stringify({
        configuration: {
          provider_config: { aws: { expressions: { region: { constant_value: 'eu-west-1' } } } },
          root_module: { resources, ...(calls ? { module_calls: calls } : {}) },
        },
      })}\n`;
    const bucket = {
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'logs',
      expressions: { bucket: { constant_value: 'kestrel-logs' } },
    };
    const dir = oldCheck('', {
      'terraform-plan.pass.json': plan([bucket]),
      'terraform-plan.fail.json': plan([], { data: { source: './modules/data' } }),
    });
    const out = inlineFolder(dir);
    assert.deepEqual(out.derived, [`${dir} terraform-plan pass`]);
    assert.deepEqual(out.refused, [
      `${dir} terraform-plan fail: it calls a child module, which one .tf file cannot hold`,
    ]);
    assert.deepEqual(
      entriesOf(dir).filter((e) => e.format === 'terraform-hcl'),
      [
        {
          format: 'terraform-hcl',
          expect: 'pass',
          source:
            'provider "aws" {\n  region = "eu-west-1"\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "kestrel-logs"\n}\n',
        },
      ],
    );
  });

  it('refuses a file it cannot place: not listed, and not named <format>.<verdict>.<ext>', () => {
    const dir = oldCheck('', { 'notes.txt': 'hello' });
    assert.throws(() => inlineFolder(dir), /notes\.txt: not <format>\.<pass\|fail\|not-assessed>\.<ext>/);
    assert.ok(existsSync(join(dir, 'examples', 'notes.txt')), 'nothing is deleted');
  });
});
