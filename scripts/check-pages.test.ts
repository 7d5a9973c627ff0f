import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AnyCheck } from '../src/checks/check.js';
import { CHECKS } from '../src/checks/registry.js';
import { checkDocUrl } from '../src/report/check-docs.js';
import { checkPage, DOCS_DIR, examplesOf, expectedPages, REPO_ROOT } from './check-pages.js';

const REGENERATE = 'run `npm run docs:checks` and commit docs/checks/';

describe('the check pages (docs/checks/)', async () => {
  const expected = await expectedPages();

  it('every check has its page, and every page is as the generator writes it today', () => {
    for (const [file, text] of expected) {
      const path = join(DOCS_DIR, file);
      assert.ok(existsSync(path), `docs/checks/${file} is missing: ${REGENERATE}`);
      assert.equal(readFileSync(path, 'utf8'), text, `docs/checks/${file} is stale: ${REGENERATE}`);
    }
  });

  it('holds no page of a check that no longer exists', () => {
    const orphans = readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md') && !expected.has(f));
    assert.deepEqual(orphans, [], REGENERATE);
  });

  it('the link every report gives resolves to the page, from the repository root', () => {
    for (const check of CHECKS) assert.ok(existsSync(join(REPO_ROOT, checkDocUrl(check.id))), check.id);
  });

  it("a page shows the check's metadata, its cell, its examples, its fixes and how to suppress it", async () => {
    const check = CHECKS.find((c) => c.id === 's3-bucket-versioning') ?? assert.fail('no such check');
    const page = checkPage(check, await examplesOf(check));
    for (const part of [
      '# s3-bucket-versioning',
      '| Severity | medium |',
      'Backup and recovery',
      '**Amazon S3 × Backup and recovery**: owner `shared`',
      '### CloudFormation: fails',
      'Status: Suspended',
      'demarc says **fail**: versioning is suspended',
      '### Terraform (HCL): fails',
      'aws s3api put-bucket-versioning',
      'resource "aws_s3_bucket_versioning"',
      'check: s3-bucket-versioning',
      'demarc:suppress:s3-bucket-versioning',
    ]) {
      assert.ok(page.includes(part), `missing: ${part}`);
    }
  });

  it('shows the duty when the check names one, and none when it does not', async () => {
    const check = CHECKS.find((c) => c.id === 's3-bucket-versioning') ?? assert.fail('no such check');
    const examples = await examplesOf(check);
    const withDuty = checkPage({ ...check, duty: 's3.backup.versioning' } as AnyCheck, examples);
    assert.match(withDuty, /^\| Duty \| `s3\.backup\.versioning` \|$/m);
    assert.doesNotMatch(
      checkPage({ ...check, duty: undefined } as unknown as AnyCheck, examples),
      /^\| Duty \|/m,
    );
  });

  it('a stale page is caught: a changed title changes the page', async () => {
    const check = CHECKS[0] ?? assert.fail('no checks');
    const examples = await examplesOf(check);
    assert.notEqual(
      checkPage({ ...check, title: `${check.title}, renamed` }, examples),
      checkPage(check, examples),
    );
  });
});
