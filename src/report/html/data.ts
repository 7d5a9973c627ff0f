import type { Finding, FindingResource, ScanResult } from '../../engine/result.js';
import type { ClientData, ClientFinding, ClientResource } from './client/wire.js';

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const STATUS_RANK: Record<string, number> = { fail: 0, not_assessed: 1, pass: 2 };

/** Worst first: severity, then fail before not assessed before pass, then check and resource. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) ||
    (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9) ||
    (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0) ||
    (a.resource.name < b.resource.name ? -1 : a.resource.name > b.resource.name ? 1 : 0)
  );
}

function resourceKey(r: FindingResource): string {
  return [r.id, r.type, r.account, r.region, r.service, r.tenancy, r.source.file, r.source.line].join(
    '\u0000',
  );
}

function clientResource(r: FindingResource): ClientResource {
  return {
    t: r.type,
    n: r.name,
    i: r.id,
    a: r.account,
    g: r.region,
    s: r.service,
    ...(r.tenancy && { y: r.tenancy }),
    k: r.source.kind,
    ...(r.source.file && { f: r.source.file }),
    ...(r.source.line && { l: r.source.line }),
    c: r.classification,
  };
}

/** What the page's script needs, in the order the table shows it. */
export function clientData(result: ScanResult): ClientData {
  const resources: ClientResource[] = [];
  const byObject = new Map<FindingResource, number>();
  const byKey = new Map<string, number>();
  const indexOf = (r: FindingResource): number => {
    // Findings of one resource share one object; a result read back from JSON does not, hence the key.
    let index = byObject.get(r);
    if (index !== undefined) return index;
    const key = resourceKey(r);
    index = byKey.get(key);
    if (index === undefined) {
      index = resources.push(clientResource(r)) - 1;
      byKey.set(key, index);
    }
    byObject.set(r, index);
    return index;
  };
  const findings = [...result.findings].sort(compareFindings).map(
    (f): ClientFinding => ({
      c: f.checkId,
      r: indexOf(f.resource),
      s: f.status,
      v: f.severity,
      d: f.domain,
      m: f.reason,
      ...(f.evidence && { e: f.evidence }),
      ...(f.suppressed && { x: f.suppressed }),
    }),
  );
  const checks: ClientData['checks'] = {};
  for (const [id, c] of Object.entries(result.checks)) {
    checks[id] = {
      title: c.title,
      remediation: c.remediation.text,
      ...(c.evidences && { evidences: c.evidences }),
    };
  }
  return {
    checks,
    domains: result.matrix.domains,
    rows: result.matrix.rows.map((row) => ({
      service: row.service,
      ...(row.tenancy && { tenancy: row.tenancy }),
      name: row.name,
      cells: row.cells.map((c) => ({
        domain: c.domain,
        owner: c.owner,
        evidence: c.evidence,
        reason: c.reason,
        checks: c.checks,
        attestations: c.attestations,
        counts: c.counts,
      })),
    })),
    resources,
    findings,
  };
}
