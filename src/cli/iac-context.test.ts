import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../test/helpers/cli.js';
import { planText } from '../../test/helpers/terraform-plans.js';
import type { Finding, ScanResult } from '../engine/result.js';

const ACCOUNT = '111122223333';

/** A folder holding the same weaknesses written as a CloudFormation template, a plan and .tf files. */
function estate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demarc-context-'));
  writeFileSync(
    join(dir, 'stack.yaml'),
    `Resources:
  Scratch:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: eu-west-1a
      Size: 10
      Encrypted: false
  Site:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
      OwnershipControls:
        Rules:
          - ObjectOwnership: ObjectWriter
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: false
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
`,
  );
  writeFileSync(
    join(dir, 'tf.plan.json'),
    planText({
      root: {
        resources: [
          {
            address: 'aws_ebs_volume.data',
            values: { size: 10, encrypted: false, availability_zone: 'eu-west-1a' },
          },
          { address: 'aws_s3_bucket.site', values: { bucket: 'kestrel-site', acl: 'public-read' } },
        ],
      },
    }),
  );
  mkdirSync(join(dir, 'infra'));
  writeFileSync(
    join(dir, 'infra', 'main.tf'),
    `resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}

resource "aws_s3_bucket" "open" {
  bucket = "kestrel-open"
}

resource "aws_s3_bucket_public_access_block" "open" {
  bucket                  = aws_s3_bucket.open.id
  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = false
  restrict_public_buckets = false
}
`,
  );
  return dir;
}

async function scan(dir: string, ...extra: string[]) {
  const out = await runCli(['scan', '.', '--format', 'json', ...extra], { cwd: dir });
  return { ...out, result: out.stdout ? (JSON.parse(out.stdout) as ScanResult) : undefined };
}

/** `logicalId check` → the finding, for the checks this test is about. */
function byResource(result: ScanResult | undefined): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of result?.findings ?? []) out.set(`${f.resource.source.logicalId} ${f.checkId}`, f);
  return out;
}

function snapshot(dir: string, ebsDefault: boolean, bpa: boolean): string {
  const all = {
    blockPublicAcls: bpa,
    ignorePublicAcls: bpa,
    blockPublicPolicy: bpa,
    restrictPublicBuckets: bpa,
  };
  const file = join(dir, 'estate.json');
  writeFileSync(
    file,
    JSON.stringify({
      demarcSnapshot: 1,
      collectedAt: '2026-11-20T08:30:00Z',
      resources: [
        {
          type: 'AwsAccount',
          id: ACCOUNT,
          name: 'prod',
          account: ACCOUNT,
          region: 'global',
          tags: {},
          source: { kind: 'aws' },
          s3PublicAccessBlock: all,
        },
        {
          type: 'Ec2RegionSettings',
          id: `ec2-settings:${ACCOUNT}:eu-west-1`,
          name: 'eu-west-1',
          account: ACCOUNT,
          region: 'eu-west-1',
          tags: {},
          source: { kind: 'aws' },
          ebsEncryptionByDefault: ebsDefault,
        },
      ],
    }),
  );
  return file;
}

const WEAK = [
  'Scratch ebs-volume-encrypted',
  'aws_ebs_volume.data ebs-volume-encrypted',
  'aws_ebs_volume.scratch ebs-volume-encrypted',
  'Site s3-bucket-no-public-acl',
  'Site s3-bucket-public-access-block',
  'aws_s3_bucket.site s3-bucket-no-public-acl',
  'aws_s3_bucket.open s3-bucket-public-access-block',
];

