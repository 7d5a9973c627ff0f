import type { ExceptionDue, FindingChange, ScanDiff } from '../engine/diff.js';
import type { DriftEntry, DriftReport } from '../engine/drift.js';
import type { Finding, ScanResult } from '../engine/result.js';
import { domainName } from '../report/coverage.js';
import { diffHeadline } from '../report/diff.js';
import { driftHeadline } from '../report/drift.js';
import type { StoredScan } from '../store/store.js';
import { trendChart } from './chart.js';
import { esc, page, query } from './html.js';

/** The dashboard's pages, each a pure function of what the store returned. */

/** Findings shown per page of the findings table; the count says how many matched. */
const MAX_ROWS = 500;

const sourceText = (s: StoredScan) => `${s.source.kind} ${s.source.inputs.join(', ')}`.trim();

function exceptionsTable(exceptions: readonly ExceptionDue[], windowDays: number): string {
  if (exceptions.length === 0)
    return `<p class="note">No exception expired or expiring within ${windowDays} days.</p>`;
  const rows = exceptions.map(
    (e) =>
      `<tr class="${e.state === 'expired' ? 'fail' : 'not_assessed'}"><td>${esc(e.id)}</td><td>${esc(e.owner)}</td><td>${esc(e.expires)}</td><td>${e.state === 'expired' ? `expired ${-e.days} days ago` : `expires in ${e.days} days`}</td><td class="num">${e.matched}</td></tr>`,
  );
  return `<table><thead><tr><th>Exception</th><th>Owner</th><th>Expires</th><th>State</th><th>Findings covered</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function indexPage(
  scans: readonly StoredScan[],
  latest: { scan: StoredScan; exceptions: readonly ExceptionDue[]; windowDays: number } | undefined,
): string {
  const previousOfScope = new Map<number, number>();
  const lastOfScope = new Map<string, number>();
  for (const s of scans) {
    const prior = lastOfScope.get(s.scope);
    if (prior !== undefined) previousOfScope.set(s.id, prior);
    lastOfScope.set(s.scope, s.id);
  }
  const rows = [...scans].reverse().map((s) => {
    const prior = previousOfScope.get(s.id);
    const diff =
      prior === undefined
        ? ''
        : `<a href="${esc(`/diff${query({ a: prior, b: s.id })}`)}">diff with ${prior}</a>`;
    return `<tr><td><a href="/scans/${s.id}">${s.id}</a></td><td>${esc(s.startedAt)}</td><td>${esc(sourceText(s))}</td><td>${esc(s.accounts.join(', '))}</td><td class="num">${s.findings}</td><td class="num">${s.byStatus.pass}</td><td class="num">${s.byStatus.fail}</td><td class="num">${s.byStatus.not_assessed}</td><td class="num">${s.failedBySeverity.critical}/${s.failedBySeverity.high}/${s.failedBySeverity.medium}/${s.failedBySeverity.low}</td><td>${diff}</td></tr>`;
  });
  // The trend follows one estate, the latest scan's: scans of other estates do not mix into it.
  const last = scans.at(-1);
  const latestByScope = [...lastOfScope.values()].map((id) => scans.find((s) => s.id === id) as StoredScan);
  const body = `
<h2>Trend${last ? `: ${esc(sourceText(last))}` : ''}</h2>
${trendChart(last ? scans.filter((s) => s.scope === last.scope) : [])}
<h2>Latest matrix per estate</h2>
<ul>${latestByScope.map((s) => `<li><a href="/scans/${s.id}">scan ${s.id}</a>: ${esc(sourceText(s))}, accounts ${esc(s.accounts.join(', ') || '-')}</li>`).join('')}</ul>
<h2>Exceptions${latest ? ` (scan ${latest.scan.id})` : ''}</h2>
${latest ? exceptionsTable(latest.exceptions, latest.windowDays) : '<p class="note">No scans stored yet.</p>'}
<h2>Scans</h2>
<table><thead><tr><th>Scan</th><th>Started</th><th>Source</th><th>Accounts</th><th>Results</th><th>Pass</th><th>Fail</th><th>Not assessed</th><th>Open crit/high/med/low</th><th></th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
  return page('Scan history', body);
}

export interface FindingFilters {
  status?: string;
  severity?: string;
  service?: string;
  domain?: string;
  q?: string;
}

function filterFindings(findings: readonly Finding[], f: FindingFilters): Finding[] {
  const q = f.q?.toLowerCase();
  return findings.filter(
    (x) =>
      (!f.status || x.status === f.status) &&
      (!f.severity || x.severity === f.severity) &&
      (!f.service || x.resource.service === f.service) &&
      (!f.domain || x.domain === f.domain) &&
      (!q || [x.checkId, x.resource.id, x.resource.name, x.reason].some((v) => v.toLowerCase().includes(q))),
  );
}

function select(name: string, label: string, options: readonly string[], value: string | undefined): string {
  const opts = ['', ...options].map(
    (o) =>
      `<option value="${esc(o)}"${o === (value ?? '') ? ' selected' : ''}>${o === '' ? 'any' : esc(o)}</option>`,
  );
  return `<label>${label}<select name="${name}">${opts.join('')}</select></label>`;
}

