/**
 * The HTML report's page script: no framework, no network. Cloud strings only ever reach the page
 * through textContent and attribute setters, never innerHTML. The filtering core runs without a
 * DOM too, so tests can load the inlined script into a VM and call it (globalThis.demarcReportCore).
 *
 * Compiled by tsconfig.client.json (DOM types, no server code) and inlined by ../client.ts as one
 * classic script: this module may import types only.
 */
import type { ClientCell, ClientData, ClientFinding } from './wire.js';

type Matcher = (f: ClientFinding) => boolean;

interface Scope {
  label: string;
  test: Matcher;
  /** Set when a matrix cell, not a framework id, chose the findings. */
  cell?: boolean;
}

interface Filters {
  search: string;
  severity: string;
  domain: string;
  service: string;
  status: string;
  account: string;
  region: string;
  scope: Scope | null;
}

type TextFilter = Exclude<keyof Filters, 'scope'>;
const TEXT_FILTERS: readonly string[] = [
  'search',
  'severity',
  'domain',
  'service',
  'status',
  'account',
  'region',
];
function isTextFilter(key: string | null): key is TextFilter {
  return key !== null && TEXT_FILTERS.includes(key);
}

const PAGE = 500;

function cellOf(data: ClientData, rowIndex: number, domain: string): ClientCell | undefined {
  return data.rows[rowIndex]?.cells.find((c) => c.domain === domain);
}

/** The findings a matrix cell counts: its checks, on resources of its row (or account-wide checks). */
function cellMatcher(data: ClientData, rowIndex: number, domain: string): Matcher {
  const row = data.rows[rowIndex];
  const checks = new Set(cellOf(data, rowIndex, domain)?.checks ?? []);
  return (f) => {
    if (!row || !checks.has(f.c)) return false;
    const declared = data.checks[f.c]?.evidences;
    if (declared === 'all' || (Array.isArray(declared) && declared.includes(row.service))) return true;
    const r = data.resources[f.r];
    return r?.s === row.service && (!row.tenancy || !r.y || r.y === row.tenancy);
  };
}

function checksMatcher(ids: readonly string[]): Matcher {
  const set = new Set(ids);
  return (f) => set.has(f.c);
}

/** Each finding's searchable text, built on first search and kept (a page may hold 50k findings). */
let haystacks: (string | undefined)[] | null = null;
function haystack(data: ClientData, index: number): string {
  if (!haystacks) haystacks = new Array<string | undefined>(data.findings.length);
  let h = haystacks[index];
  if (h === undefined) {
    const f = data.findings[index] as ClientFinding;
    const r = data.resources[f.r];
    const info = data.checks[f.c];
    h = [f.c, info ? info.title : '', r?.t, r?.n, r?.i, r?.a, r?.g, r?.f ?? '', f.m, f.x ? f.x.reason : '']
      .join('\n')
      .toLowerCase();
    haystacks[index] = h;
  }
  return h;
}

function statusMatches(wanted: string, f: ClientFinding): boolean {
  if (wanted === 'all') return true;
  if (wanted === 'open') return f.s !== 'pass';
  if (wanted === 'suppressed') return Boolean(f.x);
  return f.s === wanted;
}

/** Indices of the findings that pass every filter, in page order. */
function filterFindings(data: ClientData, filters: Partial<Filters>): number[] {
  const out: number[] = [];
  const terms = (filters.search || '').toLowerCase().split(/\s+/).filter(Boolean);
  data.findings.forEach((f, i) => {
    if (!statusMatches(filters.status || 'open', f)) return;
    if (filters.severity && f.v !== filters.severity) return;
    if (filters.domain && f.d !== filters.domain) return;
    const r = data.resources[f.r];
    if (filters.service && r?.s !== filters.service) return;
    if (filters.account && r?.a !== filters.account) return;
    if (filters.region && r?.g !== filters.region) return;
    if (filters.scope && !filters.scope.test(f)) return;
    if (terms.length > 0) {
      const h = haystack(data, i);
      if (!terms.every((t) => h.includes(t))) return;
    }
    out.push(i);
  });
  return out;
}

