import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import {
  demoResult,
  hostileResult,
  largeResult,
  XSS_ATTR,
  XSS_IMG,
  XSS_SCRIPT,
} from '../../../test/helpers/html.js';
import type { ScanResult } from '../../engine/result.js';
import { FORMATS } from '../formats.js';
import type { ClientData, ClientFinding } from './client/wire.js';
import { clientScript } from './client.js';
import { clientData } from './data.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { renderHtml } from './render.js';

interface Filters {
  search?: string;
  status?: string;
  severity?: string;
  domain?: string;
  service?: string;
  account?: string;
  region?: string;
  scope?: { test: (f: ClientFinding) => boolean } | null;
}
interface Core {
  cellMatcher(data: ClientData, row: number, domain: string): (f: ClientFinding) => boolean;
  checksMatcher(ids: string[]): (f: ClientFinding) => boolean;
  filterFindings(data: ClientData, filters: Filters): number[];
}

/** The page's own filtering code, run outside a browser. */
function clientCore(): Core {
  const sandbox: { demarcReportCore?: Core } = {};
  runInNewContext(clientScript(), sandbox);
  assert.ok(sandbox.demarcReportCore, 'the script exposes its core when there is no document');
  return sandbox.demarcReportCore;
}

/** The JSON data block, read back as the page reads it. */
function embeddedData(html: string): ClientData {
  const match = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  assert.ok(match, 'data block present');
  return JSON.parse(match[1] as string) as ClientData;
}

const demo = demoResult();
const demoHtml = renderHtml(demo);

describe('html escaping', () => {
  it('escapes markup and quotes for text and attributes', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('writes JSON that cannot close its script block, and reads back unchanged', () => {
    const value = { s: `${XSS_SCRIPT}<!-- \u2028\u2029 & >` };
    const text = jsonForScript(value);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(text), value);
  });
});

