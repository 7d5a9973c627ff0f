import type { SourceRef } from '../inventory/base.js';
import type { Severity, Status } from '../model/vocabulary.js';
import type { Finding, FindingResource, ScanResult, ScanSourceKind } from './result.js';

/**
 * Drift: where a template scan and a scan of the running estate judge the same resource
 * differently (the template encrypts a bucket, the bucket is not encrypted). Pure.
 *
 * Finding keys cannot pair the two: a template resource is keyed by file and logical id, a live
 * one by its ARN. So each template resource is matched to a live one:
 * 1. by ARN, when the template yields one (Terraform plans of existing resources; S3 buckets by
 *    name) and the live scan has a resource with that id;
 * 2. else by type and name (a bucket's BucketName, a role's RoleName; the logical id when the
 *    template names nothing), in the template's account and region when it states them (a live
 *    resource in the global region matches any region). Exactly one candidate is a match; several
 *    are ambiguous and none is "not found": both are listed, never guessed.
 * Only the resources a scan has findings for take part. For a matched pair, each check that judged
 * both sides is compared by status (pass, fail, not assessed); accepted risks do not change it.
 */

type ScanSide = 'template' | 'estate';

/** Templates and plans describe what should run; live reads and snapshots show what does. */
export function scanSide(kind: ScanSourceKind): ScanSide {
  return kind === 'aws' || kind === 'snapshot' ? 'estate' : 'template';
}

type Place = Pick<FindingResource, 'id' | 'name' | 'type' | 'account' | 'region'>;

interface TemplatePlace extends Place {
  source: Pick<SourceRef, 'file' | 'line' | 'logicalId'>;
}

interface Verdict {
  status: Status;
  accepted: boolean;
  reason: string;
}

export interface DriftEntry {
  checkId: string;
  severity: Severity;
  matchedBy: 'arn' | 'name';
  template: { resource: TemplatePlace } & Verdict;
  live: { resource: Place } & Verdict;
}

export interface UnmatchedResource {
  resource: TemplatePlace;
  /** not-found: no live resource of that ARN or type and name; ambiguous: several of that type and name. */
  why: 'not-found' | 'ambiguous';
  candidates: number;
}

export interface DriftReport {
  /** Template resources paired with a live one. */
  matched: number;
  /** Matched resources with at least one verdict that differs. */
  drifted: number;
  /** Verdicts that differ, most severe first. */
  drift: DriftEntry[];
  /** Template resources with no live counterpart. */
  unmatched: UnmatchedResource[];
}

interface Judged {
  resource: FindingResource;
  byCheck: Map<string, Finding>;
}

/** The resources a scan has findings for, each with its findings by check. */
function resourcesOf(result: ScanResult): Map<string, Judged> {
  const out = new Map<string, Judged>();
  for (const f of result.findings) {
    let judged = out.get(f.resource.id);
    if (!judged) {
      judged = { resource: f.resource, byCheck: new Map() };
      out.set(f.resource.id, judged);
    }
    judged.byCheck.set(f.checkId, f);
  }
  return out;
}

const typeName = (r: Pick<FindingResource, 'type' | 'name'>) => `${r.type}\u0000${r.name}`;

/** An account or region the template leaves open matches any; a global live resource any region. */
function samePlace(template: FindingResource, live: FindingResource): boolean {
  const account = template.account === '' || template.account === live.account;
  const openRegion = template.region === '' || template.region === 'unknown';
  const region = openRegion || live.region === 'global' || template.region === live.region;
  return account && region;
}

const place = ({ id, name, type, account, region }: FindingResource): Place => ({
  id,
  name,
  type,
  account,
  region,
});

const templatePlace = (r: FindingResource): TemplatePlace => ({
  ...place(r),
  source: {
    ...(r.source.file !== undefined && { file: r.source.file }),
    ...(r.source.line !== undefined && { line: r.source.line }),
    ...(r.source.logicalId !== undefined && { logicalId: r.source.logicalId }),
  },
});

const verdict = (f: Finding): Verdict => ({
  status: f.status,
  accepted: Boolean(f.suppressed),
  reason: f.reason,
});

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

function byImportance(a: DriftEntry, b: DriftEntry): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.checkId.localeCompare(b.checkId) ||
    a.template.resource.id.localeCompare(b.template.resource.id)
  );
}

const describeUnmatched = (a: UnmatchedResource, b: UnmatchedResource) =>
  a.resource.type.localeCompare(b.resource.type) || a.resource.id.localeCompare(b.resource.id);

export function driftBetween(template: ScanResult, live: ScanResult): DriftReport {
  const estate = resourcesOf(live);
  const byTypeName = new Map<string, Judged[]>();
  for (const judged of estate.values()) {
    const key = typeName(judged.resource);
    byTypeName.set(key, [...(byTypeName.get(key) ?? []), judged]);
  }
  const report: DriftReport = { matched: 0, drifted: 0, drift: [], unmatched: [] };
  for (const planned of resourcesOf(template).values()) {
    const r = planned.resource;
    let match: Judged | undefined;
    let matchedBy: DriftEntry['matchedBy'] = 'arn';
    if (r.id.startsWith('arn:')) match = estate.get(r.id);
    if (!match) {
      const candidates = (byTypeName.get(typeName(r)) ?? []).filter((c) => samePlace(r, c.resource));
      if (candidates.length !== 1) {
        report.unmatched.push({
          resource: templatePlace(r),
          why: candidates.length === 0 ? 'not-found' : 'ambiguous',
          candidates: candidates.length,
        });
        continue;
      }
      match = candidates[0] as Judged;
      matchedBy = 'name';
    }
    report.matched++;
    let differs = false;
    for (const [checkId, written] of planned.byCheck) {
      const running = match.byCheck.get(checkId);
      if (!running || running.status === written.status) continue;
      differs = true;
      report.drift.push({
        checkId,
        severity: written.severity,
        matchedBy,
        template: { resource: templatePlace(r), ...verdict(written) },
        live: { resource: place(match.resource), ...verdict(running) },
      });
    }
    if (differs) report.drifted++;
  }
  report.drift.sort(byImportance);
  report.unmatched.sort(describeUnmatched);
  return report;
}
