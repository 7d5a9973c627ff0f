import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoScan, hostileScan, readSchema, schemaValidator } from '../../test/helpers/scans.js';
import type { ScanResult } from '../engine/result.js';
import { OCSF_VERSION, ocsfEvents, renderOcsf } from './ocsf.js';

const SCHEMA = 'ocsf-1.7.0-detection_finding.schema.json';

/** The engine's key of one finding: the id every format derives from it. */
function keyOf(result: ScanResult, checkId: string, resourceId: string): string {
  const finding = result.findings.find((f) => f.checkId === checkId && f.resource.id === resourceId);
  assert.ok(finding, `${checkId} on ${resourceId}`);
  return finding.key;
}

describe('OCSF report', () => {
  const validate = schemaValidator(SCHEMA);

  it('writes one Detection Finding per finding, each valid against the OCSF 1.7.0 class schema', () => {
    const result = demoScan();
    const events = JSON.parse(renderOcsf(result)) as Record<string, unknown>[];
    assert.equal(events.length, result.findings.length);
    for (const event of events) assert.deepEqual(validate(event), [], JSON.stringify(event).slice(0, 300));
  });

  it('targets the OCSF version its schema fixture was compiled from', () => {
    assert.match(
      String(readSchema(SCHEMA).$comment),
      new RegExp(`OCSF ${OCSF_VERSION.replaceAll('.', '\\.')} `),
    );
  });

  it('the schema is strict enough to reject a broken event', () => {
    const [event] = ocsfEvents(demoScan());
    assert.ok(event);
    const { finding_info: _, ...withoutInfo } = event;
    assert.ok(validate(withoutInfo).some((e) => e.includes('finding_info')));
    assert.ok(validate({ ...event, severity_id: 7 }).length > 0);
    assert.ok(validate({ ...event, class_uid: 2003 }).length > 0);
    assert.ok(
      validate({ ...event, compliance: {} }).length > 0,
      'Detection Finding has no compliance attribute',
    );
    assert.ok(validate({ ...event, cloud: { region: 'eu-west-1' } }).some((e) => e.includes('provider')));
  });

  it('maps severity, verdict, suppression and account', () => {
    const result = hostileScan();
    const events = ocsfEvents(result);
    for (const event of events) assert.deepEqual(validate(event), []);
    const byUid = new Map(events.map((e) => [(e.finding_info as { uid: string }).uid, e]));
    const suppressed = byUid.get(keyOf(result, 's3-bucket-default-encryption', 'arn:aws:s3:::logs-bucket'));
    assert.equal(suppressed?.status_id, 3);
    assert.equal(suppressed?.status, 'Suppressed');
    assert.equal(suppressed?.status_code, 'FAIL');
    assert.equal(suppressed?.severity_id, 4);
    const failing = byUid.get(keyOf(result, 's3-bucket-default-encryption', 'arn:aws:s3:::bucket-<script>'));
    assert.equal(failing?.status_id, 1);
    assert.equal(failing?.time, Date.parse(result.meta.finishedAt));
    assert.deepEqual((failing?.cloud as { account?: unknown } | undefined)?.account, {
      uid: '111122223333',
      name: '111122223333',
      type_id: 10,
      type: 'AWS Account',
    });
    const compliance = (failing?.unmapped as { compliance?: { requirements: string[]; status: string } })
      ?.compliance;
    assert.equal(compliance?.status, 'Fail');
    assert.ok(
      compliance?.requirements.includes('AWS Foundational Security Best Practices S3.4'),
      String(compliance?.requirements),
    );
    const unknown = events.find((e) => e.status_code === 'NOT_ASSESSED');
    assert.equal(
      (unknown?.unmapped as { compliance?: { status_id: number } } | undefined)?.compliance?.status_id,
      0,
    );
  });

  it('keeps cloud strings as data: JSON round-trips them unchanged', () => {
    const result = hostileScan();
    const events = JSON.parse(renderOcsf(result)) as { resources: { name: string }[] }[];
    assert.deepEqual(
      events.map((e) => e.resources[0]?.name),
      result.findings.map((f) => f.resource.name),
    );
  });
});
