import { createHash } from 'node:crypto';
import { describeGapWhere } from '../../engine/gap-reasons.js';
import type {
  AccountRow,
  CellEvidence,
  DutyEvidence,
  MatrixCell,
  MatrixRow,
  ScanResult,
} from '../../engine/result.js';
import { domainTitle } from '../../model/domains.js';
import { checkDocUrl } from '../check-docs.js';
import { citationText, coverageText, dutyTotalsText } from '../coverage.js';
import { clientScript } from './client.js';
import { clientData } from './data.js';
import { escapeHtml as h, jsonForScript } from './escape.js';
import { type FrameworkEntry, frameworkView, passRate } from './frameworks.js';
import { STYLE } from './style.js';

const OWNER_LETTER: Record<string, string> = { aws: 'A', customer: 'C', shared: 'S' };
const OWNER_TEXT: Record<string, string> = { aws: 'AWS', customer: 'Customer', shared: 'Shared' };
const EVIDENCE_MARK: Record<CellEvidence, string> = {
  aws: '',
  pass: '✓',
  fail: '✗',
  not_assessed: '?',
  attested: '◆',
  expired: '!',
  partial: '◐',
  no_evidence: '·',
};
const EVIDENCE_TEXT: Record<CellEvidence, string> = {
  aws: 'AWS',
  pass: 'pass',
  fail: 'fail',
  not_assessed: 'not assessed',
  attested: 'attested',
  expired: 'attestation expired',
  partial: 'partly evidenced',
  no_evidence: 'no evidence',
};
const DUTY_MARK: Record<DutyEvidence, string> = {
  pass: '✓',
  fail: '✗',
  not_assessed: '?',
  attested: '◆',
  expired: '!',
  no_evidence: '·',
};
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
const STATUS_OPTIONS: [string, string][] = [
  ['open', 'Open (fail + not assessed)'],
  ['all', 'All, with passes'],
  ['fail', 'Fail'],
  ['not_assessed', 'Not assessed'],
  ['pass', 'Pass'],
  ['suppressed', 'Suppressed (accepted risk)'],
];

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');
const count = (n: number): string => n.toLocaleString('en');

function renderHeader(result: ScanResult): string {
  const { meta, summary, coverage } = result;
  const field = (label: string, value: string) => `<div><dt>${h(label)}</dt><dd>${h(value)}</dd></div>`;
  const failed = SEVERITIES.filter((s) => summary.failedBySeverity[s] > 0)
    .map((s) => `${summary.failedBySeverity[s]} ${s}`)
    .join(' · ');
  const card = (cls: string, n: number, label: string, sub = '') =>
    `<div class="card ${cls}"><div class="n">${h(count(n))}</div><div class="l">${h(label)}</div>${
      sub ? `<div class="sub">${h(sub)}</div>` : ''
    }</div>`;
  const gaps = coverage.complete
    ? `<div class="coverage ok" id="coverage"><strong>Coverage complete.</strong> Every part of the estate in scope was read.</div>`
    : `<div class="coverage gaps" id="coverage"><strong>${h(coverage.gaps.length)} coverage gap(s):</strong> what could not be read; checks that need it are not assessed, never passed.<ul>${coverage.gaps
        .map((g) => `<li><code>${h(g.service)}</code> ${h(describeGapWhere(g))}</li>`)
        .join('')}</ul></div>`;
  return `<header class="top"><div class="inner">
<h1><span class="brand">demarc</span>AWS shared responsibility report</h1>
<dl class="meta">
${field('Scanned', `${meta.source.kind}: ${meta.source.inputs.join(', ') || '-'}`)}
${field('Accounts', meta.accounts.join(', ') || '-')}
${field('Regions', meta.regions.join(', ') || '-')}
${field('Services', String(result.matrix.rows.length))}
${field('Policy', meta.policy)}
${field('At', meta.finishedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'))}
${field('demarc', meta.version)}
${field('Model', meta.modelVersion)}
</dl>
<nav class="sections"><a href="#matrix">Responsibility matrix</a><a href="#findings">Findings</a><a href="#frameworks">Frameworks</a></nav>
</div></header>
<main>
<div class="cards" id="summary">
${card('', summary.resources, 'Resources')}
${card('', summary.findings, 'Results')}
${card('fail', summary.byStatus.fail, 'Failed', failed)}
${card('na', summary.byStatus.not_assessed, 'Not assessed', 'could not be judged')}
${card('pass', summary.byStatus.pass, 'Passed')}
${card('', summary.suppressed, 'Suppressed', 'accepted risks, still listed')}
</div>
${gaps}`;
}

type TitledRow = Pick<MatrixRow, 'name'> & Partial<Pick<MatrixRow, 'reference' | 'referenceRead'>>;