describe('renderHtml', () => {
  it('is the html format of the registry', () => {
    assert.equal(FORMATS.html?.extension, 'html');
    assert.equal(FORMATS.html?.render(demo, { color: false }), demoHtml);
  });

  it('is one self-contained page: no external script, style, image, font or fetch', () => {
    assert.match(demoHtml, /^<!doctype html>/);
    assert.doesNotMatch(
      demoHtml,
      /<script[^>]*\ssrc=|<link\b|<img\b|<iframe\b|@import|url\(|fetch\(|XMLHttpRequest/i,
    );
    assert.doesNotMatch(
      demoHtml,
      // The one way out is a click on a check's page (docs/checks/<id>.md), never a load.
      /\s(src|href|action|srcset|poster)="(?!#|docs\/checks\/[a-z0-9-]+\.md")/i,
      'no attribute that loads or leaves the page',
    );
  });

  it('has a Content-Security-Policy that allows exactly its own inline style and script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(demoHtml)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(demoHtml)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(demoHtml)?.[1] ?? '';
    const hash = (t: string) => createHash('sha256').update(t).digest('base64');
    assert.ok(csp.includes(`style-src 'sha256-${hash(style)}'`), 'style hash matches the style block');
    assert.ok(csp.includes(`script-src 'sha256-${hash(script)}'`), 'script hash matches the script block');
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.doesNotMatch(
      demoHtml,
      /\sstyle="|\son[a-z]+="/i,
      'no style or event-handler attribute for the CSP to block',
    );
  });

  it('renders the header with what was scanned and the coverage', () => {
    assert.match(demoHtml, /snapshot: examples\/demo-account\.json/);
    assert.match(demoHtml, /123456789012, 210987654321/);
    assert.match(demoHtml, /eu-central-1, eu-west-1, us-east-1/);
    assert.match(demoHtml, /Coverage complete\./);
    assert.match(
      demoHtml,
      new RegExp(`<div class="n">${demo.summary.byStatus.fail}</div><div class="l">Failed`),
    );
  });

  it('draws one clickable button per customer or shared cell and a plain cell for AWS ones', () => {
    const cells = demo.matrix.rows.flatMap((r) => r.cells);
    const buttons = demoHtml.match(/<button type="button" class="cell /g) ?? [];
    const awsCells = demoHtml.match(/<td><span class="cell owner-aws"/g) ?? [];
    assert.equal(buttons.length, cells.filter((c) => c.owner !== 'aws').length);
    assert.equal(awsCells.length, cells.filter((c) => c.owner === 'aws').length);
    const failing = cells.find((c) => c.evidence === 'fail');
    assert.ok(failing);
    assert.match(
      demoHtml,
      new RegExp(
        `class="cell owner-${failing.owner} ev-fail" data-row="\\d+" data-domain="${failing.domain}"`,
      ),
    );
  });

  it('embeds every finding, worst first, each resource once', () => {
    const data = embeddedData(demoHtml);
    assert.equal(data.findings.length, demo.findings.length);
    const resources = new Set(demo.findings.map((f) => f.resource.id));
    assert.equal(data.resources.length, resources.size);
    const rank = ['critical', 'high', 'medium', 'low', 'info'];
    for (let i = 1; i < data.findings.length; i++) {
      const [a, b] = [data.findings[i - 1] as ClientFinding, data.findings[i] as ClientFinding];
      assert.ok(rank.indexOf(a.v) <= rank.indexOf(b.v), `finding ${i} is not sorted by severity`);
    }
  });

  it('dedupes resources of a result read back from JSON (no shared objects)', () => {
    const copy = JSON.parse(JSON.stringify(demo)) as ScanResult;
    assert.equal(clientData(copy).resources.length, clientData(demo).resources.length);
  });

  it('lists CIS sections and FSBP controls with their pass rates', () => {
    assert.match(demoHtml, /<table class="fw" id="fw-cis">/);
    assert.match(demoHtml, />1<\/button> Identity and Access Management/);
    assert.match(demoHtml, /data-label="FSBP S3\.4"/);
  });
});

describe('html report with hostile cloud strings', () => {
  const result = hostileResult();
  const html = renderHtml(result);

  it('the fixture really carries the strings into names, reasons, files, accounts and gaps', () => {
    const reasons = result.findings.map((f) => f.reason).join('\n');
    assert.ok(reasons.includes(XSS_SCRIPT), 'a reason quotes the hostile tag value');
    assert.ok(result.findings.some((f) => f.resource.name === XSS_IMG));
    assert.ok(result.findings.some((f) => f.resource.account === XSS_ATTR));
    assert.equal(result.coverage.complete, false);
  });

  it('never writes them as markup', () => {
    for (const raw of [XSS_IMG, XSS_SCRIPT, XSS_ATTR, '<img', '<script>alert']) {
      assert.ok(!html.includes(raw), `raw ${raw} in the page`);
    }
    assert.equal(html.match(/<script\b/g)?.length, 2, 'only the data block and the page script');
    assert.equal(html.match(/<\/script>/g)?.length, 2);
  });

  it('shows them as text where the server renders them', () => {
    assert.ok(
      html.includes(
        `<li><code>s3</code> s3:GetBucketPolicy failed in eu-west-1: ${escapeHtml(XSS_SCRIPT)}</li>`,
      ),
    );
    assert.ok(html.includes(`<option value="${escapeHtml(XSS_ATTR)}">${escapeHtml(XSS_ATTR)}</option>`));
    assert.ok(html.includes(`<title>demarc report — inputs/${escapeHtml(XSS_IMG)}.json</title>`));
  });

  it('carries them intact in the data block for the script to show as text', () => {
    const data = embeddedData(html);
    assert.ok(data.resources.some((r) => r.n === XSS_IMG && r.f === `stacks/${XSS_IMG}.yaml` && r.l === 7));
    assert.ok(data.findings.some((f) => f.m.includes(XSS_SCRIPT)));
  });

  it('the page script writes cloud strings only with textContent, never as HTML', () => {
    assert.doesNotMatch(
      clientScript(),
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/,
    );
  });
});

describe('page script filtering', () => {
  const core = clientCore();
  const data = clientData(demo);

  it('a matrix cell selects exactly the findings its counts add up', () => {
    let checked = 0;
    data.rows.forEach((row, i) => {
      for (const cell of row.cells) {
        if (cell.owner === 'aws') continue;
        const shown = core.filterFindings(data, {
          status: 'all',
          scope: { test: core.cellMatcher(data, i, cell.domain) },
        });
        const { pass, fail, not_assessed } = cell.counts;
        assert.equal(shown.length, pass + fail + not_assessed, `${row.name} × ${cell.domain}`);
        const statuses = shown.map((k) => data.findings[k]?.s);
        assert.equal(statuses.filter((s) => s === 'fail').length, fail);
        checked++;
      }
    });
    assert.ok(checked > 100);
  });

  // Account-wide checks (root, the trail) now evidence the account rows, not every service row
  // (issue 11); a check that names another row still evidences it.
  it('a check that names another service evidences that row, not only its own service', () => {
    const row = data.rows.findIndex((r) => r.service === 'ec2');
    const shown = core.filterFindings(data, {
      status: 'all',
      scope: { test: core.cellMatcher(data, row, 'encryption-at-rest') },
    });
    assert.ok(shown.some((k) => data.resources[data.findings[k]?.r ?? -1]?.s === 'ebs'));
  });

  it('shows the account rows once, apart from the service rows', () => {
    const html = FORMATS.html?.render(demo, { color: false }) ?? '';
    assert.equal(html.match(/id="account-rows"/g)?.length, 1);
    for (const account of demo.matrix.accounts ?? [])
      assert.ok(html.includes(`>${account.name}<`), account.name);
    assert.ok(!data.rows.some((r) => r.cells.some((c) => c.domain === 'account-root')));
  });

  it('shows fail and not assessed by default, passes on request', () => {
    const open = core.filterFindings(data, {});
    assert.equal(open.length, demo.summary.byStatus.fail + demo.summary.byStatus.not_assessed);
    assert.equal(core.filterFindings(data, { status: 'all' }).length, demo.findings.length);
    assert.equal(core.filterFindings(data, { status: 'pass' }).length, demo.summary.byStatus.pass);
  });

  it('filters by severity, domain, service, account, region and free text', () => {
    const high = core.filterFindings(data, { status: 'fail', severity: 'high' });
    assert.equal(high.length, demo.summary.failedBySeverity.high + countSuppressed(demo, 'high'));
    const byField = (filters: Filters, pick: (f: ScanResult['findings'][number]) => boolean) =>
      assert.equal(
        core.filterFindings(data, { status: 'all', ...filters }).length,
        demo.findings.filter(pick).length,
      );
    byField({ domain: 'encryption-at-rest' }, (f) => f.domain === 'encryption-at-rest');
    byField({ service: 'rds' }, (f) => f.resource.service === 'rds');
    byField({ account: '210987654321' }, (f) => f.resource.account === '210987654321');
    byField({ region: 'us-east-1' }, (f) => f.resource.region === 'us-east-1');
    const target = demo.findings.find((f) => f.status === 'fail');
    assert.ok(target);
    const hits = core.filterFindings(data, {
      status: 'all',
      search: `${target.resource.name.toUpperCase()}  ${target.checkId}`,
    });
    assert.ok(hits.length >= 1);
    assert.ok(hits.every((k) => data.findings[k]?.c === target.checkId));
    assert.equal(core.filterFindings(data, { status: 'all', search: 'no-such-thing-anywhere' }).length, 0);
  });

  it('a framework id selects the findings of its checks', () => {
    const shown = core.filterFindings(data, {
      status: 'all',
      scope: { test: core.checksMatcher(['s3-bucket-default-encryption']) },
    });
    assert.equal(
      shown.length,
      demo.findings.filter((f) => f.checkId === 's3-bucket-default-encryption').length,
    );
  });
});

function countSuppressed(result: ScanResult, severity: string): number {
  return result.findings.filter((f) => f.status === 'fail' && f.suppressed && f.severity === severity).length;
}

describe('large scans', () => {
  it('renders 50,000 findings, each resource once in the data', () => {
    const big = largeResult(50_000);
    const html = renderHtml(big);
    const data = embeddedData(html);
    assert.equal(data.findings.length, 50_000);
    assert.ok(data.resources.length < 20_000, `${data.resources.length} resources`);
    assert.ok(html.length < 40_000_000, `${html.length} bytes`);
  });
});

describe('HTML report: duties (issue 11)', () => {
  it('says how many duties each cell and the scan hold, and names the page that decides a cell', () => {
    const html = renderHtml(demoResult());
    assert.match(html, /Duties held: \d+ of \d+ duties evidenced: /);
    assert.match(html, /evidence: partly evidenced: \d+ of \d+ duties evidenced: /);
    assert.match(html, /class="cell owner-(customer|shared) ev-partial"/);
    assert.match(
      html,
      /Source: https:\/\/aws\.amazon\.com\/compliance\/shared-responsibility-model\/ \(read \d{4}-\d{2}-\d{2}\)/,
    );
  });
});