/** Duties held once per account (root credentials, training, …): one row per account. */
function accountTable(result: ScanResult): string {
  const accounts = result.matrix.accounts ?? [];
  const first = accounts[0];
  if (!first) return '';
  const head = first.cells.map((c) => `<th>${esc(domainName(c.domain))}</th>`).join('');
  const rows = accounts.map((row) => {
    const cells = row.cells.map(
      (cell) =>
        `<td class="${esc(cell.evidence)}">${esc(cell.owner === 'aws' ? 'AWS' : `${cell.owner === 'shared' ? 'S' : 'C'}: ${cell.evidence.replace('_', ' ')}`)}</td>`,
    );
    return `<tr><th>${esc(row.name)}</th>${cells.join('')}</tr>`;
  });
  return `<table class="matrix"><thead><tr><th>Once per account</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function matrixTable(id: number, result: ScanResult): string {
  const head = result.matrix.domains.map((d) => `<th>${esc(d.title)}</th>`).join('');
  const rows = result.matrix.rows.map((row) => {
    const cells = result.matrix.domains.map((d) => {
      const cell = row.cells.find((c) => c.domain === d.id);
      if (!cell) return '<td></td>';
      const link = `/scans/${id}${query({ service: row.service, domain: d.id })}#findings`;
      const text =
        cell.owner === 'aws'
          ? 'AWS'
          : `${cell.owner === 'shared' ? 'S' : 'C'}: ${cell.evidence.replace('_', ' ')}`;
      return `<td class="${esc(cell.evidence)}"><a href="${esc(link)}">${esc(text)}</a></td>`;
    });
    return `<tr><th>${esc(row.name)}${row.tenancy ? ` (${esc(row.tenancy)})` : ''}</th>${cells.join('')}</tr>`;
  });
  return `<table class="matrix"><thead><tr><th>Service</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${accountTable(result)}`;
}