function cellTitle(row: TitledRow, cell: MatrixCell, domainTitle: string): string {
  const head = `${row.name} × ${domainTitle}\nOwner: ${OWNER_TEXT[cell.owner] ?? cell.owner}`;
  const source = `\nSource: ${citationText(row, cell)}`;
  if (cell.owner === 'aws') return `${head}\n${cell.reason}${source}`;
  const { pass, fail, not_assessed } = cell.counts;
  const duties = (cell.duties ?? []).map((d) => `\n${DUTY_MARK[d.evidence]} ${d.title} (${d.id})`).join('');
  return `${head}, evidence: ${EVIDENCE_TEXT[cell.evidence]}: ${coverageText(cell)} (findings: ${fail} fail, ${not_assessed} not assessed, ${pass} pass)\n${cell.reason}${duties}${source}`;
}

function cellHtml(rowIndex: number, row: MatrixRow, cell: MatrixCell, domainTitle: string): string {
  const letter = OWNER_LETTER[cell.owner] ?? '?';
  const title = h(cellTitle(row, cell, domainTitle));
  if (cell.owner === 'aws') return `<td><span class="cell owner-aws" title="${title}">${letter}</span></td>`;
  const cls = `cell owner-${h(cell.owner)} ev-${h(cell.evidence)}`;
  return `<td><button type="button" class="${cls}" data-row="${rowIndex}" data-domain="${h(cell.domain)}" aria-pressed="false" title="${title}" aria-label="${title}">${letter}<span class="m">${EVIDENCE_MARK[cell.evidence] ?? ''}</span></button></td>`;
}

/** An account row's cell: hover shows its duties; findings of account checks are listed under Findings. */
function accountCellHtml(row: AccountRow, cell: MatrixCell, domainTitle: string): string {
  const title = h(cellTitle(row, cell, domainTitle));
  const cls = cell.owner === 'aws' ? 'cell owner-aws' : `cell owner-${h(cell.owner)} ev-${h(cell.evidence)}`;
  return `<td><span class="${cls}" title="${title}" aria-label="${title}">${OWNER_LETTER[cell.owner] ?? '?'}<span class="m">${cell.owner === 'aws' ? '' : (EVIDENCE_MARK[cell.evidence] ?? '')}</span></span></td>`;
}

