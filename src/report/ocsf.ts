import type { Finding, ScanResult } from '../engine/result.js';
import { domainTitle } from '../model/domains.js';
import { partitionOfArn } from '../model/regions.js';
import type { Severity } from '../model/vocabulary.js';
import { accountOf, checkOf, requirementsOf, STATUS_LABELS } from './finding-facts.js';
import { jsonChunks, LazyArray } from './json-chunks.js';

/**
 * OCSF Detection Finding events (class 2004, category Findings), one per finding, as one JSON array
 * (the form Prowler and most OCSF loaders read; `jq -c '.[]'` turns it into JSON Lines for a stream).
 * Every event declares the `cloud` profile. OCSF 1.7.0's Detection Finding has no `compliance`
 * attribute (Compliance Finding, class 2003, has), so the framework requirements and the pass/fail
 * verdict travel in `unmapped.compliance`, next to demarc's own fields.
 */
export const OCSF_VERSION = '1.7.0';

const CLASS_UID = 2004;
const CATEGORY_UID = 2;
const ACTIVITY_CREATE = 1;

const SEVERITY_IDS: Record<Severity, [number, string]> = {
  info: [1, 'Informational'],
  low: [2, 'Low'],
  medium: [3, 'Medium'],
  high: [4, 'High'],
  critical: [5, 'Critical'],
};

/** OCSF Compliance status_id: 1 Pass, 3 Fail; a verdict never reached is Unknown (0). */
const COMPLIANCE_STATUS: Record<Finding['status'], [number, string]> = {
  pass: [1, 'Pass'],
  fail: [3, 'Fail'],
  not_assessed: [0, 'Unknown'],
};

function event(
  result: ScanResult,
  finding: Finding,
  time: number,
  accountNames: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const check = checkOf(result, finding);
  const { resource } = finding;
  const account = accountOf(result, finding);
  const [severityId, severity] = SEVERITY_IDS[finding.severity];
  const suppressed = finding.suppressed !== undefined;
  const [complianceStatusId, complianceStatus] = COMPLIANCE_STATUS[finding.status];
  const requirements = requirementsOf(check);
  // The finding's key: the same finding keeps its uid from scan to scan.
  const uid = finding.key;
  return {
    class_uid: CLASS_UID,
    class_name: 'Detection Finding',
    category_uid: CATEGORY_UID,
    category_name: 'Findings',
    activity_id: ACTIVITY_CREATE,
    activity_name: 'Create',
    type_uid: CLASS_UID * 100 + ACTIVITY_CREATE,
    type_name: 'Detection Finding: Create',
    time,
    severity_id: severityId,
    severity,
    // The finding's workflow state: new, or an accepted risk.
    status_id: suppressed ? 3 : 1,
    status: suppressed ? 'Suppressed' : 'New',
    // The check's verdict, as scanners that emit OCSF (Prowler) carry it.
    status_code: STATUS_LABELS[finding.status].replace(' ', '_'),
    status_detail: finding.reason,
    message: `${check.title}: ${finding.reason}`,
    finding_info: {
      uid,
      title: check.title,
      desc: finding.reason,
      types: [`AWS Shared Responsibility/${domainTitle(finding.domain)}`],
      analytic: { uid: check.id, name: check.title, type_id: 1, type: 'Rule' },
      created_time: time,
    },
    resources: [
      {
        uid: resource.id,
        name: resource.name,
        type: resource.type,
        region: resource.region,
        cloud_partition: partitionOfArn(resource.id),
        group: { name: resource.service },
        data: {
          service: resource.service,
          classification: resource.classification,
          source: resource.source,
          ...(resource.tenancy && { tenancy: resource.tenancy }),
        },
      },
    ],
    cloud: {
      provider: 'AWS',
      region: resource.region,
      cloud_partition: partitionOfArn(resource.id),
      ...(account && {
        account: {
          uid: account,
          name: accountNames.get(account) ?? account,
          type_id: 10,
          type: 'AWS Account',
        },
      }),
    },
    metadata: {
      version: OCSF_VERSION,
      profiles: ['cloud'],
      uid: `${uid}@${result.meta.finishedAt}`,
      product: { name: 'demarc', vendor_name: 'demarc', version: result.meta.version, uid: 'demarc' },
      log_name: 'demarc-scan',
    },
    ...(check.remediation.text && { remediation: { desc: check.remediation.text } }),
    unmapped: {
      compliance: {
        status_id: complianceStatusId,
        status: complianceStatus,
        standards: [...new Set(requirements.map((r) => r.title))],
        requirements: requirements.map((r) => `${r.title} ${r.id}`),
      },
      demarc: {
        check_id: check.id,
        domain: finding.domain,
        verdict: finding.status,
        ...(finding.evidence && { evidence: finding.evidence }),
        ...(finding.suppressed && { suppression: finding.suppressed }),
      },
    },
  };
}

/** The events of a scan, made one at a time in finding order; `time` is when the scan finished. */
function* eventStream(result: ScanResult): Generator<Record<string, unknown>> {
  const time = Date.parse(result.meta.finishedAt);
  // Account names are known where the scan read the account itself; elsewhere the id stands in.
  const accountNames = new Map<string, string>();
  for (const f of result.findings) {
    if (f.resource.type === 'AwsAccount' && f.resource.name)
      accountNames.set(f.resource.account, f.resource.name);
  }
  for (const f of result.findings) yield event(result, f, time, accountNames);
}

export function ocsfEvents(result: ScanResult): Record<string, unknown>[] {
  return [...eventStream(result)];
}

/** The report streamed, one event at a time. */
export function ocsfChunks(result: ScanResult): Iterable<string> {
  return jsonChunks(new LazyArray(() => eventStream(result)), 1);
}

export function renderOcsf(result: ScanResult): string {
  return [...ocsfChunks(result)].join('');
}
