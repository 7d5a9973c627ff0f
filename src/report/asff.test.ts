import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEST_NOW } from '../../test/helpers/checks.js';
import { demoScan, hostileScan, schemaValidator } from '../../test/helpers/scans.js';
import type { ScanResult } from '../engine/result.js';
import { InputError } from '../errors.js';
import { ASFF_BATCH_LIMIT, asffFindings, renderAsff } from './asff.js';

type AsffFinding = {
  Id: string;
  ProductArn: string;
  AwsAccountId: string;
  Title: string;
  Description: string;
  Severity: { Label: string; Original: string };
  Compliance: { Status: string; RelatedRequirements?: string[] };
  Workflow: { Status: string };
  Resources: { Type: string; Id: string; Region: string; Partition: string }[];
  ProductFields: Record<string, string>;
};

/** The engine's key of one finding: the id every format derives from it. */
function keyOf(result: ScanResult, checkId: string, resourceId: string): string {
  const finding = result.findings.find((f) => f.checkId === checkId && f.resource.id === resourceId);
  assert.ok(finding, `${checkId} on ${resourceId}`);
  return finding.key;
}

describe('ASFF report', () => {
  const validate = schemaValidator('asff-2018-10-08.schema.json');

  it('writes one valid ASFF finding per finding, importable in batches of at most 100', () => {
    const result = demoScan();
    const findings = JSON.parse(renderAsff(result)) as AsffFinding[];
    assert.equal(findings.length, result.findings.length);
    assert.deepEqual(validate(findings), []);
    // Security Hub keys a finding by ProductArn + Id: duplicates in one import would overwrite each other.
    assert.equal(new Set(findings.map((f) => `${f.ProductArn}|${f.Id}`)).size, findings.length);
    for (let i = 0; i < findings.length; i += ASFF_BATCH_LIMIT) {
      const batch = findings.slice(i, i + ASFF_BATCH_LIMIT);
      assert.ok(batch.length <= 100);
      assert.deepEqual(validate(batch), []);
    }
  });

  it('the schema rejects what Security Hub rejects', () => {
    const [finding] = asffFindings(demoScan()) as AsffFinding[];
    assert.ok(finding);
    assert.ok(validate([{ ...finding, Title: 'x'.repeat(257) }]).length > 0);
    assert.ok(validate([{ ...finding, Description: 'x'.repeat(1025) }]).length > 0);
    assert.ok(validate([{ ...finding, Severity: { Label: 'SEVERE' } }]).length > 0);
    assert.ok(validate([{ ...finding, AwsAccountId: '12345' }]).length > 0);
    assert.ok(validate([{ ...finding, Resources: [] }]).length > 0);
    const { Types: _, ...withoutTypes } = finding as AsffFinding & { Types: string[] };
    assert.ok(validate([withoutTypes]).some((e) => e.includes('Types')));
  });

  it('maps verdicts, severities, suppression and resource types', () => {
    const result = hostileScan();
    const findings = asffFindings(result) as AsffFinding[];
    const byId = new Map(findings.map((f) => [f.Id, f]));
    const suppressed = byId.get(
      `demarc/${keyOf(result, 's3-bucket-default-encryption', 'arn:aws:s3:::logs-bucket')}`,
    );
    assert.equal(suppressed?.Workflow.Status, 'SUPPRESSED');
    assert.equal(suppressed?.Compliance.Status, 'FAILED');
    assert.equal(suppressed?.Severity.Label, 'HIGH');
    assert.equal(suppressed?.ProductFields['demarc/Suppression'], 'accepted: "legacy" <archive>');
    assert.deepEqual(suppressed?.Resources[0], {
      Type: 'AwsS3Bucket',
      Id: 'arn:aws:s3:::logs-bucket',
      Partition: 'aws',
      Region: 'eu-west-1',
    });
    assert.equal(
      suppressed?.ProductArn,
      'arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default',
    );
    assert.ok(
      suppressed?.Compliance.RelatedRequirements?.includes('AWS Foundational Security Best Practices S3.4'),
    );
    const passed = findings.find((f) => f.Compliance.Status === 'PASSED');
    assert.equal(passed?.Severity.Label, 'INFORMATIONAL');
    const unknown = findings.find((f) => f.Compliance.Status === 'NOT_AVAILABLE');
    assert.equal(unknown?.Workflow.Status, 'NEW');
    assert.equal(
      findings.find((f) => f.Resources[0]?.Id.includes(':user/'))?.Resources[0]?.Type,
      'AwsIamUser',
    );
  });

  it('fits long cloud strings to the ASFF limits instead of producing an unimportable finding', () => {
    const result = hostileScan();
    const long: ScanResult = {
      ...result,
      findings: result.findings.map((f) => ({
        ...f,
        reason: 'r'.repeat(3000),
        resource: { ...f.resource, id: `arn:aws:s3:::${'b'.repeat(900)}` },
      })),
    };
    const findings = asffFindings(long) as AsffFinding[];
    assert.deepEqual(validate(findings), []);
    assert.ok(findings.every((f) => f.Description.length <= 1024 && f.Id.length <= 512));
  });

  it('global resources take the scan region; a finding without an account is an input error, not a bad file', () => {
    const result = demoScan();
    const global = asffFindings(result).find(
      (f) => (f as AsffFinding).Resources[0]?.Type === 'AwsAccount',
    ) as AsffFinding;
    assert.equal(global.Resources[0]?.Region, result.meta.regions[0]);
    const orphan: ScanResult = {
      ...result,
      meta: { ...result.meta, accounts: [], finishedAt: TEST_NOW.toISOString() },
      findings: result.findings.slice(0, 1).map((f) => ({ ...f, resource: { ...f.resource, account: '' } })),
    };
    assert.throws(
      () => renderAsff(orphan),
      (e: unknown) => e instanceof InputError && /account id/.test(e.message),
    );
    // A template read without AWS::Region has region 'unknown', which Security Hub would refuse.
    const regionless: ScanResult = {
      ...result,
      meta: { ...result.meta, regions: ['unknown'] },
      findings: result.findings
        .slice(0, 1)
        .map((f) => ({ ...f, resource: { ...f.resource, region: 'unknown' } })),
    };
    assert.throws(
      () => renderAsff(regionless),
      (e: unknown) => e instanceof InputError && /no AWS region \(got 'unknown'\)/.test(e.message),
    );
  });
});