/** Duties held once per account (root credentials, training, incident response, reviews), one row per account. */
function renderAccountRows(accounts: readonly AccountRow[]): string {
  const first = accounts[0];
  if (!first) return '';
  const head = first.cells
    .map((c) => `<th class="dom" scope="col"><span>${h(domainTitle(c.domain))}</span></th>`)
    .join('');
  const body = accounts
    .map(
      (row) =>
        `<tr><th class="svc" scope="row">${h(row.name)}<span class="cat">once per account</span></th>${row.cells.map((c) => accountCellHtml(row, c, domainTitle(c.domain))).join('')}</tr>`,
    )
    .join('\n');
  return `<h3 id="account-rows">Held once per account</h3>
<p class="lead">Duties that exist only at account or organization level sit here, not on every service row.</p>
<div class="matrix-wrap"><table class="matrix accounts"><thead><tr><th></th>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}

function legendCell(owner: string, evidence: CellEvidence | 'aws'): string {
  const cls = owner === 'aws' ? 'cell owner-aws' : `cell owner-${owner} ev-${evidence}`;
  return `<span class="${cls}">${OWNER_LETTER[owner]}<span class="m">${owner === 'aws' ? '' : EVIDENCE_MARK[evidence]}</span></span>`;
}

function renderMatrix(result: ScanResult): string {
  const { domains, rows } = result.matrix;
  const titles = new Map(domains.map((d) => [d.id, d.title]));
  const head = domains.map((d) => `<th class="dom" scope="col"><span>${h(d.title)}</span></th>`).join('');
  const body = rows
    .map(
      (row, i) =>
        `<tr><th class="svc" scope="row"${row.tenancyNote ? ` title="${h(row.tenancyNote)}"` : ''}>${h(row.name)}<span class="cat">${h(row.category)}</span></th>${row.cells.map((c) => cellHtml(i, row, c, titles.get(c.domain) ?? c.domain)).join('')}</tr>`,
    )
    .join('\n');
  const tally: Record<string, number> = {};
  const accounts = result.matrix.accounts ?? [];
  for (const row of [...rows, ...accounts])
    for (const c of row.cells) if (c.owner !== 'aws') tally[c.evidence] = (tally[c.evidence] ?? 0) + 1;
  const yours = (['fail', 'not_assessed', 'expired', 'no_evidence', 'partial', 'attested', 'pass'] as const)
    .filter((e) => tally[e])
    .map((e) => `${tally[e]} ${EVIDENCE_TEXT[e]}`)
    .join(' · ');
  const evidenceKeys = (
    ['pass', 'fail', 'not_assessed', 'attested', 'expired', 'partial', 'no_evidence'] as const
  )
    .map((e) => `<span class="key">${legendCell('customer', e)}${h(EVIDENCE_TEXT[e])}</span>`)
    .join('');
  return `<section id="matrix">
<h2>Where is your line? Responsibility matrix</h2>
<p class="lead">Who owns each security duty for the services found: <b>A</b>WS, <b>C</b>ustomer or <b>S</b>hared. Each customer or shared cell is colored by the worst of its duties, and shows as partly evidenced while any duty has no evidence; hover for its duties and source, click it to see its findings.</p>
<div class="legend">
<span class="group"><b>Owner</b><span class="key">${legendCell('aws', 'aws')}AWS</span><span class="key">${legendCell('customer', 'no_evidence')}Customer</span><span class="key">${legendCell('shared', 'no_evidence')}Shared (grey corner)</span></span>
<span class="group"><b>Evidence</b>${evidenceKeys}</span>
</div>
<div class="matrix-wrap"><table class="matrix"><thead><tr><th></th>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>
${renderAccountRows(accounts)}
<p class="cellsum">Your cells (customer or shared): ${h(yours || 'none')}</p>
<p class="cellsum">Duties held: ${h(dutyTotalsText(result.matrix) || 'none')}</p>
${result.matrix.modelDate ? `<p class="cellsum">Responsibility model of ${h(result.matrix.modelDate)}; each cell names the AWS page that decides it.</p>` : ''}
</section>`;
}

function options(values: Iterable<[string, string]>): string {
  return [...values].map(([value, label]) => `<option value="${h(value)}">${h(label)}</option>`).join('');
}

function renderFindings(result: ScanResult): string {
  const distinct = (pick: (f: ScanResult['findings'][number]) => string) =>
    [...new Set(result.findings.map(pick))].sort().map((v): [string, string] => [v, v]);
  const domainTitles = new Map(result.matrix.domains.map((d) => [d.id as string, d.title]));
  const presentDomains = new Set<string>(result.findings.map((f) => f.domain));
  const select = (id: string, filter: string, label: string, opts: string, all = true) =>
    `<label for="${id}">${h(label)}<select id="${id}" data-filter="${filter}">${all ? '<option value="">All</option>' : ''}${opts}</select></label>`;
  const presentSeverities = SEVERITIES.filter((s) => result.findings.some((f) => f.severity === s));
  return `<section id="findings">
<h2>Findings</h2>
<p class="lead">Every verdict on your side of the line. Open findings (fail and not assessed) are shown first; choose <i>All</i> under Status to include passes. Suppressed findings stay listed and are marked.</p>
<div class="filters" role="search">
<label for="f-search">Search<input type="search" id="f-search" placeholder="check, resource, ARN, reason…" autocomplete="off"></label>
${select('f-severity', 'severity', 'Severity', options(presentSeverities.map((s) => [s, s])))}
${select('f-status', 'status', 'Status', options(STATUS_OPTIONS), false)}
${select('f-domain', 'domain', 'Domain', options([...presentDomains].sort().map((d) => [d, domainTitles.get(d) ?? d])))}
${select('f-service', 'service', 'Service', options(distinct((f) => f.resource.service)))}
${select('f-account', 'account', 'Account', options(distinct((f) => f.resource.account)))}
${select('f-region', 'region', 'Region', options(distinct((f) => f.resource.region)))}
<button type="button" id="filters-reset">Reset filters</button>
</div>
<div id="scope" hidden><span>Showing only: <strong id="scope-label"></strong></span><button type="button" id="scope-clear">Clear ×</button></div>
<div id="cell-detail" hidden></div>
<p id="findings-count" aria-live="polite"></p>
<noscript><p>The findings table needs JavaScript; the matrix and framework view above and below work without it.</p></noscript>
<table class="findings"><colgroup><col class="c-sev"><col class="c-st"><col class="c-check"><col class="c-res"><col class="c-reason"><col class="c-rem"></colgroup>
<thead><tr><th>Severity</th><th>Status</th><th>Check</th><th>Resource</th><th>Reason</th><th>Remediation</th></tr></thead>
<tbody id="findings-body"></tbody></table>
<button type="button" id="show-more" hidden>Show 500 more</button>
</section>`;
}

function rateBar(entry: FrameworkEntry): string {
  const rate = passRate(entry);
  const width = 110;
  const passWidth = rate === undefined ? 0 : Math.round(rate * width);
  const bar =
    rate === undefined
      ? `<rect width="${width}" height="10" rx="2" fill="#e6e9ee"/>`
      : `<rect width="${width}" height="10" rx="2" fill="#c9302c"/><rect width="${passWidth}" height="10" rx="2" fill="#1f8f4e"/>`;
  const text = rate === undefined ? 'n/a' : `${Math.round(rate * 100)}%`;
  return `<span class="rate"><svg width="${width}" height="10" aria-hidden="true">${bar}</svg>${text}</span>`;
}

function frameworkRow(
  entry: FrameworkEntry,
  cls: string,
  label: string,
  titles: string,
  checkTitles: string,
): string {
  return `<tr class="${cls}"><td><button type="button" class="fwid" data-checks="${h(entry.checks.join(' '))}" data-label="${h(label)}" title="Show the findings of ${h(entry.checks.join(', '))}">${h(entry.id)}</button> ${titles}</td><td>${rateBar(entry)}</td><td class="num">${entry.pass}</td><td class="num">${entry.fail}</td><td class="num">${entry.notAssessed}</td><td class="titles">${checkTitles}</td></tr>`;
}

function renderFrameworks(result: ScanResult): string {
  const view = frameworkView(result.checks, result.findings);
  const titlesOf = (entry: FrameworkEntry) =>
    h(entry.checks.map((id) => result.checks[id]?.title ?? id).join('; '));
  const head = (first: string) =>
    `<thead><tr><th>${first}</th><th>Pass rate</th><th>Pass</th><th>Fail</th><th>Not assessed</th><th>demarc checks</th></tr></thead>`;
  const cis = view.cisSections
    .map(
      (section) =>
        frameworkRow(section, 'section', `CIS section ${section.id}`, h(section.title), '') +
        section.recommendations
          .map((rec) => frameworkRow(rec, 'rec', `CIS ${rec.id}`, '', titlesOf(rec)))
          .join(''),
    )
    .join('\n');
  const fsbp = view.fsbpControls
    .map((c) => frameworkRow(c, 'rec', `FSBP ${c.id}`, '', titlesOf(c)))
    .join('\n');
  const empty = '<tr><td colspan="6" class="muted">No check maps to this framework.</td></tr>';
  return `<section id="frameworks">
<h2>Frameworks</h2>
<p class="lead">Pass rate = pass ÷ (pass + fail) over the findings of the checks mapped to each item; not-assessed results are counted apart. Suppressed findings keep their status here. Click an id to list its findings.</p>
<div class="fw-grid">
<div><h3>CIS AWS Foundations Benchmark v3.0</h3><table class="fw" id="fw-cis">${head('Section / recommendation')}<tbody>${cis || empty}</tbody></table></div>
<div><h3>AWS Foundational Security Best Practices</h3><table class="fw" id="fw-fsbp">${head('Control')}<tbody>${fsbp || empty}</tbody></table></div>
</div>
</section>`;
}

/** Each check of the scan linked to its page (what it means, examples, fixes, how to accept it). */
function renderCheckDocs(result: ScanResult): string {
  const items = Object.values(result.checks)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => `<li><a href="${h(checkDocUrl(c.id))}" rel="noreferrer">${h(c.id)}</a> — ${h(c.title)}</li>`)
    .join('\n');
  return `<section id="check-docs">
<details><summary>The ${Object.keys(result.checks).length} checks, each with its page (what it means, examples, fixes, how to accept a risk)</summary>
<ul>
${items}
</ul>
<p class="muted">Links are paths in the demarc repository and package (docs/checks/).</p>
</details>
</section>`;
}

/**
 * The HTML report: one self-contained page (inline CSS and script, no network), safe to open
 * from disk. Every cloud or template string is escaped server-side, the findings travel as JSON
 * in a data block, and a Content-Security-Policy lets only this page's own style and script run.
 */
export function renderHtml(result: ScanResult): string {
  const script = clientScript();
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${sha256(STYLE)}'`,
    `script-src 'sha256-${sha256(script)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; '); // Our own constants and base64 hashes: nothing to escape inside the double quotes.
  const sources = result.meta.source.inputs.join(', ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>demarc report — ${h(sources || result.meta.source.kind)}</title>
<style>${STYLE}</style>
</head>
<body>
${renderHeader(result)}
${renderMatrix(result)}
${renderFindings(result)}
${renderFrameworks(result)}
${renderCheckDocs(result)}
<footer>Generated by demarc ${h(result.meta.version)} from ${h(result.meta.source.kind)} ${h(sources)}. This file is self-contained and makes no network requests.</footer>
</main>
<script type="application/json" id="report-data">${jsonForScript(clientData(result))}</script>
<script>${script}</script>
</body>
</html>
`;
}
