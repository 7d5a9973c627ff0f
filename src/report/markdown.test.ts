import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { marked } from 'marked';
import { demoScan, hostileScan } from '../../test/helpers/scans.js';
import type { ScanResult } from '../engine/result.js';
import { mdText, renderMarkdown, TOP_FINDINGS } from './markdown.js';

/** Renders as GitHub would (GFM tables), so the test sees what a reviewer sees. */
function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

/** Visible text of rendered HTML, entities decoded. */
function visible(rendered: string): string {
  return rendered
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('Markdown report', () => {
  it('summarizes counts, failing duties and at most 20 top findings, worst first', () => {
    const result = demoScan();
    const md = renderMarkdown(result);
    const failed = result.findings.filter((f) => f.status === 'fail' && !f.suppressed);
    assert.match(md, new RegExp(`^## demarc: ${failed.length} failed findings \\(`));
    const rows = md.split('\n').filter((l) => /^\| (info|low|medium|high|critical) \|/.test(l));
    assert.equal(rows.length, Math.min(TOP_FINDINGS, failed.length));
    assert.match(rows[0] ?? '', /^\| critical \|/);
    assert.match(md, new RegExp(`…and ${failed.length - TOP_FINDINGS} more`));
    const failingCells = result.matrix.rows.flatMap((r) =>
      r.cells.filter((c) => c.owner !== 'aws' && c.evidence === 'fail'),
    );
    assert.ok(failingCells.length > 0);
    assert.match(md, /\| Failing duty \| Owner \| Where \|/);
    assert.ok(md.length < 65536, 'fits a GitHub comment');
    const table = html(md);
    // Failing duties, duty coverage of the evidenced cells (issue 11), top findings.
    assert.equal((table.match(/<table>/g) ?? []).length, 3);
    assert.match(md, /\| Amazon S3 \| Identity and access \| [a-z ]+ \| \d+ of \d+ duties evidenced\\?: /);
    assert.match(md, /Duties held: \d+ of \d+ duties evidenced\\?: /);
  });

  it('renders hostile cloud strings as plain text: no HTML, links, emphasis or mentions', () => {
    const md = renderMarkdown(hostileScan());
    const rendered = html(md);
    assert.ok(!rendered.includes('<b>'));
    // Our own links to the check pages are the only ones.
    assert.ok(!/<a (?!href="docs\/checks\/[a-z0-9-]+\.md">)/.test(rendered), 'no link, autolink or mention');
    assert.ok(!/<(em|strong|code|script)>/.test(rendered.replace(/<strong>(\d+)<\/strong>/g, '')));
    assert.ok(
      visible(rendered).includes('=HYPERLINK("http://x")|<b>&"a,b" *[x](y)*'),
      'the name reads as written',
    );
    const table = rendered.slice(rendered.indexOf('Top failing findings'));
    const firstRow = table.match(/<tr>\s*<td>[\s\S]*?<\/tr>/)?.[0] ?? '';
    assert.equal((firstRow.match(/<td>/g) ?? []).length, 4, 'a | in a name does not add a column');
  });

  it('escapes what GitHub would turn into a mention, an issue link or a link', () => {
    for (const text of ['@octocat', '#12', 'https://evil.example', '[x](https://e.example)', '<img src=x>']) {
      const rendered = html(mdText(text));
      assert.ok(!/<a |<img/.test(rendered), `${text} → ${rendered}`);
      assert.equal(visible(rendered).trim(), text);
    }
  });

  it('says so when nothing fails and when coverage is incomplete', () => {
    const result = hostileScan();
    const clean: ScanResult = {
      ...result,
      summary: { ...result.summary, failedBySeverity: { info: 0, low: 0, medium: 0, high: 0, critical: 0 } },
      findings: result.findings.filter((f) => f.status !== 'fail'),
      coverage: {
        complete: false,
        gaps: [
          {
            account: '111122223333',
            service: 's3',
            region: 'eu-west-1',
            api: 's3:ListBuckets',
            error: 'AccessDenied',
            resourceTypes: ['S3Bucket'],
          },
        ],
      },
    };
    const md = renderMarkdown(clean);
    assert.match(md, /^## demarc: no failed findings/);
    assert.ok(!md.includes('Top failing findings'));
    assert.match(md, /\*\*Incomplete:\*\* 1 part of the estate could not be read/);
  });
});
