import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../../test/helpers/cli.js';
import type { Io } from '../io.js';
import { PACKAGE_ROOT } from '../paths.js';
import { serve } from './serve.js';

/**
 * `demarc diff` of a template scan against a snapshot scan of the running estate, both saved in
 * a real SQLite store: real CloudFormation and Terraform files through the real readers, the demo
 * estate through the snapshot reader.
 */

const POLICY = join(PACKAGE_ROOT, 'examples', 'demarc.yaml');
const DEMO = readFileSync(join(PACKAGE_ROOT, 'examples', 'demo-account.json'), 'utf8');

// Versioning is declared on; the demo's kestrel-build-artifacts has it off. Ghost was never deployed.
const BUCKETS = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Build:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: kestrel-build-artifacts
      VersioningConfiguration:
        Status: Enabled
  Ghost:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: kestrel-never-deployed
`;

// A bucket by name gives its ARN: matched by ARN. The demo's kestrel-www-static has versioning suspended.
const SITE = `resource "aws_s3_bucket" "www" {
  bucket = "kestrel-www-static"
}

resource "aws_s3_bucket_versioning" "www" {
  bucket = aws_s3_bucket.www.id
  versioning_configuration {
    status = "Enabled"
  }
}
`;

// No account given: a role of that name in two accounts is ambiguous.
const ROLES = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Ingest:
    Type: AWS::IAM::Role
    Properties:
      RoleName: kestrel-lambda-ingest
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: ingest
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: '*'
`;

interface DriftJson {
  kind: string;
  template: { id: number };
  live: { id: number };
  totals: { matched: number; drifted: number; verdicts: number; unmatched: number };
  drift: {
    checkId: string;
    matchedBy: string;
    template: { status: string; resource: { id: string; source: { file?: string; logicalId?: string } } };
    live: { status: string; reason: string; resource: { id: string } };
  }[];
  unmatched: {
    why: string;
    candidates: number;
    resource: { name: string; source: { logicalId?: string } };
  }[];
}

async function workspace() {
  const cwd = mkdtempSync(join(tmpdir(), 'demarc-drift-'));
  mkdirSync(join(cwd, 'infra'));
  writeFileSync(join(cwd, 'infra', 'buckets.yaml'), BUCKETS);
  writeFileSync(join(cwd, 'infra', 'site.tf'), SITE);
  writeFileSync(join(cwd, 'roles.yaml'), ROLES);
  // The demo estate, with the role kestrel-lambda-ingest also in its second account.
  const snapshot = JSON.parse(DEMO) as { resources: Record<string, unknown>[] };
  const role = snapshot.resources.find((r) => r.type === 'IamRole' && r.name === 'kestrel-lambda-ingest');
  assert.ok(role);
  snapshot.resources.push({
    ...role,
    id: 'arn:aws:iam::210987654321:role/kestrel-lambda-ingest',
    account: '210987654321',
  });
  writeFileSync(join(cwd, 'estate.json'), JSON.stringify(snapshot));
  const run = (...args: string[]) => runCli([...args, '--store', 'h.db'], { cwd });
  const save = async (...args: string[]) => {
    const r = await run(
      'scan',
      ...args,
      '--config',
      POLICY,
      '--save',
      '--format',
      'json',
      '--output',
      join(cwd, 'r.json'),
    );
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
  };
  await save('infra', '--parameter', 'AWS::AccountId=123456789012', '--parameter', 'AWS::Region=eu-west-1');
  await save('--snapshot', 'estate.json');
  await save('roles.yaml');
  return { cwd, run };
}

const json = (stdout: string) => JSON.parse(stdout) as DriftJson;