describe('IaC judged as written, and account context', () => {
  it('fails weaknesses a template, plan or .tf states, naming the account setting that could neutralise them', async () => {
    const { result, code, stderr } = await scan(estate());
    assert.equal(code, 0, stderr);
    const found = byResource(result);
    for (const key of WEAK) assert.equal(found.get(key)?.status, 'fail', `${key}: ${found.get(key)?.reason}`);
    assert.match(found.get('Scratch ebs-volume-encrypted')?.reason ?? '', /EBS encryption by default/);
    assert.match(
      found.get('Site s3-bucket-no-public-acl')?.reason ?? '',
      /account-level Block Public Access/,
    );
    assert.match(
      found.get('aws_s3_bucket.site s3-bucket-no-public-acl')?.reason ?? '',
      /public ACL .*deploy fails/,
    );
  });

  it("demarc.yaml's context decides the account settings, and names its line", async () => {
    const dir = estate();
    writeFileSync(
      join(dir, 'demarc.yaml'),
      `version: 1
context:
  - ebsEncryptionByDefault: true
  - account: "${ACCOUNT}"
    s3BlockPublicAccess: true
`,
    );
    const { result, code, stderr } = await scan(dir, '--parameter', `AWS::AccountId=${ACCOUNT}`);
    assert.equal(code, 0, stderr);
    const found = byResource(result);
    const volume = found.get('Scratch ebs-volume-encrypted');
    assert.equal(volume?.status, 'pass');
    assert.match(volume?.reason ?? '', /EBS encryption by default is on .*demarc\.yaml:3/);
    assert.equal(found.get('aws_ebs_volume.scratch ebs-volume-encrypted')?.status, 'pass');
    const site = found.get('Site s3-bucket-no-public-acl');
    assert.equal(site?.status, 'pass', site?.reason);
    assert.match(site?.reason ?? '', /account level, \S*demarc\.yaml:4/);
    assert.equal(found.get('Site s3-bucket-public-access-block')?.status, 'pass');
  });

  it('--context reads the account settings from a snapshot', async () => {
    const dir = estate();
    const off = await scan(dir, '--context', snapshot(dir, false, false));
    assert.equal(off.code, 0, off.stderr);
    const found = byResource(off.result);
    assert.equal(found.get('Scratch ebs-volume-encrypted')?.status, 'fail');
    assert.match(
      found.get('Scratch ebs-volume-encrypted')?.reason ?? '',
      /off in .*estate\.json \(collected 2026-11-20\)/,
    );
    assert.match(
      found.get('Site s3-bucket-public-access-block')?.reason ?? '',
      /off at both bucket and account level/,
    );
    const on = await scan(dir, '--context', snapshot(dir, true, true));
    const onFound = byResource(on.result);
    for (const key of ['Scratch ebs-volume-encrypted', 'aws_ebs_volume.scratch ebs-volume-encrypted']) {
      assert.equal(onFound.get(key)?.status, 'pass', key);
    }
    assert.equal(onFound.get('aws_s3_bucket.open s3-bucket-public-access-block')?.status, 'pass');
  });

  it('judges policies put on a bucket, user or group the template does not create', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarc-existing-'));
    writeFileSync(
      join(dir, 'attach.yaml'),
      `Resources:
  DownloadsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: legacy-downloads
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: arn:aws:s3:::legacy-downloads/*
  AdminPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: everything
      Users: [legacy-admin]
      Groups: [ops]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: "*"
            Resource: "*"
`,
    );
    const { result, code, stderr } = await scan(dir);
    assert.equal(code, 0, stderr);
    const verdicts = (result?.findings ?? [])
      .filter((f) => ['s3-bucket-no-public-policy', 'iam-inline-policy-no-full-admin'].includes(f.checkId))
      .map(
        (f) => `${f.resource.type} ${f.resource.name} ${f.checkId}: ${f.status} @${f.resource.source.line}`,
      )
      .sort();
    assert.deepEqual(verdicts, [
      'IamGroup ops iam-inline-policy-no-full-admin: fail @12',
      'IamUser legacy-admin iam-inline-policy-no-full-admin: fail @12',
      'S3Bucket legacy-downloads s3-bucket-no-public-policy: fail @2',
    ]);
  });

  it('refuses a bad context with one line naming the file and line', async () => {
    const dir = estate();
    writeFileSync(
      join(dir, 'demarc.yaml'),
      'version: 1\ncontext:\n  - region: eu-west-1\n    s3BlockPublicAccess: true\n',
    );
    const bad = await scan(dir);
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /demarc\.yaml:4: context\[0\]\.s3BlockPublicAccess: account Block Public Access holds for every region/,
    );
    writeFileSync(
      join(dir, 'demarc.yaml'),
      'version: 1\ncontext:\n  - region: mars-north-1\n    ebsEncryptionByDefault: yes\n',
    );
    const typo = await scan(dir);
    assert.equal(typo.code, 2);
    assert.equal(typo.stderr.trim().split('\n').length, 1, typo.stderr);
    assert.match(typo.stderr, /demarc\.yaml:[34]: context\[0\]/);
    writeFileSync(join(dir, 'demarc.yaml'), 'version: 1\n');
    const missing = await scan(dir, '--context', 'nope.json');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json/);
  });
});
