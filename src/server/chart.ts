import type { StoredScan } from '../store/store.js';
import { esc } from './html.js';

/**
 * The trend chart: failed (unsuppressed) findings per severity and passing results, one point per
 * stored scan, drawn as inline SVG on the server. No charting library: a few polylines need none,
 * and nothing runs in the browser.
 */
const SERIES = ['critical', 'high', 'medium', 'low', 'pass'] as const;
const W = 760;
const H = 240;
const PAD = { left: 48, right: 16, top: 12, bottom: 28 };

const seriesValue = (scan: StoredScan, series: (typeof SERIES)[number]) =>
  series === 'pass' ? scan.byStatus.pass : scan.failedBySeverity[series];

export function trendChart(scans: readonly StoredScan[]): string {
  if (scans.length === 0) return '<p class="note">No scans stored yet.</p>';
  const max = Math.max(1, ...scans.flatMap((s) => SERIES.map((k) => seriesValue(s, k))));
  const x = (i: number) =>
    PAD.left + (scans.length === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (scans.length - 1));
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  const lines = SERIES.map((k) => {
    const points = scans.map((s, i) => `${x(i).toFixed(1)},${y(seriesValue(s, k)).toFixed(1)}`).join(' ');
    return `<polyline class="s-${k}" points="${points}"><title>${k}</title></polyline>`;
  });
  const first = scans[0] as StoredScan;
  const last = scans.at(-1) as StoredScan;
  return `<svg class="chart" role="img" aria-label="open findings per severity and passing results over ${scans.length} scans" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
<line class="axis" x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}"/>
<line class="axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}"/>
<text x="4" y="${PAD.top + 10}">${max}</text><text x="4" y="${H - PAD.bottom}">0</text>
<text x="${PAD.left}" y="${H - 8}">scan ${first.id} (${esc(first.startedAt.slice(0, 10))})</text>
<text x="${W - PAD.right}" y="${H - 8}" text-anchor="end">scan ${last.id} (${esc(last.startedAt.slice(0, 10))})</text>
${lines.join('\n')}
</svg>
<p class="legend">${SERIES.map((k) => `<span class="k-${k}">■ ${k === 'pass' ? 'passing results' : `${k} open`}</span>`).join('')}</p>`;
}
