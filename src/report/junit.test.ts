import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { demoScan, HOSTILE_NAME, hostileScan } from '../../test/helpers/scans.js';
import type { ScanResult } from '../engine/result.js';
import { renderJunit } from './junit.js';

type Node = Record<string, unknown>;
const asList = (value: unknown): Node[] =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]) as Node[];

function parse(xml: string): Node {
  const valid = XMLValidator.validate(xml);
  assert.equal(valid, true, JSON.stringify(valid));
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: true,
    htmlEntities: true,
  }).parse(xml) as Node;
}

describe('JUnit report', () => {
  it('is well-formed XML with one suite per check and one case per finding, counts matching', () => {
    const result = demoScan();
    const root = parse(renderJunit(result)).testsuites as Node;
    const suites = asList(root.testsuite);
    assert.equal(suites.length, new Set(result.findings.map((f) => f.checkId)).size);
    const cases = suites.flatMap((s) => asList(s.testcase));
    assert.equal(cases.length, result.findings.length);
    assert.equal(Number(root.tests), result.findings.length);
    const failing = result.findings.filter((f) => f.status === 'fail' && !f.suppressed).length;
    assert.equal(Number(root.failures), failing);
    assert.equal(cases.filter((c) => c.failure !== undefined).length, failing);
    assert.equal(cases.filter((c) => c.skipped !== undefined).length, Number(root.skipped));
    for (const suite of suites) {
      assert.equal(Number(suite.tests), asList(suite.testcase).length);
      assert.equal(
        Number(suite.failures),
        asList(suite.testcase).filter((c) => c.failure !== undefined).length,
      );
    }
  });

  it('escapes cloud strings so a hostile name cannot break or inject markup, and reads back unchanged', () => {
    const result = hostileScan();
    const xml = renderJunit(result);
    assert.ok(!xml.includes('<b>'), 'markup in a name is escaped');
    assert.ok(!xml.includes('<script>'));
    const cases = asList((parse(xml).testsuites as Node).testsuite).flatMap((s) => asList(s.testcase));
    assert.ok(
      cases.some((c) => String(c.name).includes(HOSTILE_NAME)),
      'attribute values keep newlines and quotes',
    );
  });

  it('a suppressed fail is skipped with the accepted reason; not-assessed is skipped with its reason', () => {
    const suites = asList((parse(renderJunit(hostileScan())).testsuites as Node).testsuite);
    const encryption = suites.find((s) => s.name === 's3-bucket-default-encryption') as Node;
    const cases = asList(encryption.testcase);
    const logs = cases.find((c) => String(c.name).includes('logs-bucket')) as Node;
    assert.match(
      String((logs.skipped as Node).message),
      /^accepted risk \(inline\): accepted: "legacy" <archive>/,
    );
    const hostile = cases.find((c) => String(c.name).includes('HYPERLINK')) as Node;
    assert.equal((hostile.failure as Node).type, 'high');
    assert.match(String((hostile.failure as Node)['#text']), /Remediation: /);
    const mfa = asList(suites.find((s) => s.name === 'iam-user-console-mfa')?.testcase)[0] as Node;
    assert.match(String((mfa.skipped as Node).message), /^not assessed: /);
  });

  it('drops characters XML 1.0 cannot hold instead of writing an unreadable file', () => {
    const result = hostileScan();
    const broken: ScanResult = {
      ...result,
      findings: result.findings.map((f) => ({ ...f, reason: `bad\u0000\u001b[31m\uD800 byte` })),
    };
    const xml = renderJunit(broken);
    parse(xml);
    assert.ok(!xml.includes('\u0000'));
  });
});
