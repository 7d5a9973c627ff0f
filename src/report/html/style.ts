/** The page's stylesheet. Owners shade the matrix (AWS grey, shared half grey); evidence colors the rest. */
export const STYLE = `
:root {
  --ink: #1c2430; --muted: #5b6675; --line: #d9dee5; --bg: #f6f7f9; --card: #fff;
  --aws: #dfe3e8; --pass: #1f8f4e; --fail: #c9302c; --na: #e3a008; --attested: #2f6fb3;
  --expired: #9a4b0c; --none: #ffffff; --partial: #b7dfc5; --accent: #24476b;
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--ink); background: var(--bg); }
main { max-width: 1440px; margin: 0 auto; padding: 0 24px 48px; }
header.top { background: var(--accent); color: #fff; padding: 20px 24px 18px; }
header.top .inner { max-width: 1440px; margin: 0 auto; }
header.top h1 { margin: 0 0 6px; font-size: 22px; font-weight: 650; }
header.top h1 .brand { font-weight: 800; letter-spacing: .02em; margin-right: 8px; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 0; font-size: 13px; opacity: .95; }
.meta div { display: flex; gap: 6px; }
.meta dt { opacity: .75; }
.meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
nav.sections { display: flex; gap: 18px; margin-top: 12px; font-size: 13px; }
nav.sections a { color: #fff; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 18px 0 6px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 130px; }
.card .n { font-size: 24px; font-weight: 700; line-height: 1.1; }
.card .l { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card.fail .n { color: var(--fail); }
.card.pass .n { color: var(--pass); }
.card.na .n { color: #9a6a00; }
.card .sub { font-size: 12px; color: var(--muted); }
.coverage { margin: 12px 0 0; padding: 10px 14px; border-radius: 8px; border: 1px solid var(--line); background: var(--card); }
.coverage.ok { border-left: 5px solid var(--pass); }
.coverage.gaps { border-left: 5px solid var(--na); }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin-top: 20px; }
h2 { margin: 0 0 4px; font-size: 18px; }
h3 { margin: 0 0 6px; font-size: 15px; }
.lead { margin: 0 0 12px; color: var(--muted); }
.muted { color: var(--muted); }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: 12px; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f5f8; padding: 6px 8px; border-radius: 4px; margin: 4px 0 0; }
button { font: inherit; cursor: pointer; }

/* Legend */
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; margin: 6px 0 14px; font-size: 13px; }
.legend .group { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
.legend .group > b { margin-right: 2px; }
.legend .key { display: inline-flex; align-items: center; gap: 6px; }
.legend .cell { width: 22px; height: 22px; font-size: 11px; cursor: default; }

/* Matrix */
.matrix-wrap { overflow-x: auto; }
table.matrix { border-collapse: separate; border-spacing: 3px; }
table.matrix th.dom { vertical-align: bottom; padding: 0 0 4px; height: 190px; }
table.matrix th.dom span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
  font-size: 12px; font-weight: 600; color: #364152; display: inline-block; }
table.matrix th.svc { text-align: left; font-weight: 600; padding-right: 12px; white-space: nowrap; font-size: 13px; }
table.matrix th.svc .cat { margin-left: 6px; font-weight: 400; font-size: 11px; color: var(--muted); }
table.matrix td { padding: 0; }
.cell { display: flex; align-items: center; justify-content: center; width: 38px; height: 32px; border-radius: 5px;
  border: 1px solid rgba(0,0,0,.12); font-size: 12px; font-weight: 700; padding: 0; color: #fff; }
.cell .m { font-size: 13px; margin-left: 1px; }
.cell.owner-aws { background: var(--aws); color: #7a8594; font-weight: 500; }
.cell.ev-pass { --ev: var(--pass); }
.cell.ev-fail { --ev: var(--fail); }
.cell.ev-not_assessed { --ev: var(--na); }
.cell.ev-attested { --ev: var(--attested); }
.cell.ev-expired { --ev: var(--expired); }
.cell.ev-no_evidence { --ev: var(--none); }
.cell.ev-partial { --ev: var(--partial); color: var(--ink); }
.cell.owner-customer { background: var(--ev); }
.cell.owner-shared { background: linear-gradient(135deg, var(--ev) 0 68%, #aeb6c1 68% 100%); }
.cell.ev-no_evidence, .cell.ev-not_assessed { color: var(--ink); }
.cell.ev-no_evidence { border: 1px dashed #8a94a3; }
button.cell:hover { outline: 2px solid var(--accent); outline-offset: 1px; }
button.cell:focus-visible { outline: 3px solid #0b63ce; outline-offset: 1px; }
button.cell[aria-pressed="true"] { outline: 3px solid #111; outline-offset: 1px; }
.cellsum { margin: 10px 0 0; font-size: 13px; color: var(--muted); }

/* Findings */
.filters { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin: 8px 0 10px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.filters select, .filters input { font: inherit; padding: 5px 6px; border: 1px solid #b9c1cc; border-radius: 5px; background: #fff; color: var(--ink); }
.filters input[type=search] { width: 200px; }
.filters select { max-width: 170px; }
.filters button, #show-more, #scope-clear { padding: 5px 12px; border: 1px solid #b9c1cc; border-radius: 5px; background: #fff; }
#scope { display: flex; gap: 10px; align-items: center; margin: 0 0 8px; padding: 6px 10px; background: #eef3f9;
  border: 1px solid #c5d4e6; border-radius: 6px; }
#scope[hidden], #cell-detail[hidden], #show-more[hidden] { display: none; }
#cell-detail { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin: 0 0 10px; background: #fbfcfd; }
#cell-detail p { margin: 4px 0; }
.owner-tag, .ev-tag { display: inline-block; border-radius: 4px; padding: 1px 7px; font-size: 12px; font-weight: 600; margin-right: 8px; }
.owner-tag { background: #e7ebf0; }
.ev-tag { color: #fff; background: #6b7480; }
.ev-tag.ev-pass { background: var(--pass); } .ev-tag.ev-fail { background: var(--fail); }
.ev-tag.ev-not_assessed { background: var(--na); color: var(--ink); } .ev-tag.ev-attested { background: var(--attested); }
.ev-tag.ev-expired { background: var(--expired); } .ev-tag.ev-partial { background: var(--partial); color: var(--ink); } .ev-tag.ev-no_evidence { background: #fff; color: var(--ink); border: 1px dashed #8a94a3; }
#findings-count { margin: 6px 0; font-weight: 600; }
table.findings { width: 100%; border-collapse: collapse; font-size: 13px; table-layout: fixed; }
table.findings th { text-align: left; font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em;
  border-bottom: 2px solid var(--line); padding: 6px 8px; }
table.findings td { vertical-align: top; border-bottom: 1px solid #edf0f3; padding: 7px 8px; overflow-wrap: anywhere; }
table.findings col.c-sev { width: 84px; } table.findings col.c-st { width: 112px; } table.findings col.c-check { width: 22%; }
table.findings col.c-res { width: 20%; } table.findings col.c-rem { width: 22%; }
.sev { display: inline-block; min-width: 62px; text-align: center; border-radius: 4px; padding: 1px 6px; font-size: 11px;
  font-weight: 700; text-transform: uppercase; }
.sev-critical { background: #7f1d1d; color: #fff; } .sev-high { background: #dc2626; color: #fff; }
.sev-medium { background: #f59e0b; color: #1c2430; } .sev-low { background: #dbe4ee; color: #1c2430; }
.sev-info { background: #eef1f4; color: #5b6675; }
.st { font-weight: 700; font-size: 12px; }
.st-fail { color: var(--fail); } .st-pass { color: var(--pass); } .st-not_assessed { color: #9a6a00; }
.supp { display: inline-block; margin-left: 4px; padding: 0 5px; border-radius: 3px; border: 1px solid #9aa4b2; color: #5b6675; font-size: 11px; }
.supp-note { margin-top: 4px; color: var(--muted); font-style: italic; }
.checkid { font-weight: 600; }
.check-title { color: var(--muted); font-size: 12px; }
.rtype { color: var(--muted); font-size: 12px; }
.rname { font-weight: 600; }
.file { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.remediation { color: #334155; font-size: 12px; }
details.evidence summary { cursor: pointer; color: var(--accent); font-size: 12px; margin-top: 4px; }
#show-more { margin-top: 10px; }

/* Frameworks */
.fw-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 20px; }
table.fw { border-collapse: collapse; width: 100%; font-size: 13px; }
table.fw th { text-align: left; font-size: 12px; color: var(--muted); border-bottom: 2px solid var(--line); padding: 5px 6px; }
table.fw td { border-bottom: 1px solid #edf0f3; padding: 4px 6px; vertical-align: middle; }
table.fw td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.fw tr.section td { font-weight: 700; background: #f3f5f8; }
table.fw tr.rec td:first-child { padding-left: 20px; }
table.fw .fwid { background: none; border: 0; padding: 0; color: var(--accent); text-decoration: underline; font-weight: inherit; text-align: left; }
.rate { display: flex; align-items: center; gap: 6px; white-space: nowrap; }
.rate svg { flex: none; }
.titles { color: var(--muted); font-size: 12px; }
footer { margin-top: 24px; color: var(--muted); font-size: 12px; }
`;