const SEVERITIES: Record<string, true> = { critical: true, high: true, medium: true, low: true, info: true };
const STATUS_TEXT: Record<string, string> = { pass: 'Pass', fail: 'Fail', not_assessed: 'Not assessed' };
const OWNER_TEXT: Record<string, string> = { aws: 'AWS', customer: 'Customer', shared: 'Shared' };
const EVIDENCE_TEXT: Record<string, string> = {
  pass: 'pass',
  fail: 'fail',
  not_assessed: 'not assessed',
  attested: 'attested',
  expired: 'attestation expired',
  partial: 'partly evidenced',
  no_evidence: 'no evidence',
  aws: 'AWS',
};

/** An element the page's markup always has (render.ts writes them); a missing one is a bug there. */
function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`demarc report: no #${id} in the page`);
  return node as T;
}

function el(tag: string, className?: string | null, text?: unknown): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** The interactive page: filters, paging, matrix cells and framework ids over the data block. */
function start(data: ClientData): void {
  const filters: Filters = {
    search: '',
    severity: '',
    domain: '',
    service: '',
    status: 'open',
    account: '',
    region: '',
    scope: null,
  };
  let visible: number[] = [];
  let shown = 0;

  function findingRow(f: ClientFinding): HTMLElement {
    const r = data.resources[f.r];
    const info = data.checks[f.c] ?? { title: '', remediation: '' };
    const tr = el('tr');
    const sev = SEVERITIES[f.v] ? f.v : 'info';
    let td = el('td');
    td.appendChild(el('span', `sev sev-${sev}`, f.v));
    tr.appendChild(td);

    td = el('td');
    const status = STATUS_TEXT[f.s] ? f.s : 'not_assessed';
    td.appendChild(el('span', `st st-${status}`, STATUS_TEXT[status]));
    if (f.x) {
      const sup = el('span', 'supp', 'suppressed');
      sup.title = `${f.x.by}: ${f.x.reason}`;
      td.appendChild(sup);
    }
    tr.appendChild(td);

    td = el('td');
    td.appendChild(el('code', 'checkid', f.c));
    td.appendChild(el('div', 'check-title', info.title));
    tr.appendChild(td);

    td = el('td', 'resource');
    td.appendChild(el('div', 'rtype', r?.t));
    const name = el('div', 'rname', r?.n);
    name.title = r?.i ?? '';
    td.appendChild(name);
    td.appendChild(el('div', 'muted', `${r?.g} \u00b7 ${r?.a}`));
    if (r?.f) td.appendChild(el('div', 'muted file', r.f + (r.l ? `:${r.l}` : '')));
    tr.appendChild(td);

    td = el('td', 'reason');
    td.appendChild(el('div', null, f.m));
    if (f.x) {
      const who = f.x.by === 'exception' && f.x.exceptionId ? `exception ${f.x.exceptionId}` : f.x.by;
      const more =
        (f.x.owner ? `, owner ${f.x.owner}` : '') + (f.x.expires ? `, expires ${f.x.expires}` : '');
      td.appendChild(el('div', 'supp-note', `Accepted risk (${who}${more}): ${f.x.reason}`));
    }
    if (f.e) {
      const details = el('details', 'evidence');
      details.appendChild(el('summary', null, 'evidence'));
      details.appendChild(el('pre', null, JSON.stringify(f.e, null, 2)));
      td.appendChild(details);
    }
    tr.appendChild(td);

    tr.appendChild(el('td', 'remediation', info.remediation));
    return tr;
  }

  function renderMore(): void {
    const body = $('findings-body');
    const end = Math.min(visible.length, shown + PAGE);
    const frag = document.createDocumentFragment();
    for (let i = shown; i < end; i++)
      frag.appendChild(findingRow(data.findings[visible[i] as number] as ClientFinding));
    body.appendChild(frag);
    shown = end;
    $('findings-count').textContent =
      visible.length === 0
        ? 'No finding matches these filters.'
        : `Showing ${shown.toLocaleString('en')} of ${visible.length.toLocaleString('en')} matching findings (${data.findings.length.toLocaleString('en')} in the scan).`;
    $('show-more').hidden = shown >= visible.length;
  }

  function apply(): void {
    visible = filterFindings(data, filters);
    $('findings-body').textContent = '';
    shown = 0;
    renderMore();
  }

  function setScope(scope: Scope | null): void {
    filters.scope = scope;
    $('scope').hidden = !scope;
    $('scope-label').textContent = scope ? scope.label : '';
    for (const pressed of document.querySelectorAll('.cell[aria-pressed="true"]'))
      pressed.setAttribute('aria-pressed', 'false');
    if (!scope?.cell) $('cell-detail').hidden = true;
  }

  /** Sets a filter <select> and the filter it drives (named by its data-filter attribute). */
  function setSelect(id: string, value: string): void {
    const select = $<HTMLSelectElement>(id);
    select.value = value;
    setFilter(select.getAttribute('data-filter'), value);
  }

  function setFilter(key: string | null, value: string): void {
    if (isTextFilter(key)) filters[key] = value;
  }

  function showCell(button: Element): void {
    const rowIndex = Number(button.getAttribute('data-row'));
    const domain = button.getAttribute('data-domain') ?? '';
    const row = data.rows[rowIndex];
    const cell = cellOf(data, rowIndex, domain);
    if (!row || !cell) return;
    const title = data.domains.find((d) => d.id === domain)?.title ?? domain;
    setScope({ label: `${row.name} \u00d7 ${title}`, test: cellMatcher(data, rowIndex, domain), cell: true });
    button.setAttribute('aria-pressed', 'true');
    // A cell shows everything it counts, passes included; the other narrowing filters step aside.
    setSelect('f-status', 'all');
    setSelect('f-service', '');
    setSelect('f-domain', '');
    const box = $('cell-detail');
    box.textContent = '';
    const line = el('p');
    line.appendChild(el('span', `owner-tag owner-${cell.owner}`, OWNER_TEXT[cell.owner] ?? cell.owner));
    line.appendChild(el('span', `ev-tag ev-${cell.evidence}`, EVIDENCE_TEXT[cell.evidence] ?? cell.evidence));
    line.appendChild(
      el(
        'span',
        'muted',
        `${cell.counts.pass} pass \u00b7 ${cell.counts.fail} fail \u00b7 ${cell.counts.not_assessed} not assessed`,
      ),
    );
    box.appendChild(line);
    box.appendChild(el('p', null, cell.reason));
    if (cell.checks.length > 0) box.appendChild(el('p', 'muted', `Checks: ${cell.checks.join(', ')}`));
    if (cell.attestations.length > 0)
      box.appendChild(el('p', 'muted', `Attestations: ${cell.attestations.join(', ')}`));
    if (cell.checks.length === 0 && cell.attestations.length === 0 && cell.owner !== 'aws')
      box.appendChild(el('p', 'muted', 'No check or attestation covers this duty yet.'));
    box.hidden = false;
    apply();
    $('findings').scrollIntoView();
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target) return;
    if (target.classList.contains('cell')) return showCell(target);
    const checks = target.getAttribute('data-checks');
    if (checks !== null) {
      setScope({ label: target.getAttribute('data-label') ?? '', test: checksMatcher(checks.split(' ')) });
      setSelect('f-status', 'all');
      apply();
      $('findings').scrollIntoView();
    }
  });

  const selects = document.querySelectorAll<HTMLSelectElement>('select[data-filter]');
  for (const select of selects) {
    select.addEventListener('change', () => {
      setFilter(select.getAttribute('data-filter'), select.value);
      apply();
    });
  }
  let timer = 0;
  const search = $<HTMLInputElement>('f-search');
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      filters.search = search.value;
      apply();
    }, 150);
  });
  $('scope-clear').addEventListener('click', () => {
    setScope(null);
    apply();
  });
  $('filters-reset').addEventListener('click', () => {
    setScope(null);
    search.value = '';
    filters.search = '';
    for (const select of selects) setSelect(select.id, select.id === 'f-status' ? 'open' : '');
    apply();
  });
  $('show-more').addEventListener('click', renderMore);
  apply();
}

const core = { cellMatcher, checksMatcher, filterFindings };
if (typeof document === 'undefined') {
  (globalThis as { demarcReportCore?: typeof core }).demarcReportCore = core;
} else {
  start(JSON.parse($('report-data').textContent ?? '') as ClientData);
}
