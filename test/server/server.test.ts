import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { diffScans } from '../../src/engine/diff.js';
import { diffHeadline } from '../../src/report/diff.js';
import { CSP } from '../../src/server/server.js';
import { XSS_IMG, XSS_SCRIPT } from '../helpers/html.js';
import { type Running, startDashboard } from './dashboard.js';

/** The dashboard over HTTP: real server, real SQLite store, plain requests. */

/** A request with any method and Host header (fetch will not let us set Host). */
function raw(
  url: string,
  method: string,
  host?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demarc serve: the dashboard over HTTP', () => {
  let d: Running;
  before(async () => {
    d = await startDashboard();
  });
  after(async () => {
    await d?.stop();
  });

  it('the history page: trend chart, scans, exceptions, with a strict CSP and no script', async () => {
    const res = await fetch(`${d.url}/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), CSP);
    assert.match(CSP, /default-src 'none'/);
    const html = await res.text();
    assert.match(html, /<svg class="chart"/);
    assert.match(html, /<a href="\/scans\/3">3<\/a>/);
    // The trend is of the latest scan's estate: the two demo scans.
    assert.match(html, /over 2 scans/);
    assert.match(html, /href="\/diff\?a=2&amp;b=3">diff with 2</);
    assert.doesNotMatch(html, /<script/i);
  });

  it('read-only: POST, PUT and DELETE are refused and the store is unchanged', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await raw(`${d.url}/scans/1`, method);
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.allow, 'GET, HEAD');
    }
    assert.equal((await d.store.list()).length, 3);
  });

  it('answers to localhost only while bound to loopback (no DNS rebinding)', async () => {
    assert.equal((await raw(`${d.url}/`, 'GET', 'attacker.example')).status, 421);
    assert.equal((await raw(`${d.url}/`, 'GET', 'localhost:1234')).status, 200);
  });

  it('the findings table filters by status and severity, and the matrix links to its cell', async () => {
    const html = await (await fetch(`${d.url}/scans/2?status=fail&severity=high`)).text();
    const expected = d.scans[1]?.findings.filter((f) => f.status === 'fail' && f.severity === 'high').length;
    assert.match(html, new RegExp(`id="count">${expected} of ${d.scans[1]?.findings.length} findings`));
    assert.match(html, /<option value="fail" selected>/);
    assert.match(html, /href="\/scans\/2\?service=s3&amp;domain=identity-access#findings"/);
  });

  it('the diff page says what the change opens and fixes', async () => {
    const html = await (await fetch(`${d.url}/diff?a=2&b=3`)).text();
    const diff = diffScans(d.scans[1] as never, d.scans[2] as never, {
      now: new Date('2026-11-20T00:00:00Z'),
    });
    assert.match(html, new RegExp(`<strong>${diffHeadline(diff)}</strong>`));
    assert.match(html, /<strong>this change opens no findings, fixes 1<\/strong>/);
  });

  it('hostile names and tags come out as text', async () => {
    const html = await (await fetch(`${d.url}/scans/1`)).text();
    assert.ok(!html.includes(XSS_IMG) && !html.includes(XSS_SCRIPT));
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.doesNotMatch(html, /<script|<img/i);
  });

  it('an unknown scan or path is a 404 page', async () => {
    for (const path of ['/scans/99', '/scans/abc', '/nothing']) {
      const res = await fetch(`${d.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.equal(res.headers.get('content-security-policy'), CSP);
    }
  });
});
