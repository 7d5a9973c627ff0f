import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { type BrowserContext, chromium } from 'playwright-core';
import { CASES, SEED } from './config.js';
import { Sandbox } from './sandbox.js';
import { htmlCase } from './targets.js';

/**
 * Fuzzed HTML reports in Debian's chromium: the hostile payloads set `window.__pwned`; it must stay
 * unset and no dialog may open. Each page is loaded as written and once more with its
 * Content-Security-Policy removed, so the escaping itself is tested, not only the CSP behind it.
 * Skipped with a message when chromium is not installed (outside CI).
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const SKIP =
  !existsSync(CHROMIUM) && !IN_CI ? `chromium not found at ${CHROMIUM} (apt-get install chromium)` : false;

describe('fuzz html in chromium', { skip: SKIP, timeout: 120_000 }, () => {
  let dir: string;
  let context: BrowserContext;
  const sandbox = new Sandbox();

  before(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: CI must install it`);
    dir = mkdtempSync(join(tmpdir(), 'demarc-fuzz-browser-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
  });

  after(async () => {
    await context?.close();
    await sandbox.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Loads a page, shows findings of every status, and says what ran that should not have. */
  async function injected(file: string): Promise<string[]> {
    const page = await context.newPage();
    const seen: string[] = [];
    page.on('dialog', (dialog) => {
      seen.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      seen.push(`a request left the page: ${url}`);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    await page
      .locator('#findings-count')
      .filter({ hasText: /Showing|No finding/ })
      .waitFor();
    // Passes too: every finding's strings get rendered (the first page of rows).
    await page.selectOption('#f-status', 'all');
    if ((await page.evaluate('typeof window.__pwned')) !== 'undefined') {
      seen.push('an injected script ran (window.__pwned is set)');
    }
    await page.close();
    return seen;
  }

  const cases = fc.sample(htmlCase, { seed: SEED, numRuns: CASES.browser });
  for (const [n, fuzzCase] of cases.entries()) {
    it(`case ${n + 1} of ${cases.length}: no injected script runs, with or without the CSP`, async () => {
      const outcome = await sandbox.run(fuzzCase);
      assert.equal(outcome.kind, 'ran', JSON.stringify(outcome));
      if (outcome.kind !== 'ran') return;
      const html = outcome.outputs['demarc.html'];
      assert.ok(html, `no HTML report (exit ${outcome.code}): ${outcome.stderr}`);
      const withCsp = join(dir, `case-${n}.html`);
      const withoutCsp = join(dir, `case-${n}-no-csp.html`);
      writeFileSync(withCsp, html);
      const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      assert.notEqual(stripped, html, 'the report has a CSP meta element to remove');
      writeFileSync(withoutCsp, stripped);
      const problems = [
        ...(await injected(withCsp)).map((p) => `as written: ${p}`),
        ...(await injected(withoutCsp)).map((p) => `without CSP: ${p}`),
      ];
      assert.deepEqual(problems, [], `case made from ${fuzzCase.how}`);
    });
  }
});
