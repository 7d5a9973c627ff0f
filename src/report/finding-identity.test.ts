import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoScan } from '../../test/helpers/scans.js';
import { asffFindings } from './asff.js';
import { ocsfEvents } from './ocsf.js';
import { renderSarif } from './sarif.js';

/** Every format that names a finding uses the engine's key, so one finding is one id everywhere. */
describe('finding identity across formats', () => {
  const result = demoScan();
  const keys = result.findings.map((f) => f.key);

  it('SARIF: the partial fingerprint is the key (SARIF lists what did not pass)', () => {
    const log = JSON.parse(renderSarif(result)) as {
      runs: { results: { partialFingerprints: Record<string, string> }[] }[];
    };
    const prints = log.runs[0]?.results.map((r) => r.partialFingerprints['demarcFinding/v2']) ?? [];
    assert.deepEqual(
      prints,
      result.findings.filter((f) => f.status !== 'pass').map((f) => f.key),
    );
  });

  it('ASFF: the Id is demarc/ and the key', () => {
    const ids = asffFindings(result).map((f) => f.Id);
    assert.deepEqual(
      ids,
      keys.map((k) => `demarc/${k}`),
    );
  });

  it('OCSF: finding_info.uid is the key', () => {
    const uids = ocsfEvents(result).map((e) => (e.finding_info as { uid: string }).uid);
    assert.deepEqual(uids, keys);
  });
});
