import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { resource } from '../../../test/helpers/checks.js';
import { InputError } from '../../errors.js';
import type { IacReader } from '../shared/iac-reader.js';
import { collectIac } from './collect.js';

/**
 * A format of one bucket name per line after a "BUCKETS" header: enough to exercise walking,
 * detection, limits and error handling without depending on either real format.
 */
const bucketList: IacReader = {
  kind: 'cloudformation',
  recognizes: (text) => text.startsWith('BUCKETS'),
  read(file, text) {
    const lines = text.split('\n');
    return {
      resources: lines.slice(1).flatMap((name, i) => {
        if (!name) return [];
        if (name.includes(' ')) throw new InputError(`${file}:${i + 2}: a bucket name has no spaces`);
        return [
          resource('S3Bucket', {
            name,
            id: `${file}#${name}`,
            source: { kind: 'cloudformation', file, line: i + 2 },
          }),
        ];
      }),
      notices: [],
    };
  },
};

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'demarc-iac-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const options = (root: string, extra = {}) => ({
  root,
  cwd: root,
  parameters: {},
  readers: [bucketList],
  ...extra,
});

describe('IaC collection', () => {
  it('walks folders in order, reads recognized files, skips others and tool folders', () => {
    const root = tree({
      'infra/b.yaml': 'BUCKETS\nbeta\n',
      'infra/a.json': 'BUCKETS\nalpha\n',
      'infra/package.json': '{"name": "not infrastructure"}',
      'infra/node_modules/x/t.yaml': 'BUCKETS\nvendored\n',
      'infra/notes.txt': 'BUCKETS\nwrong-extension\n',
    });
    const out = collectIac(['infra'], options(root));
    assert.deepEqual(
      out.resources.map((r) => [r.name, r.source.file]),
      [
        ['alpha', 'infra/a.json'],
        ['beta', 'infra/b.yaml'],
      ],
    );
    assert.deepEqual(out.gaps, []);
    assert.equal(out.files.length, 2);
  });

  it('turns a bad file into a one-line gap naming file and line, and still reads the others', () => {
    const root = tree({ 'bad.yaml': 'BUCKETS\nok-one\nhas space\n', 'good.yaml': 'BUCKETS\ngood\n' });
    const out = collectIac(['.'], options(root));
    assert.deepEqual(
      out.resources.map((r) => r.name),
      ['good'],
    );
    assert.deepEqual(
      out.gaps.map((g) => [g.file, g.error]),
      [['bad.yaml', 'bad.yaml:3: a bucket name has no spaces']],
    );
  });

  it('refuses a file over the size limit without reading it', () => {
    const root = tree({ 'big.yaml': `BUCKETS\n${'x'.repeat(2048)}\n` });
    const out = collectIac(['big.yaml'], options(root, { maxFileBytes: 1024 }));
    assert.equal(out.resources.length, 0);
    assert.match(
      out.gaps[0]?.error ?? '',
      /^big\.yaml: cannot read: larger than 1 KiB, the limit for one file \(--max-file-mb N\)$/,
    );
  });

  it('names a missing path, and a named file in no known format', () => {
    const root = tree({ 'readme.yaml': 'title: not a template\n' });
    const out = collectIac(['missing.yaml', 'readme.yaml'], options(root));
    assert.deepEqual(
      out.gaps.map((g) => g.error),
      [
        'missing.yaml: cannot read (ENOENT)',
        'readme.yaml: neither a CloudFormation template nor a Terraform plan (terraform show -json PLANFILE)',
      ],
    );
  });

  it('notices Terraform configuration in a folder without a plan', () => {
    const root = tree({ 'main.tf': 'resource "aws_s3_bucket" "b" {}\n' });
    assert.equal(collectIac(['.'], options(root)).terraformSourcesWithoutPlan, true);
  });

  it('shows paths relative to the repository root when run from a subfolder', () => {
    const root = tree({ 'stacks/app/t.yaml': 'BUCKETS\napp\n' });
    const out = collectIac(['t.yaml'], { ...options(root), cwd: join(root, 'stacks/app') });
    assert.equal(out.resources[0]?.source.file, 'stacks/app/t.yaml');
  });
});

describe('IaC collection, robustness', () => {
  it('reads linked files but does not follow linked folders', () => {
    const root = tree({ 'real/a.yaml': 'BUCKETS\nlinked\n' });
    symlinkSync(join(root, 'real', 'a.yaml'), join(root, 'link.yaml'));
    symlinkSync(root, join(root, 'real', 'loop'));
    const out = collectIac(['.'], options(root));
    assert.deepEqual(out.resources.map((r) => r.source.file).sort(), ['link.yaml', 'real/a.yaml']);
  });

  it('keeps the other files when a reader fails unexpectedly on one', () => {
    const root = tree({ 'a.yaml': 'BUCKETS\nfine\n', 'b.yaml': 'BUCKETS\nboom\n' });
    const fragile: IacReader = {
      ...bucketList,
      read: (file, text, opts) => {
        if (text.includes('boom')) throw new RangeError('Maximum call stack size exceeded');
        return bucketList.read(file, text, opts);
      },
    };
    const out = collectIac(['.'], { ...options(root), readers: [fragile] });
    assert.deepEqual(
      out.resources.map((r) => r.name),
      ['fine'],
    );
    assert.match(
      out.gaps[0]?.error ?? '',
      /^b\.yaml: demarc could not read it \(internal error: Maximum call stack/,
    );
  });
});

describe('JSON that is not a template', () => {
  const fixtures = {
    // A macro test payload: a template fragment, and a function only the macro knows.
    'events/macro.json': JSON.stringify(
      {
        region: 'us-east-1',
        fragment: { Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { X: { 'Fn::Custom': 1 } } } } },
      },
      null,
      2,
    ),
    // A custom resource event whose properties hold a Resources map.
    'events/create.json': JSON.stringify(
      { RequestType: 'Create', ResourceProperties: { Resources: { X: { Type: 'AWS::S3::Bucket' } } } },
      null,
      2,
    ),
    'stack.yaml': 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n',
  };

  it('is skipped with a notice in a folder, and the templates beside it are read', async () => {
    const { cloudFormationReader } = await import('../cloudformation/index.js');
    const root = tree(fixtures);
    const out = collectIac(['.'], { ...options(root), readers: [cloudFormationReader] });
    assert.deepEqual(out.gaps, []);
    assert.deepEqual(
      out.notices.map((n) => `${n.file}: ${n.message}`),
      [
        'events/create.json: skipped: not a CloudFormation template (no top-level Resources or AWSTemplateFormatVersion)',
        'events/macro.json: skipped: not a CloudFormation template (no top-level Resources or AWSTemplateFormatVersion)',
      ],
    );
    assert.deepEqual(
      out.resources.map((r) => r.name),
      ['Logs'],
    );
  });

  it('named on the command line, is an error naming the file', async () => {
    const { cloudFormationReader } = await import('../cloudformation/index.js');
    const root = tree(fixtures);
    const out = collectIac(['events/create.json'], { ...options(root), readers: [cloudFormationReader] });
    assert.deepEqual(
      out.gaps.map((g) => g.error),
      [
        'events/create.json: not a CloudFormation template (no top-level Resources or AWSTemplateFormatVersion)',
      ],
    );
  });
});