export function scanPage(stored: StoredScan, result: ScanResult, filters: FindingFilters): string {
  const matched = filterFindings(result.findings, filters);
  const distinct = (pick: (f: Finding) => string) => [...new Set(result.findings.map(pick))].sort();
  const rows = matched
    .slice(0, MAX_ROWS)
    .map(
      (f) =>
        `<tr class="${esc(f.status)}"><td class="${esc(f.severity)}">${esc(f.severity)}</td><td>${esc(f.status)}${f.suppressed ? ' (accepted)' : ''}</td><td>${esc(f.checkId)}</td><td>${esc(f.resource.name || f.resource.id)}<br><small>${esc(f.resource.id)}</small></td><td>${esc(f.resource.account)}</td><td>${esc(f.resource.region)}</td><td>${esc(f.reason)}</td></tr>`,
    );
  const body = `
<p>${esc(sourceText(stored))} · accounts ${esc(stored.accounts.join(', ') || '-')} · started ${esc(stored.startedAt)} · ${stored.findings} results: ${stored.byStatus.pass} pass, ${stored.byStatus.fail} fail, ${stored.byStatus.not_assessed} not assessed</p>
<h2>Responsibility matrix</h2>
${matrixTable(stored.id, result)}
<h2 id="findings">Findings</h2>
<form class="filters" method="get" action="/scans/${stored.id}">
${select('status', 'Status', ['pass', 'fail', 'not_assessed'], filters.status)}
${select('severity', 'Severity', ['critical', 'high', 'medium', 'low', 'info'], filters.severity)}
${select(
  'service',
  'Service',
  distinct((f) => f.resource.service),
  filters.service,
)}
${select(
  'domain',
  'Domain',
  distinct((f) => f.domain),
  filters.domain,
)}
<label>Text<input type="search" name="q" value="${esc(filters.q ?? '')}"></label>
<button type="submit">Filter</button>
</form>
<p class="note" id="count">${matched.length} of ${result.findings.length} findings${matched.length > MAX_ROWS ? `, the first ${MAX_ROWS} shown` : ''}</p>
<table class="findings"><thead><tr><th>Severity</th><th>Status</th><th>Check</th><th>Resource</th><th>Account</th><th>Region</th><th>Reason</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return page(`Scan ${stored.id}`, body);
}

const STATE: Record<string, string> = {
  fail: 'fail',
  pass: 'pass',
  not_assessed: 'not assessed',
  accepted: 'accepted risk',
  absent: 'gone',
};

function changeTable(title: string, list: readonly FindingChange[]): string {
  if (list.length === 0) return '';
  const rows = list
    .slice(0, MAX_ROWS)
    .map(
      (c) =>
        `<tr><td class="${esc(c.severity)}">${esc(c.severity)}</td><td>${esc(c.checkId)}</td><td>${esc(c.resource.name || c.resource.id)}</td><td>${esc(c.resource.account)}</td><td>${esc(c.resource.region)}</td><td>${STATE[c.before]} → ${STATE[c.after]}</td></tr>`,
    );
  return `<h2>${esc(title)} (${list.length})</h2><table><thead><tr><th>Severity</th><th>Check</th><th>Resource</th><th>Account</th><th>Region</th><th>Change</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const verdictText = (v: DriftEntry['live']) =>
  `${v.status === 'not_assessed' ? 'not assessed' : v.status}${v.accepted ? ' (accepted)' : ''}`;

/** A template scan against a live one: the verdicts that differ and the resources not matched. */
function driftBody(template: StoredScan, live: StoredScan, drift: DriftReport): string {
  const rows = drift.drift.slice(0, MAX_ROWS).map((d) => {
    const { file, line, logicalId } = d.template.resource.source;
    const written = file
      ? `${file}${line ? `:${line}` : ''}${logicalId ? ` (${logicalId})` : ''}`
      : d.template.resource.id;
    return `<tr><td class="${esc(d.severity)}">${esc(d.severity)}</td><td>${esc(d.checkId)}</td><td>${esc(written)}</td><td>${esc(d.live.resource.name || d.live.resource.id)}</td><td>${esc(d.live.resource.account)}</td><td>${esc(d.live.resource.region)}</td><td class="${esc(d.template.status)}">${esc(verdictText(d.template))}</td><td class="${esc(d.live.status)}">${esc(verdictText(d.live))}: ${esc(d.live.reason)}</td></tr>`;
  });
  const unmatched = drift.unmatched
    .slice(0, MAX_ROWS)
    .map(
      (u) =>
        `<tr><td>${esc(u.resource.type)}</td><td>${esc(u.resource.name)}</td><td>${esc(u.resource.source.file ?? u.resource.id)}</td><td>${u.why === 'ambiguous' ? `${u.candidates} live resources of that type and name` : 'no live resource'}</td></tr>`,
    );
  return `<p id="headline"><strong>${esc(driftHeadline(drift))}</strong> (template scan ${template.id}, live scan ${live.id}).</p>
${rows.length ? `<h2>Verdicts that differ (${drift.drift.length})</h2><table><thead><tr><th>Severity</th><th>Check</th><th>Template</th><th>Live resource</th><th>Account</th><th>Region</th><th>Template says</th><th>Live says</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : ''}
${unmatched.length ? `<h2>Template resources not matched live (${drift.unmatched.length})</h2><table><thead><tr><th>Type</th><th>Name</th><th>File</th><th>Why</th></tr></thead><tbody>${unmatched.join('')}</tbody></table>` : ''}`;
}

export function diffPage(
  scans: readonly StoredScan[],
  chosen:
    | { a: StoredScan; b: StoredScan; diff: ScanDiff }
    | { a: StoredScan; b: StoredScan; drift: DriftReport; template: StoredScan; live: StoredScan }
    | undefined,
  problem?: string,
): string {
  const options = (selected: number | undefined) =>
    [...scans]
      .reverse()
      .map(
        (s) =>
          `<option value="${s.id}"${s.id === selected ? ' selected' : ''}>${s.id}: ${esc(s.startedAt)} ${esc(sourceText(s))}</option>`,
      )
      .join('');
  const form = `<form class="filters" method="get" action="/diff">
<label>From<select name="a">${options(chosen?.a.id)}</select></label>
<label>To<select name="b">${options(chosen?.b.id)}</select></label>
<button type="submit">Compare</button></form>`;
  if (!chosen) return page('Diff', `${form}${problem ? `<p class="note">${esc(problem)}</p>` : ''}`);
  if ('drift' in chosen) {
    const body = `${form}\n${driftBody(chosen.template, chosen.live, chosen.drift)}`;
    return page(`Drift: template scan ${chosen.template.id} against live scan ${chosen.live.id}`, body);
  }
  const { a, b, diff } = chosen;
  const cells = diff.cells.map(
    (c) =>
      `<tr><td>${esc(c.name)}${c.tenancy ? ` (${esc(c.tenancy)})` : ''}</td><td>${esc(c.domain)}</td><td class="${esc(c.before)}">${esc(c.before)}</td><td class="${esc(c.after)}">${esc(c.after)}</td></tr>`,
  );
  const body = `${form}
<p id="headline"><strong>${esc(diffHeadline(diff))}</strong> (scan ${a.id} → scan ${b.id}); ${diff.unchanged.length} still failing.</p>
${changeTable('New', diff.new)}
${changeTable('Regressed', diff.regressed)}
${changeTable('Fixed', diff.fixed)}
${changeTable('No longer failing, not shown fixed', diff.unconfirmed)}
${cells.length ? `<h2>Matrix cells whose evidence changed (${cells.length})</h2><table><thead><tr><th>Service</th><th>Domain</th><th>Before</th><th>After</th></tr></thead><tbody>${cells.join('')}</tbody></table>` : ''}
<h2>Exceptions</h2>
${exceptionsTable(diff.exceptions, diff.windowDays)}`;
  return page(`Diff: scan ${a.id} → scan ${b.id}`, body);
}

export function notFoundPage(what: string): string {
  return page('Not found', `<p>${esc(what)}</p><p><a href="/">Back to the history</a></p>`);
}
