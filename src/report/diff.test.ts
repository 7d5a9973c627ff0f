import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoScan, HOSTILE_NAME, hostileScan } from '../../test/helpers/scans.js';
import { diffScans } from '../engine/diff.js';
import type { ScanResult } from '../engine/result.js';
import { diffHeadline, LISTED, renderDiffJson, renderDiffMarkdown, renderDiffTerminal } from './diff.js';

const SIDES = {
  before: { id: 1, startedAt: '2026-11-19T08:00:00Z', source: 'snapshot a.json' },
  after: { id: 2, startedAt: '2026-11-20T08:00:00Z', source: 'snapshot a.json' },
};

/** The hostile estate as if it had just appeared: every open finding of it is new. */
function hostileDiff() {
  const after = hostileScan();
  const bucket = after.findings.find((f) => f.resource.name === HOSTILE_NAME && f.status === 'fail');
  assert.ok(bucket);
  // A terminal escape and a bidi override in a name, as a crafted tag or name could carry.
  const controlled = structuredClone(bucket);
  controlled.key = 'controlled';
  controlled.resource.name = 'evil\u001b[2J\u202ename';
  after.findings.push(controlled);
  const before: ScanResult = { ...after, findings: [] };
  return diffScans(before, after, { now: new Date('2026-11-20T00:00:00Z') });
}

describe('diff views', () => {
  it('the headline counts what opens and what is fixed', () => {
    const diff = hostileDiff();
    assert.equal(diffHeadline(diff), `this change opens ${diff.new.length} findings, fixes 0`);
    const same = diffScans(demoScan(), demoScan(), { now: new Date('2026-11-20T00:00:00Z') });
    assert.equal(diffHeadline(same), 'this change opens no findings and fixes none');
  });

  it('Markdown: a cloud name cannot format the comment, break the table or link anywhere', () => {
    const md = renderDiffMarkdown(hostileDiff(), SIDES);
    assert.doesNotMatch(md, /<b>|\[x\]\(y\)|=HYPERLINK\("/);
    assert.match(md, /&lt;b&gt;/);
    for (const row of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity'))) {
      // Six columns: seven unescaped pipes, whatever the name holds.
      assert.equal(row.match(/(?<!\\)\|/g)?.length, 7, row);
    }
  });

  it('terminal: control characters and bidi overrides from the estate are shown, not obeyed', () => {
    const text = renderDiffTerminal(hostileDiff(), SIDES, { color: false });
    assert.ok(!text.includes('\u001b') && !text.includes('\u202e'));
    assert.match(text, /evil\\x1b\[2J\\u202ename/);
  });

  it('JSON keeps every change, the terminal view lists the first LISTED of a group', () => {
    const base = demoScan();
    const before: ScanResult = { ...base, findings: base.findings.filter((f) => f.status !== 'fail') };
    const diff = diffScans(before, base, { now: new Date('2026-11-20T00:00:00Z') });
    assert.ok(diff.new.length > LISTED);
    const json = JSON.parse(renderDiffJson(diff, SIDES));
    assert.equal(json.new.length, diff.new.length);
    assert.deepEqual(json.totals, { opens: diff.new.length, fixes: 0 });
    const text = renderDiffTerminal(diff, SIDES, { color: false });
    assert.match(text, new RegExp(`New: ${diff.new.length}\n`));
    assert.match(text, new RegExp(`… and ${diff.new.length - LISTED} more`));
  });
});
