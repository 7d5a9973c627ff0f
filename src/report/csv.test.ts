import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { demoScan, HOSTILE_NAME, hostileScan } from '../../test/helpers/scans.js';
import { csvCell, renderCsv } from './csv.js';

function records(text: string): Record<string, string>[] {
  // strict: quotes must be balanced and every row as wide as the header.
  return parse(text, {
    columns: true,
    record_delimiter: '\r\n',
    relax_quotes: false,
    relax_column_count: false,
  });
}

describe('CSV report', () => {
  it('has a header and one row per finding, read back by a real CSV parser', () => {
    const result = demoScan();
    const text = renderCsv(result);
    assert.ok(text.endsWith('\r\n'));
    const rows = records(text);
    assert.equal(rows.length, result.findings.length);
    result.findings.forEach((f, i) => {
      assert.equal(rows[i]?.check_id, f.checkId);
      assert.equal(rows[i]?.status, f.status);
      assert.equal(rows[i]?.reason, f.reason.match(/^[=+\-@\t\r]/) ? `'${f.reason}` : f.reason);
    });
  });

  it('quotes commas, quotes and line breaks, and defuses formulas in cloud strings', () => {
    const result = hostileScan();
    const rows = records(renderCsv(result));
    const hostile = rows.find((r) => r.resource_name?.includes('HYPERLINK'));
    assert.equal(
      hostile?.resource_name,
      `'${HOSTILE_NAME}`,
      'the name comes back whole, with a guard apostrophe',
    );
    assert.equal(rows.find((r) => r.resource_name?.includes('calc'))?.resource_name, "'+cmd|calc");
    const suppressed = rows.find((r) => r.suppressed === 'yes');
    assert.equal(suppressed?.suppression_reason, 'accepted: "legacy" <archive>');
    assert.equal(suppressed?.check_id, 's3-bucket-default-encryption');
  });

  it('guards every formula lead character and leaves other text alone', () => {
    for (const lead of ['=', '+', '-', '@', '\t'])
      assert.ok(csvCell(`${lead}1+1`).replace(/^"/, '').startsWith(`'${lead}`));
    // A carriage return is guarded too, and shown as an escape: raw, it would rewrite a terminal line.
    assert.equal(csvCell('\r1+1'), "'\\x0d1+1");
    assert.equal(csvCell('plain text'), 'plain text');
    assert.equal(csvCell('a "quoted", value'), '"a ""quoted"", value"');
    assert.equal(csvCell(42), '42');
    assert.equal(csvCell(undefined), '');
  });
});
