/** HTML building for the dashboard: every value from the store goes through esc(). */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an element or a quoted attribute: no markup, no attribute break-out. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** A query string from parameters (empty ones left out), escaped for an href. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · demarc</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header><a href="/" class="brand">demarc</a> <nav><a href="/">History</a> <a href="/diff">Diff</a></nav></header>
<main>
<h1>${esc(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

export const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d2430; background: #fafbfc; }
header { background: #1d2430; color: #fff; padding: .6em 1.2em; display: flex; gap: 2em; align-items: baseline; }
header a { color: #fff; text-decoration: none; margin-right: 1em; }
.brand { font-weight: 700; font-size: 1.1em; }
main { padding: 1em 1.2em; max-width: 1400px; }
table { border-collapse: collapse; margin: .5em 0 1.5em; }
th, td { border: 1px solid #d6dae0; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eef1f4; }
td.num { text-align: right; }
.pass { background: #dff3e2; } .fail { background: #f9dcdc; } .not_assessed { background: #fff2cc; }
.attested { background: #dfeaf9; } .expired { background: #fde7c8; } .no_evidence { background: #eceff3; } .aws { background: #f4f4f4; color: #777; }
.critical { color: #8b0000; font-weight: 700; } .high { color: #c0392b; } .medium { color: #b9770e; } .low { color: #555; }
form.filters { display: flex; gap: .8em; flex-wrap: wrap; align-items: end; margin: .5em 0; }
form.filters label { display: flex; flex-direction: column; font-size: .85em; }
svg.chart { background: #fff; border: 1px solid #d6dae0; }
svg.chart .axis { stroke: #999; } svg.chart text { font-size: 11px; fill: #333; }
svg.chart .s-critical { stroke: #8b0000; } svg.chart .s-high { stroke: #e74c3c; } svg.chart .s-medium { stroke: #f39c12; } svg.chart .s-low { stroke: #7f8c8d; } svg.chart .s-pass { stroke: #27ae60; }
svg.chart polyline { fill: none; stroke-width: 2; }
.legend span { margin-right: 1em; } .legend .k-critical { color: #8b0000; } .legend .k-high { color: #e74c3c; } .legend .k-medium { color: #f39c12; } .legend .k-low { color: #7f8c8d; } .legend .k-pass { color: #27ae60; }
.note { color: #555; }
`;
