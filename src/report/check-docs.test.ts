import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../test/helpers/paths.js';
import { demoScan } from '../../test/helpers/scans.js';
import { checkDocUrl } from './check-docs.js';
import { renderHtml } from './html/render.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderTerminal } from './terminal.js';

/** Every report links each check it reports to that check's page (docs/checks/<id>.md). */
describe('links from the reports to the check pages', () => {
  const result = demoScan();
  const failing = [...new Set(result.findings.filter((f) => f.status === 'fail').map((f) => f.checkId))];

  it('the link is the page in the repository', () => {
    assert.equal(checkDocUrl('s3-bucket-versioning'), 'docs/checks/s3-bucket-versioning.md');
    assert.ok(existsSync(join(REPO_ROOT, checkDocUrl('s3-bucket-versioning'))));
  });

  it('SARIF: every rule has its helpUri, and its help text names the page', () => {
    const log = JSON.parse(renderSarif(result)) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string; help: { markdown: string } }[] } } }[];
    };
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    assert.ok(rules.length > 0);
    for (const rule of rules) {
      assert.equal(rule.helpUri, checkDocUrl(rule.id));
      assert.ok(rule.help.markdown.includes(`(${checkDocUrl(rule.id)})`), rule.id);
    }
  });

  it('terminal: each check with an open finding, with its page', () => {
    const text = renderTerminal(result, { color: false });
    for (const id of failing) assert.match(text, new RegExp(`^  ${id} +docs/checks/${id}\\.md$`, 'm'));
  });

  it('Markdown: the check of each top finding links its page', () => {
    const md = renderMarkdown(result);
    const links = [...md.matchAll(/\]\((docs\/checks\/[a-z0-9-]+\.md)\)/g)].map((m) => m[1]);
    assert.ok(links.length > 0);
    for (const link of links) assert.ok(existsSync(join(REPO_ROOT, link as string)), link);
  });

  it('HTML: every check of the scan links its page', () => {
    const html = renderHtml(result);
    for (const id of Object.keys(result.checks)) assert.ok(html.includes(`href="docs/checks/${id}.md"`), id);
  });
});