describe('demarc diff: drift between a template scan and a live scan', () => {
  it('pairs template resources with live ones by ARN or by type and name, and lists the verdicts that differ', async () => {
    const w = await workspace();
    const out = await w.run('diff', '1', '2', '--format', 'json');
    assert.equal(out.code, 0, out.stderr);
    const report = json(out.stdout);
    assert.equal(report.kind, 'drift');
    assert.deepEqual([report.template.id, report.live.id], [1, 2]);
    const versioning = report.drift.filter((d) => d.checkId === 's3-bucket-versioning');
    assert.deepEqual(
      versioning.map((d) => [d.template.resource.source.logicalId, d.matchedBy, d.live.resource.id]),
      [
        ['aws_s3_bucket.www', 'arn', 'arn:aws:s3:::kestrel-www-static'],
        ['Build', 'name', 'arn:aws:s3:::kestrel-build-artifacts'],
      ],
    );
    for (const d of versioning) {
      assert.equal(d.template.status, 'pass');
      assert.equal(d.live.status, 'fail');
    }
    // Drift is a differing verdict and nothing else.
    for (const d of report.drift) assert.notEqual(d.template.status, d.live.status, d.checkId);
    assert.deepEqual(
      report.unmatched.map((u) => [u.resource.source.logicalId, u.why]),
      [['Ghost', 'not-found']],
    );
    assert.deepEqual(report.totals, {
      matched: 2,
      drifted: 2,
      verdicts: report.drift.length,
      unmatched: 1,
    });

    // Either order: the template is the template.
    const reversed = json((await w.run('diff', '2', '1', '--format', 'json')).stdout);
    assert.deepEqual([reversed.template.id, reversed.live.id], [1, 2]);
    assert.deepEqual(reversed.drift, report.drift);

    const terminal = await w.run('diff', '1', '2');
    assert.equal(terminal.code, 0, terminal.stderr);
    assert.match(
      terminal.stdout,
      new RegExp(
        `^templates and live disagree on ${report.drift.length} verdicts \\(2 of 2 matched resources\\); 1 template resource not matched live\n`,
      ),
    );
    assert.match(
      terminal.stdout,
      /s3-bucket-versioning {2}infra\/buckets\.yaml:3 \(Build\) → kestrel-build-artifacts \(123456789012 eu-west-1\) {2}template pass, live fail/,
    );
    assert.match(
      terminal.stdout,
      /S3Bucket kestrel-never-deployed {2}infra\/buckets\.yaml:9 \(Ghost\): no live resource/,
    );

    const markdown = await w.run('diff', '1', '2', '--format', 'markdown');
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, /^## demarc: templates and live disagree on \d+ verdicts/);
    assert.match(
      markdown.stdout,
      /\| medium \| `s3-bucket-versioning` \| infra\/buckets\\\.yaml\\:3 \\\(Build\\\) \| kestrel\\-build\\-artifacts .*\| pass \| fail: /,
    );
    assert.match(markdown.stdout, /\| S3Bucket \| kestrel\\-never\\-deployed \| .* \| no live resource \|/);
  });

  it('a name in several accounts the template does not pin is ambiguous, not guessed', async () => {
    const w = await workspace();
    const report = json((await w.run('diff', '3', '2', '--format', 'json')).stdout);
    assert.equal(report.totals.matched, 0);
    assert.deepEqual(
      report.unmatched.map((u) => [u.resource.name, u.why, u.candidates]),
      [['kestrel-lambda-ingest', 'ambiguous', 2]],
    );
    assert.match((await w.run('diff', '3', '2')).stdout, /2 live resources of that type and name/);
  });

  it("the dashboard's diff page shows drift for a template scan and a live one", async () => {
    const w = await workspace();
    const report = json((await w.run('diff', '1', '2', '--format', 'json')).stdout);
    const io: Io = {
      stdout: () => undefined,
      stderr: () => undefined,
      isTty: false,
      isStderrTty: false,
      env: {},
      cwd: w.cwd,
    };
    const stop = new AbortController();
    let body = '';
    await serve(['--store', 'h.db', '--port', '0'], io, {
      signal: stop.signal,
      onListening: (url) => {
        fetch(new URL('/diff?a=2&b=1', url))
          .then(async (res) => {
            body = await res.text();
          })
          .finally(() => stop.abort());
      },
    });
    assert.match(
      body,
      new RegExp(
        `<strong>templates and live disagree on ${report.drift.length} verdicts .*</strong> \\(template scan 1, live scan 2\\)`,
      ),
    );
    assert.match(
      body,
      /<td>s3-bucket-versioning<\/td><td>infra\/buckets\.yaml:3 \(Build\)<\/td><td>kestrel-build-artifacts<\/td>/,
    );
    assert.match(
      body,
      /<td>kestrel-never-deployed<\/td><td>infra\/buckets\.yaml<\/td><td>no live resource<\/td>/,
    );
  });

  it('--drift takes the latest template scan and the latest live one; two scans of one side are refused', async () => {
    const w = await workspace();
    const latest = json((await w.run('diff', '--drift', '--format', 'json')).stdout);
    assert.deepEqual([latest.template.id, latest.live.id], [3, 2]);
    const same = await w.run('diff', '--drift', '1', '3');
    assert.equal(same.code, 2);
    assert.equal(
      same.stderr,
      'demarc: diff --drift: scans 1 and 3 are both template scans: give one of each\n',
    );
    const one = await w.run('diff', '--drift', '1');
    assert.equal(one.code, 2);
    assert.match(one.stderr, /^demarc: diff --drift: give two scan ids, or none/);
  });
});
