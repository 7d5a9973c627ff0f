import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv04 from 'ajv-draft-04';
import { resource, TEST_NOW } from '../../test/helpers/checks.js';
import { demoScan, HOSTILE_NAME, readSchema } from '../../test/helpers/scans.js';
import { CHECKS } from '../checks/registry.js';
import type { ScanResult } from '../engine/result.js';
import { scan } from '../engine/run.js';
import { Inventory } from '../inventory/inventory.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { renderSarif } from './sarif.js';

// The SARIF 2.1.0 schema is draft-04, which the default Ajv no longer reads; one of its patterns
// is not valid with the `u` flag.
const validateSarif = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false }).compile(
  readSchema('sarif-2.1.0.schema.json'),
);

function assertValid(log: unknown): void {
  const ok = validateSarif(log);
  assert.ok(ok, JSON.stringify(validateSarif.errors?.slice(0, 5), null, 2));
}

/** Two buckets from a template (one with an accepted risk), and a file that could not be read. */
function templateScan(): ScanResult {
  const source = (line: number, logicalId: string) => ({
    kind: 'cloudformation' as const,
    file: 'infra/app stack#1.yaml',
    line,
    logicalId,
  });
  const open = resource('S3Bucket', {
    name: HOSTILE_NAME,
    id: 'cfn:infra/app stack#1.yaml#Open',
    source: source(12, 'Open'),
    encryption: null,
    versioning: 'Suspended',
  });
  const accepted = resource('S3Bucket', {
    name: 'build-cache',
    id: 'cfn:infra/app stack#1.yaml#Cache',
    source: source(40, 'Cache'),
    encryption: null,
    suppressions: [{ checkId: 's3-bucket-default-encryption', reason: 'rebuilt from source every run' }],
  });
  const gap = {
    account: '',
    service: 'iac',
    region: 'n/a',
    api: 'read',
    error: 'infra/broken.yaml:3: not valid YAML',
    resourceTypes: [],
    file: 'infra/broken.yaml',
  };
  return scan({
    inventory: new Inventory([open, accepted], [gap]),
    policy: DEFAULT_POLICY,
    checks: CHECKS,
    source: { kind: 'cloudformation', inputs: ['infra'] },
    version: '0.1.0',
    startedAt: TEST_NOW,
    finishedAt: TEST_NOW,
    now: TEST_NOW,
  });
}

type Log = {
  runs: {
    tool: {
      driver: { rules: { id: string; properties: Record<string, unknown>; help: { text: string } }[] };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      kind: string;
      message: { text: string };
      locations: {
        physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } };
        logicalLocations: { name: string }[];
      }[];
      suppressions?: { kind: string; justification: string }[];
      partialFingerprints: Record<string, string>;
    }[];
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
};

describe('SARIF report', () => {
  it('validates against the SARIF 2.1.0 schema, for a template scan and for the demo', () => {
    assertValid(JSON.parse(renderSarif(templateScan())));
    assertValid(JSON.parse(renderSarif(demoScan())));
    // The validator is live: a run without a driver is refused.
    assert.equal(validateSarif({ version: '2.1.0', runs: [{ tool: {} }] }), false);
  });

  it('has one rule per check with help, level and security severity, and results pointing at them', () => {
    const result = templateScan();
    const log = JSON.parse(renderSarif(result)) as Log;
    const run = log.runs[0] as Log['runs'][number];
    const rules = run.tool.driver.rules;
    assert.equal(rules.length, CHECKS.length);
    const encryption = rules.find((r) => r.id === 's3-bucket-default-encryption');
    assert.ok(encryption?.help.text.length);
    assert.match(String(encryption?.properties['security-severity']), /^\d+\.\d$/);
    for (const r of run.results) assert.equal(rules[r.ruleIndex]?.id, r.ruleId);
    assert.equal(run.results.length, result.findings.filter((f) => f.status !== 'pass').length);
  });

  it('locates results by file (relative, spaces and # encoded) and the line of the logical id', () => {
    const run = (JSON.parse(renderSarif(templateScan())) as Log).runs[0] as Log['runs'][number];
    const versioning = run.results.find((r) => r.ruleId === 's3-bucket-versioning');
    const location = versioning?.locations[0];
    assert.equal(location?.physicalLocation?.artifactLocation.uri, 'infra/app%20stack%231.yaml');
    assert.equal(location?.physicalLocation?.region?.startLine, 12);
    assert.equal(location?.logicalLocations[0]?.name, 'Open');
    assert.equal(versioning?.kind, 'fail');
    assert.ok(versioning?.message.text.includes(HOSTILE_NAME), 'names travel as JSON strings, unaltered');
  });

  it('keeps accepted risks as suppressed results with their justification', () => {
    const run = (JSON.parse(renderSarif(templateScan())) as Log).runs[0] as Log['runs'][number];
    const cache = run.results.filter(
      (r) =>
        r.ruleId === 's3-bucket-default-encryption' && r.locations[0]?.logicalLocations[0]?.name === 'Cache',
    );
    assert.equal(cache.length, 1);
    assert.deepEqual(
      cache[0]?.suppressions?.map((s) => [s.kind, s.justification]),
      [['inSource', 'rebuilt from source every run']],
    );
    const open = run.results.find(
      (r) =>
        r.ruleId === 's3-bucket-default-encryption' && r.locations[0]?.logicalLocations[0]?.name === 'Open',
    );
    assert.equal(open?.suppressions, undefined);
  });

  it('reports unreadable files as notifications and gives stable fingerprints', () => {
    const first = JSON.parse(renderSarif(templateScan())) as Log;
    const second = JSON.parse(renderSarif(templateScan())) as Log;
    const notes = first.runs[0]?.invocations[0]?.toolExecutionNotifications ?? [];
    assert.deepEqual(
      notes.map((n) => n.message.text),
      ['infra/broken.yaml:3: not valid YAML'],
    );
    const prints = (log: Log) => log.runs[0]?.results.map((r) => Object.values(r.partialFingerprints)[0]);
    assert.deepEqual(prints(first), prints(second));
    assert.equal(new Set(prints(first)).size, first.runs[0]?.results.length);
    // Once applied, a resource's id becomes its ARN; the alert is the same one.
    const planned = templateScan();
    const applied: ScanResult = {
      ...planned,
      findings: planned.findings.map((f) => ({
        ...f,
        resource: { ...f.resource, id: `arn:aws:s3:::${f.resource.source.logicalId}` },
      })),
    };
    assert.deepEqual(prints(JSON.parse(renderSarif(applied)) as Log), prints(first));
  });
});
