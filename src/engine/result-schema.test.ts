import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { resource, TEST_ACCOUNT, TEST_NOW } from '../../test/helpers/checks.js';
import { writeExamples } from '../../test/helpers/examples.js';
import { demoScan, hostileScan } from '../../test/helpers/scans.js';
import { CHECKS } from '../checks/registry.js';
import { IAC_FOLDER_READER, IAC_READERS } from '../cli/iac.js';
import { SOURCE_KINDS } from '../inventory/base.js';
import { Inventory } from '../inventory/inventory.js';
import { RESOURCE_TYPES } from '../inventory/resources.js';
import { DOMAIN_IDS } from '../model/domains.js';
import { SERVICE_IDS, TENANCIES } from '../model/responsibility.js';
import { SEVERITIES } from '../model/vocabulary.js';
import { parsePolicy } from '../policy/parse.js';
import { ATTESTABLE_DUTY_IDS } from '../policy/policy.js';
import { collectIac } from '../sources/iac/collect.js';
import type { ScanResult } from './result.js';
import { scan } from './run.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(`${ROOT}schema/result.schema.json`, 'utf8')) as {
  $defs: Record<string, { enum?: unknown[] }>;
  properties: { meta: { properties: { source: { properties: { kind: { enum: unknown[] } } } } } };
};

// Strict mode also checks the schema itself (unknown keywords, ambiguous types).
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(SCHEMA);

/** The result as `--format json` writes it: undefined fields dropped, dates as text. */
function asJson(result: ScanResult): unknown {
  return JSON.parse(JSON.stringify(result));
}

function errors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? [])
    .slice(0, 20)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** A small estate with every kind of coverage gap, suppressions both ways, and an attestation per state. */
function gapsScan(): ScanResult {
  const bucket = resource('S3Bucket', {
    name: 'open-bucket',
    id: 'arn:aws:s3:::open-bucket',
    encryption: null,
    tags: { Team: 'web' },
  });
  const inline = resource('S3Bucket', {
    name: 'logs-bucket',
    id: 'arn:aws:s3:::logs-bucket',
    encryption: null,
    suppressions: [{ checkId: 's3-bucket-default-encryption', reason: 'legacy archive' }],
  });
  const host = resource('Ec2Instance', { name: 'db-host', tenancy: 'host' });
  const vpc = resource('Vpc', { name: 'main', vpcId: 'vpc-1' });
  const user = resource('IamUser', { name: 'ci', id: `arn:aws:iam::${TEST_ACCOUNT}:user/ci` });
  const inventory = new Inventory(
    [bucket, inline, host, vpc, user],
    [
      // A failed listing: no resources, one not-assessed finding per check of the type.
      {
        account: TEST_ACCOUNT,
        service: 'rds',
        region: 'eu-west-1',
        api: 'DescribeDBInstances',
        error: 'AccessDenied',
        resourceTypes: ['RdsInstance'],
      },
      {
        account: TEST_ACCOUNT,
        service: 'vpc',
        region: 'eu-west-1',
        api: 'DescribeFlowLogs',
        error: 'Throttled',
        resourceTypes: ['Vpc'],
        detail: true,
      },
      {
        account: TEST_ACCOUNT,
        service: 's3',
        region: 'eu-west-1',
        api: 'GetBucketPolicy',
        error: 'AccessDenied',
        resourceTypes: ['S3Bucket'],
        resourceId: bucket.id,
      },
      {
        account: '',
        service: 'cloudformation',
        region: 'unknown',
        api: 'read',
        error: 'infra/broken.yaml:3: expected a mapping',
        resourceTypes: [],
        file: 'infra/broken.yaml',
      },
    ],
  );
  const policy = parsePolicy(
    `version: 1
exceptions:
  - id: open-bucket-accepted
    check: [s3-bucket-default-encryption, s3-bucket-versioning]
    resource: { arn: "arn:aws:s3:::open-*", account: "${TEST_ACCOUNT}", tags: { Team: web } }
    reason: Migration in progress
    owner: Ops
    expires: "2027-01-31"
  - id: long-gone
    check: iam-user-console-mfa
    resource: { region: [eu-west-1, us-east-1] }
    reason: Old risk
    owner: Ops
    expires: "2026-01-01"
attestations:
  - id: training-2026
    domain: awareness-training
    statement: Everyone took the course
    attestedBy: Ana, CISO
    date: "2026-02-01"
    expires: "2027-02-01"
    evidence: https://example.com/training
  - id: ir-drill-2025
    domain: logging-monitoring
    duty: incident-response-plan
    services: [ec2, s3]
    statement: Drill run
    attestedBy: Ana, CISO
    date: "2025-01-10"
    expires: "2025-12-31"
    evidence: https://example.com/drill
`,
    'gaps.yaml',
  );
  return scan({
    inventory,
    policy,
    checks: CHECKS,
    source: { kind: 'aws', inputs: ['eu-west-1'] },
    version: '0.1.0',
    startedAt: TEST_NOW,
    finishedAt: TEST_NOW,
    now: TEST_NOW,
  });
}

