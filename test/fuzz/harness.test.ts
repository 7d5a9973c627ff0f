import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientScript } from '../../src/report/html/client.js';
import { renderHtml } from '../../src/report/html/render.js';
import { hostileResult, XSS_IMG, XSS_SCRIPT } from '../helpers/html.js';
import { htmlProblems, tagsOf } from './html-static.js';
import { controlProblem, judge } from './properties.js';
import { Sandbox } from './sandbox.js';

/** The fuzz suite's own machinery: each judge must catch what it is there to catch. */

const html = renderHtml(hostileResult());
const shape = { tags: tagsOf(html), clientScript: clientScript() };
const escaped = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

describe('static HTML check', () => {
  it('passes the real report of a hostile estate', () => {
    assert.deepEqual(htmlProblems(html, shape), []);
  });

  it('finds an element that escaped escaping', () => {
    const broken = html.replaceAll(escaped(XSS_IMG), XSS_IMG);
    assert.notEqual(broken, html);
    assert.match(htmlProblems(broken, shape).join('\n'), /unexpected <img> element/);
  });

  it('finds an event handler that broke out of an attribute', () => {
    const broken = html.replace('<td', '<td title="" onmouseover="x()"');
    assert.match(htmlProblems(broken, shape).join('\n'), /event handler onmouseover=/);
  });

  it('finds a javascript: URL, entity-encoded or not', () => {
    const broken = html.replace('<a ', '<a href="java&#115;cript&colon;x()" ');
    assert.match(htmlProblems(broken, shape).join('\n'), /javascript: URL in href=/);
  });

  it('finds </script> inside the JSON data block and the script it opens', () => {
    const broken = html.replace(/(<script type="application\/json" id="report-data">)/, `$1${XSS_SCRIPT}`);
    const problems = htmlProblems(broken, shape).join('\n');
    assert.match(problems, /extra <script>|not the report’s own client script/);
  });

  it('finds a comment opened by data', () => {
    assert.match(htmlProblems(html.replace('<main', '<!--<main'), shape).join('\n'), /HTML comment/);
  });
});

describe('terminal check', () => {
  it('allows newline and tab, and names the first control character with its line', () => {
    assert.equal(controlProblem('a\tb\nc', 'stdout'), undefined);
    for (const c of ['\u001b', '\u0007', '\r', '\u007f', '\u009b', '\u0085', '\u202e', '\u2066']) {
      assert.ok(controlProblem(`ok\nname ${c}x\n`, 'stdout')?.includes('"name '), JSON.stringify(c));
    }
  });
});

describe('judge', () => {
  const fuzzCase = { args: ['scan', '--snapshot', '@/s.json'], files: [], how: 'test' };
  it('flags exit 70, internal error lines and stack traces', () => {
    const ran = (code: number, stderr: string) =>
      judge(fuzzCase, { kind: 'ran', code, stdout: '', stderr, outputs: {}, ms: 1 }, shape);
    assert.ok(ran(70, 'demarc: internal error: boom\n')['no-internal-error']);
    assert.ok(ran(70, '')['exit-code']);
    assert.ok(ran(2, 'TypeError: x\n    at f (file:///a.js:1:2)\n')['no-internal-error']);
    assert.deepEqual(Object.values(ran(2, 'demarc: s.json: not valid JSON\n')).filter(Boolean), []);
  });
});

describe('sandbox', () => {
  it('reports a case that never ends as a hang, and the next case runs in a fresh worker', async () => {
    const sandbox = new Sandbox(new URL('./testing/stuck-worker.js', import.meta.url));
    try {
      const stuck = await sandbox.run({ args: ['loop'], files: [], how: 'test' }, 300);
      assert.equal(stuck.kind, 'hang');
      const next = await sandbox.run({ args: ['ok'], files: [], how: 'test' }, 5_000);
      assert.equal(next.kind, 'ran');
    } finally {
      await sandbox.close();
    }
  });
});
