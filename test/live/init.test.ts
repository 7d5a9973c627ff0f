import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CreateBucketCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { parsePolicy } from '../../src/policy/parse.js';
import { runCli } from '../helpers/cli.js';
import { motoForSuite } from '../support/moto.js';

describe('demarc init --live, against moto', () => {
  motoForSuite();

  it('writes a valid starter fitted to the account: its classification tag and its regions', async () => {
    const s3 = new S3Client({ region: 'eu-central-1' });
    await s3.send(
      new CreateBucketCommand({
        Bucket: 'ledger',
        CreateBucketConfiguration: { LocationConstraint: 'eu-central-1' },
      }),
    );
    await s3.send(
      new PutBucketTaggingCommand({
        Bucket: 'ledger',
        Tagging: { TagSet: [{ Key: 'Sensitivity', Value: 'restricted' }] },
      }),
    );
    const cwd = mkdtempSync(join(tmpdir(), 'demarc-init-live-'));
    const out = await runCli(['init', '--live', '--region', 'eu-central-1', '--quiet'], { cwd });
    assert.equal(out.code, 0, out.stderr);
    assert.match(
      out.stderr,
      /wrote demarc\.yaml for live collection of account 123456789012 in eu-central-1/,
    );
    const text = readFileSync(join(cwd, 'demarc.yaml'), 'utf8');
    assert.match(text, /tagKey: Sensitivity/);
    assert.match(text, /eu-central-1/);
    const policy = parsePolicy(text, 'demarc.yaml');
    assert.equal(policy.tagKey, 'Sensitivity');
    assert.deepEqual(policy.allowedJurisdictions, ['EU']);
  });
});