/** Every check's IaC examples (HCL too) as `demarc scan` reads them from files, plus a path that cannot be read. */
function iacScan(): ScanResult {
  const root = mkdtempSync(join(tmpdir(), 'demarc-schema-'));
  writeExamples(join(root, 'checks'));
  const out = collectIac(['checks', 'checks/missing.yaml'], {
    root,
    cwd: root,
    parameters: {},
    readers: IAC_READERS,
    folderReader: IAC_FOLDER_READER,
  });
  rmSync(root, { recursive: true });
  return scan({
    inventory: new Inventory(out.resources, out.gaps),
    policy: parsePolicy('version: 1\n', 'demarc.yaml'),
    checks: CHECKS,
    source: { kind: 'iac', inputs: ['checks', 'checks/missing.yaml'] },
    version: '0.1.0',
    startedAt: TEST_NOW,
    finishedAt: TEST_NOW,
    now: TEST_NOW,
  });
}

describe('schema/result.schema.json', () => {
  it('accepts the demo scan under its policy', () => {
    const result = demoScan();
    assert.ok(result.findings.some((f) => f.suppressed?.by === 'exception'));
    assert.ok((result.policy?.attestations.length ?? 0) > 0);
    assert.deepEqual(errors(asJson(result)), []);
  });

  it('accepts coverage gaps of every kind, suppressions both ways, not-assessed findings and attestations', () => {
    const result = gapsScan();
    const gaps = result.coverage.gaps;
    assert.ok(gaps.some((g) => g.file) && gaps.some((g) => g.detail) && gaps.some((g) => g.resourceId));
    assert.ok(result.findings.some((f) => f.resource.id.startsWith('unlisted:')));
    assert.ok(result.findings.some((f) => f.status === 'not_assessed'));
    assert.ok(result.findings.some((f) => f.suppressed?.by === 'inline'));
    assert.ok(result.findings.some((f) => f.suppressed?.by === 'exception'));
    assert.ok(result.findings.some((f) => f.resource.tenancy === 'dedicated-host'));
    assert.equal(result.policy?.exceptions.expired.length, 1);
    assert.deepEqual(result.policy?.attestations.map((a) => a.state).sort(), ['attested', 'expired']);
    assert.deepEqual(errors(asJson(result)), []);
  });

  it('accepts the hostile-names scan', () => {
    assert.deepEqual(errors(asJson(hostileScan())), []);
  });

  it('accepts an IaC scan of the fixtures (CloudFormation and Terraform, with a file gap)', () => {
    const result = iacScan();
    assert.ok(result.findings.length > 100);
    assert.ok(
      result.findings.some((f) => f.resource.source.kind === 'cloudformation' && f.resource.source.line),
    );
    assert.ok(result.findings.some((f) => f.resource.source.kind === 'terraform'));
    assert.ok(result.coverage.gaps.some((g) => g.file));
    assert.deepEqual(errors(asJson(result)), []);
  });

  it('is live: rejects an unknown top-level property, an unknown status and a missing field', () => {
    const base = asJson(hostileScan()) as { findings: Record<string, unknown>[] } & Record<string, unknown>;
    assert.notDeepEqual(errors({ ...base, extra: true }), []);
    const [first, ...rest] = base.findings;
    assert.notDeepEqual(errors({ ...base, findings: [{ ...first, status: 'ok' }, ...rest] }), []);
    const { reason: _, ...noReason } = first ?? {};
    assert.notDeepEqual(errors({ ...base, findings: [noReason, ...rest] }), []);
  });

  it("names exactly the code's statuses, severities, domains, services, resource types and source kinds", () => {
    const defs = SCHEMA.$defs;
    assert.deepEqual(defs.status?.enum, ['pass', 'fail', 'not_assessed']);
    assert.deepEqual(defs.severity?.enum, [...SEVERITIES]);
    assert.deepEqual(defs.domainId?.enum, [...DOMAIN_IDS]);
    assert.deepEqual(defs.serviceId?.enum, [...SERVICE_IDS]);
    assert.deepEqual(defs.resourceType?.enum, [...RESOURCE_TYPES]);
    assert.deepEqual(defs.tenancy?.enum, [...TENANCIES]);
    assert.deepEqual(defs.attestableDuty?.enum, [...ATTESTABLE_DUTY_IDS]);
    assert.deepEqual((defs.sourceRef as { properties: { kind: { enum: unknown[] } } }).properties.kind.enum, [
      ...SOURCE_KINDS,
    ]);
    assert.deepEqual(SCHEMA.properties.meta.properties.source.properties.kind.enum, [...SOURCE_KINDS, 'iac']);
  });
});
