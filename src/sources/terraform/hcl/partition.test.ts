import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Resource } from '../../../inventory/resources.js';
import { readFolder } from './index.js';
import { prepareHclParser } from './parse.js';

before(() => prepareHclParser());

/** The resources of one .tf file, read as a root module from a fresh folder. */
function read(tf: string): Resource[] {
  const dir = mkdtempSync(join(tmpdir(), 'demarc-hcl-partition-'));
  writeFileSync(join(dir, 'main.tf'), tf);
  const result = readFolder(dir, (a) => a.slice(dir.length + 1) || '.', { parameters: {} });
  assert.deepEqual(result.errors, []);
  return result.resources;
}

describe('terraform .tf in the European Sovereign Cloud', () => {
  test('a provider in eusc-de-east-1 builds aws-eusc ARNs and default key policies', () => {
    const resources = read(`
provider "aws" {
  region              = "eusc-de-east-1"
  allowed_account_ids = ["123456789012"]
}

resource "aws_s3_bucket" "logs" {
  bucket = "sovereign-logs"
}

resource "aws_kms_key" "data" {
  description = "data"
}
`);
    const bucket = resources.find((r) => r.type === 'S3Bucket');
    assert.equal(bucket?.id, 'arn:aws-eusc:s3:::sovereign-logs');
    assert.equal(bucket?.region, 'eusc-de-east-1');
    const key = resources.find((r) => r.type === 'KmsKey');
    assert.ok(key?.type === 'KmsKey');
    assert.deepEqual([key.policy?.Statement ?? []].flat()[0]?.Principal, {
      AWS: 'arn:aws-eusc:iam::123456789012:root',
    });
  });
});
