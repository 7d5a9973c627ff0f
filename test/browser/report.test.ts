import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Finding, ScanResult } from '../../src/engine/result.js';
import { renderHtml } from '../../src/report/html/render.js';
import { hostileSnapshot, largeResult, XSS_ATTR, XSS_IMG, XSS_SCRIPT } from '../helpers/html.js';

/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core, loading reports
 * that the CLI wrote. Locally it is skipped when chromium is missing; in CI (CI=true) that fails.
 * UPDATE_SCREENSHOTS=1 also writes docs/screenshots/report.png.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const SKIP =
  !HAVE_CHROMIUM && !IN_CI ? `chromium not found at ${CHROMIUM} (apt-get install chromium)` : false;

/** The CLI as a user runs it; returns the report's path. */
function demarc(dir: string, name: string, args: string[]): string {
  const output = join(dir, name);
  execFileSync(
    process.execPath,
    [join(ROOT, 'bin/demarc.js'), 'scan', ...args, '--format', 'html', '--output', output],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return output;
}

/**
 * A matrix cell whose findings are all on its own service's resources and of more than one
 * severity, with those findings, so a severity filter has something to narrow.
 */
function cellWithMixedSeverities(result: ScanResult) {
  for (const [rowIndex, row] of result.matrix.rows.entries()) {
    if (row.tenancy) continue;
    for (const cell of row.cells) {
      if (cell.owner === 'aws' || cell.counts.fail === 0) continue;
      if (cell.checks.some((id) => result.checks[id]?.evidences)) continue;
      const findings = result.findings.filter(
        (f) => cell.checks.includes(f.checkId) && f.resource.service === row.service,
      );
      if (new Set(findings.map((f) => f.severity)).size > 1) return { rowIndex, row, cell, findings };
    }
  }
  throw new Error('the demo has no matrix cell with findings of two severities');
}

async function expectEventually(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) assert.fail('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
  requests: string[];
}

describe('html report in chromium', { skip: SKIP, timeout: 180_000 }, () => {
  let dir: string;
  let context: BrowserContext;
  let demoFile: string;
  let demo: ScanResult;

  before(async () => {
    if (!HAVE_CHROMIUM) {
      throw new Error(
        `chromium not found at ${CHROMIUM}: CI must install it (apt-get install -y chromium, see .ci/run)`,
      );
    }
    dir = mkdtempSync(join(tmpdir(), 'demarc-browser-'));
    demoFile = demarc(dir, 'demo.html', ['--demo']);
    execFileSync(
      process.execPath,
      [join(ROOT, 'bin/demarc.js'), 'scan', '--demo', '--format', 'json', '--output', join(dir, 'demo.json')],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    demo = JSON.parse(readFileSync(join(dir, 'demo.json'), 'utf8')) as ScanResult;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  after(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page that records dialogs, script errors, CSP violations and any request off the disk. */
  async function open(file: string): Promise<Watched> {
    const page = await context.newPage();
    const watched: Watched = { page, dialogs: [], errors: [], requests: [] };
    page.on('dialog', (dialog) => {
      watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => watched.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') watched.errors.push(message.text());
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      watched.requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    await page
      .locator('#findings-count')
      .filter({ hasText: /Showing|No finding/ })
      .waitFor();
    return watched;
  }

  function assertClean(w: Watched): void {
    assert.deepEqual(w.dialogs, [], 'no dialog may open');
    assert.deepEqual(w.errors, [], 'no script error or CSP violation');
    assert.deepEqual(w.requests, [], 'no request leaves the file');
  }

  const bodyRows = (page: Page) => page.locator('#findings-body > tr');

  it('shows the header, then open findings by default', async () => {
    const w = await open(demoFile);
    const { page } = w;
    assert.match((await page.locator('h1').textContent()) ?? '', /AWS shared responsibility report/);
    assert.match((await page.locator('.meta').textContent()) ?? '', /snapshot: examples\/demo-account\.json/);
    assert.match((await page.locator('#coverage').textContent()) ?? '', /Coverage complete/);
    const openCount = demo.summary.byStatus.fail + demo.summary.byStatus.not_assessed;
    assert.equal(await bodyRows(page).count(), Math.min(openCount, 500));
    assert.equal(await page.locator('#findings-body .st-pass').count(), 0, 'passes hidden by default');
    await page.close();
    assertClean(w);
  });

  it('a matrix cell click filters the table to that service row and domain', async () => {
    const w = await open(demoFile);
    const { page } = w;
    const { rowIndex, row, cell, findings } = cellWithMixedSeverities(demo);
    const domainTitle = demo.matrix.domains.find((d) => d.id === cell.domain)?.title;
    await page.locator(`button.cell[data-row="${rowIndex}"][data-domain="${cell.domain}"]`).click();
    assert.equal(await page.locator('#scope-label').textContent(), `${row.name} × ${domainTitle}`);
    const total = cell.counts.pass + cell.counts.fail + cell.counts.not_assessed;
    assert.equal(await bodyRows(page).count(), total);
    assert.equal(await page.locator('#findings-body .st-fail').count(), cell.counts.fail);
    const shownChecks = await page.locator('#findings-body .checkid').allTextContents();
    assert.ok(
      shownChecks.every((id) => cell.checks.includes(id)),
      `unexpected check in ${shownChecks}`,
    );
    const resourceTypes = new Set(await page.locator('#findings-body .rtype').allTextContents());
    assert.deepEqual([...resourceTypes].sort(), [...new Set(findings.map((f) => f.resource.type))].sort());
    assert.match((await page.locator('#cell-detail').textContent()) ?? '', /Customer|Shared/);

    // A severity filter narrows the cell's rows further.
    const severity = (findings[0] as Finding).severity;
    const narrowed = findings.filter((f) => f.severity === severity).length;
    await page.selectOption('#f-severity', severity);
    assert.equal(await bodyRows(page).count(), narrowed);
    assert.ok(narrowed < total);
    const severities = new Set(await page.locator('#findings-body .sev').allTextContents());
    assert.deepEqual([...severities], [severity]);

    // Clearing the cell leaves the severity filter on the whole scan.
    await page.click('#scope-clear');
    const everywhere = demo.findings.filter((f) => f.severity === severity).length;
    assert.equal(await bodyRows(page).count(), Math.min(everywhere, 500));
    await page.close();
    assertClean(w);
  });

  it('filters by status, account and free text, and pages long lists', async () => {
    const w = await open(demoFile);
    const { page } = w;
    await page.selectOption('#f-status', 'all');
    assert.equal(await bodyRows(page).count(), 500);
    assert.match(
      (await page.locator('#findings-count').textContent()) ?? '',
      /Showing 500 of 773|Showing 500 of/,
    );
    await page.click('#show-more');
    assert.equal(await bodyRows(page).count(), Math.min(demo.findings.length, 1000));
    await page.selectOption('#f-account', '210987654321');
    assert.equal(
      await bodyRows(page).count(),
      Math.min(500, demo.findings.filter((f) => f.resource.account === '210987654321').length),
    );
    await page.selectOption('#f-account', '');
    const target = demo.findings.find((f) => f.status === 'fail' && f.resource.type === 'RdsSnapshot');
    assert.ok(target);
    await page.fill('#f-search', target.resource.name);
    await page
      .locator('#findings-count')
      .filter({ hasText: /^Showing \d+ of \d+ matching/ })
      .waitFor();
    await expectEventually(async () => {
      const names = await page.locator('#findings-body .rname').allTextContents();
      return names.length > 0 && names.every((n) => n.includes(target.resource.name));
    });
    await page.click('#filters-reset');
    assert.equal(await page.locator('#f-status').inputValue(), 'open');
    await page.close();
    assertClean(w);
  });

  it('a framework id lists the findings of its checks', async () => {
    const w = await open(demoFile);
    const { page } = w;
    await page.locator('#fw-fsbp button[data-label="FSBP S3.4"]').click();
    const expected = demo.findings.filter((f) =>
      demo.checks[f.checkId]?.frameworks['aws-fsbp']?.includes('S3.4'),
    ).length;
    assert.ok(expected > 0);
    assert.equal(await bodyRows(page).count(), expected);
    await page.close();
    assertClean(w);
  });

  it('takes screenshots a person can read: the matrix, and a clicked cell with its findings', async () => {
    const w = await open(demoFile);
    const { page } = w;
    await page.setViewportSize({ width: 1280, height: 900 });
    const box = await page.locator('#matrix').boundingBox();
    assert.ok(box);
    const matrixFile = join(dir, 'report.png');
    await page.screenshot({
      path: matrixFile,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1280, height: Math.ceil(box.y + box.height + 12) },
    });
    const { rowIndex, cell } = cellWithMixedSeverities(demo);
    await page.locator(`button.cell[data-row="${rowIndex}"][data-domain="${cell.domain}"]`).click();
    const findingsFile = join(dir, 'report-findings.png');
    await page.screenshot({ path: findingsFile });
    for (const file of [matrixFile, findingsFile]) {
      const png = readFileSync(file);
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      assert.ok(png.length > 20_000, 'a real picture, not a blank page');
      if (process.env.UPDATE_SCREENSHOTS === '1') {
        mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
        copyFileSync(file, join(ROOT, 'docs/screenshots', basename(file)));
      }
    }
    await page.close();
    assertClean(w);
  });

  it('shows hostile cloud strings as text and runs none of them, with or without the CSP', async () => {
    const snapshot = join(dir, 'hostile.json');
    writeFileSync(snapshot, JSON.stringify(hostileSnapshot()));
    const file = demarc(dir, 'hostile.html', ['--snapshot', snapshot, '--allow-gaps']);
    const html = readFileSync(file, 'utf8');
    // Without the CSP only the escaping stands between the strings and the page.
    const bare = join(dir, 'hostile-no-csp.html');
    const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    assert.notEqual(stripped, html);
    writeFileSync(bare, stripped);
    for (const target of [file, bare]) {
      const w = await open(target);
      const { page } = w;
      await page.selectOption('#f-status', 'all');
      const names = await page.locator('#findings-body .rname').allTextContents();
      assert.ok(names.includes(XSS_IMG), 'the name is shown literally');
      assert.ok(names.includes(XSS_SCRIPT));
      await page.getByText(XSS_IMG, { exact: true }).first().waitFor({ state: 'visible' });
      const reasons = (await page.locator('#findings-body .reason').allTextContents()).join('\n');
      assert.ok(reasons.includes(XSS_SCRIPT), 'the tag value in a reason is shown literally');
      assert.ok(
        (await page.locator('#findings-body .file').allTextContents()).includes(`stacks/${XSS_IMG}.yaml:7`),
      );
      assert.ok(((await page.locator('#coverage').textContent()) ?? '').includes(XSS_SCRIPT));
      assert.ok((await page.locator('#f-account option').allTextContents()).includes(XSS_ATTR));
      const injected = {
        images: await page.locator('img').count(),
        scripts: await page.locator('script').count(),
        handlers: await page.locator('[onerror], [onload]').count(),
      };
      assert.deepEqual(injected, { images: 0, scripts: 2, handlers: 0 });
      await page.waitForTimeout(300); // give an injected handler the chance to fire
      await page.close();
      assertClean(w);
    }
  });

  it('stays usable with 50,000 findings', async () => {
    const file = join(dir, 'large.html');
    writeFileSync(file, renderHtml(largeResult(50_000)));
    const started = Date.now();
    const w = await open(file);
    const { page } = w;
    assert.equal(await bodyRows(page).count(), 500);
    const loaded = Date.now() - started;
    assert.ok(loaded < 20_000, `first rows after ${loaded} ms`);
    const t0 = Date.now();
    await page.selectOption('#f-status', 'all');
    await page.selectOption('#f-severity', 'critical');
    const rows = await bodyRows(page).count();
    assert.ok(rows > 0 && rows <= 500);
    assert.ok(Date.now() - t0 < 5_000, 'filtering 50k findings stays interactive');
    assert.match((await page.locator('#findings-count').textContent()) ?? '', /in the scan/);
    await page.close();
    assertClean(w);
  });
});
