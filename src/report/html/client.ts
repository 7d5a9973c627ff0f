/**
 * The page's script: plain ES2017, no framework, no network. Cloud strings only ever reach the
 * page through textContent and attribute setters, never innerHTML. The filtering core runs without
 * a DOM too, so tests can load this text into a VM and call it (globalThis.demarcReportCore).
 * Written without backticks or "${" so it can live in this template string.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var PAGE = 500;

  /** The findings a matrix cell counts: its checks, on resources of its row (or account-wide checks). */
  function cellMatcher(data, rowIndex, domain) {
    var row = data.rows[rowIndex];
    var cell = null;
    for (var i = 0; i < row.cells.length; i++) if (row.cells[i].domain === domain) cell = row.cells[i];
    var checks = new Set(cell ? cell.checks : []);
    return function (f) {
      if (!checks.has(f.c)) return false;
      var info = data.checks[f.c];
      var declared = info && info.evidences;
      if (declared === 'all' || (Array.isArray(declared) && declared.indexOf(row.service) >= 0)) return true;
      var r = data.resources[f.r];
      return r.s === row.service && (!row.tenancy || !r.y || r.y === row.tenancy);
    };
  }

  function checksMatcher(ids) {
    var set = new Set(ids);
    return function (f) {
      return set.has(f.c);
    };
  }

  var haystacks = null;
  function haystack(data, index) {
    if (!haystacks) haystacks = new Array(data.findings.length);
    var h = haystacks[index];
    if (h === undefined) {
      var f = data.findings[index];
      var r = data.resources[f.r];
      var info = data.checks[f.c];
      h = [f.c, info ? info.title : '', r.t, r.n, r.i, r.a, r.g, r.f || '', f.m, f.x ? f.x.reason : '']
        .join('\n')
        .toLowerCase();
      haystacks[index] = h;
    }
    return h;
  }

  function statusMatches(wanted, f) {
    if (wanted === 'all') return true;
    if (wanted === 'open') return f.s !== 'pass';
    if (wanted === 'suppressed') return Boolean(f.x);
    return f.s === wanted;
  }

  /** Indices of the findings that pass every filter, in page order. */
  function filterFindings(data, filters) {
    var out = [];
    var terms = (filters.search || '').toLowerCase().split(/\s+/).filter(Boolean);
    for (var i = 0; i < data.findings.length; i++) {
      var f = data.findings[i];
      if (!statusMatches(filters.status || 'open', f)) continue;
      if (filters.severity && f.v !== filters.severity) continue;
      if (filters.domain && f.d !== filters.domain) continue;
      var r = data.resources[f.r];
      if (filters.service && r.s !== filters.service) continue;
      if (filters.account && r.a !== filters.account) continue;
      if (filters.region && r.g !== filters.region) continue;
      if (filters.scope && !filters.scope.test(f)) continue;
      if (terms.length) {
        var h = haystack(data, i);
        var all = true;
        for (var t = 0; t < terms.length; t++) if (h.indexOf(terms[t]) < 0) all = false;
        if (!all) continue;
      }
      out.push(i);
    }
    return out;
  }

  var core = { cellMatcher: cellMatcher, checksMatcher: checksMatcher, filterFindings: filterFindings };
  if (typeof document === 'undefined') {
    globalThis.demarcReportCore = core;
    return;
  }

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var $ = function (id) {
    return document.getElementById(id);
  };
  var SEVERITIES = { critical: 1, high: 1, medium: 1, low: 1, info: 1 };
  var STATUS_TEXT = { pass: 'Pass', fail: 'Fail', not_assessed: 'Not assessed' };
  var OWNER_TEXT = { aws: 'AWS', customer: 'Customer', shared: 'Shared' };
  var EVIDENCE_TEXT = {
    pass: 'pass',
    fail: 'fail',
    not_assessed: 'not assessed',
    attested: 'attested',
    expired: 'attestation expired',
    no_evidence: 'no evidence',
    aws: 'AWS',
  };
  var filters = { search: '', severity: '', domain: '', service: '', status: 'open', account: '', region: '', scope: null };
  var visible = [];
  var shown = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function findingRow(f) {
    var r = data.resources[f.r];
    var info = data.checks[f.c] || { title: '', remediation: '' };
    var tr = el('tr');
    var sev = SEVERITIES[f.v] ? f.v : 'info';
    var td = el('td');
    td.appendChild(el('span', 'sev sev-' + sev, f.v));
    tr.appendChild(td);

    td = el('td');
    var status = STATUS_TEXT[f.s] ? f.s : 'not_assessed';
    td.appendChild(el('span', 'st st-' + status, STATUS_TEXT[status]));
    if (f.x) {
      var sup = el('span', 'supp', 'suppressed');
      sup.title = f.x.by + ': ' + f.x.reason;
      td.appendChild(sup);
    }
    tr.appendChild(td);

    td = el('td');
    td.appendChild(el('code', 'checkid', f.c));
    td.appendChild(el('div', 'check-title', info.title));
    tr.appendChild(td);

    td = el('td', 'resource');
    td.appendChild(el('div', 'rtype', r.t));
    var name = el('div', 'rname', r.n);
    name.title = r.i;
    td.appendChild(name);
    td.appendChild(el('div', 'muted', r.g + ' \u00b7 ' + r.a));
    if (r.f) td.appendChild(el('div', 'muted file', r.f + (r.l ? ':' + r.l : '')));
    tr.appendChild(td);

    td = el('td', 'reason');
    td.appendChild(el('div', null, f.m));
    if (f.x) {
      var who = f.x.by === 'exception' && f.x.exceptionId ? 'exception ' + f.x.exceptionId : f.x.by;
      var more = (f.x.owner ? ', owner ' + f.x.owner : '') + (f.x.expires ? ', expires ' + f.x.expires : '');
      td.appendChild(el('div', 'supp-note', 'Accepted risk (' + who + more + '): ' + f.x.reason));
    }
    if (f.e) {
      var details = el('details', 'evidence');
      details.appendChild(el('summary', null, 'evidence'));
      details.appendChild(el('pre', null, JSON.stringify(f.e, null, 2)));
      td.appendChild(details);
    }
    tr.appendChild(td);

    tr.appendChild(el('td', 'remediation', info.remediation));
    return tr;
  }

  function renderMore() {
    var body = $('findings-body');
    var end = Math.min(visible.length, shown + PAGE);
    var frag = document.createDocumentFragment();
    for (var i = shown; i < end; i++) frag.appendChild(findingRow(data.findings[visible[i]]));
    body.appendChild(frag);
    shown = end;
    $('findings-count').textContent =
      visible.length === 0
        ? 'No finding matches these filters.'
        : 'Showing ' + shown.toLocaleString('en') + ' of ' + visible.length.toLocaleString('en') +
          ' matching findings (' + data.findings.length.toLocaleString('en') + ' in the scan).';
    $('show-more').hidden = shown >= visible.length;
  }

  function apply() {
    visible = filterFindings(data, filters);
    $('findings-body').textContent = '';
    shown = 0;
    renderMore();
  }

  function setScope(scope) {
    filters.scope = scope;
    $('scope').hidden = !scope;
    $('scope-label').textContent = scope ? scope.label : '';
    var pressed = document.querySelectorAll('.cell[aria-pressed="true"]');
    for (var i = 0; i < pressed.length; i++) pressed[i].setAttribute('aria-pressed', 'false');
    if (!scope || !scope.cell) $('cell-detail').hidden = true;
  }

  function setSelect(id, value) {
    var select = $(id);
    select.value = value;
    filters[select.getAttribute('data-filter')] = value;
  }

  function showCell(button) {
    var rowIndex = Number(button.getAttribute('data-row'));
    var domain = button.getAttribute('data-domain');
    var row = data.rows[rowIndex];
    var cell = null;
    for (var i = 0; i < row.cells.length; i++) if (row.cells[i].domain === domain) cell = row.cells[i];
    var title = domain;
    for (var d = 0; d < data.domains.length; d++) if (data.domains[d].id === domain) title = data.domains[d].title;
    setScope({ label: row.name + ' \u00d7 ' + title, test: cellMatcher(data, rowIndex, domain), cell: true });
    button.setAttribute('aria-pressed', 'true');
    // A cell shows everything it counts, passes included; the other narrowing filters step aside.
    setSelect('f-status', 'all');
    setSelect('f-service', '');
    setSelect('f-domain', '');
    var box = $('cell-detail');
    box.textContent = '';
    var line = el('p');
    line.appendChild(el('span', 'owner-tag owner-' + cell.owner, OWNER_TEXT[cell.owner] || cell.owner));
    line.appendChild(el('span', 'ev-tag ev-' + cell.evidence, EVIDENCE_TEXT[cell.evidence] || cell.evidence));
    line.appendChild(
      el('span', 'muted', cell.counts.pass + ' pass \u00b7 ' + cell.counts.fail + ' fail \u00b7 ' + cell.counts.not_assessed + ' not assessed'),
    );
    box.appendChild(line);
    box.appendChild(el('p', null, cell.reason));
    if (cell.checks.length) box.appendChild(el('p', 'muted', 'Checks: ' + cell.checks.join(', ')));
    if (cell.attestations.length) box.appendChild(el('p', 'muted', 'Attestations: ' + cell.attestations.join(', ')));
    if (!cell.checks.length && !cell.attestations.length && cell.owner !== 'aws')
      box.appendChild(el('p', 'muted', 'No check or attestation covers this duty yet.'));
    box.hidden = false;
    apply();
    $('findings').scrollIntoView();
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('button') : null;
    if (!target) return;
    if (target.classList.contains('cell')) return showCell(target);
    var checks = target.getAttribute('data-checks');
    if (checks !== null) {
      setScope({ label: target.getAttribute('data-label'), test: checksMatcher(checks.split(' ')) });
      setSelect('f-status', 'all');
      apply();
      $('findings').scrollIntoView();
    }
  });

  var selects = document.querySelectorAll('select[data-filter]');
  for (var s = 0; s < selects.length; s++) {
    selects[s].addEventListener('change', function (event) {
      filters[event.target.getAttribute('data-filter')] = event.target.value;
      apply();
    });
  }
  var timer = 0;
  $('f-search').addEventListener('input', function (event) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      filters.search = event.target.value;
      apply();
    }, 150);
  });
  $('scope-clear').addEventListener('click', function () {
    setScope(null);
    apply();
  });
  $('filters-reset').addEventListener('click', function () {
    setScope(null);
    $('f-search').value = '';
    filters.search = '';
    for (var i = 0; i < selects.length; i++) setSelect(selects[i].id, selects[i].id === 'f-status' ? 'open' : '');
    apply();
  });
  $('show-more').addEventListener('click', renderMore);
  apply();
})();
`;
