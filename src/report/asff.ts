import { asffTypeOf } from '../engine/kinds.js';
import type { Finding, ScanResult } from '../engine/result.js';
import { InputError } from '../errors.js';
import { domainTitle } from '../model/domains.js';
import { partitionOfArn } from '../model/regions.js';
import type { Severity } from '../model/vocabulary.js';
import { accountOf, checkOf, regionOf, requirementsOf } from './finding-facts.js';
import { jsonChunks, LazyArray } from './json-chunks.js';

/**
 * AWS Security Finding Format (ASFF 2018-10-08), one finding per demarc finding, as one JSON array.
 * BatchImportFindings takes at most 100 findings a call; the README shows how to feed the array in
 * batches. Findings go to the account's own "default" product ARN (a custom integration), so no
 * partner registration is needed.
 */
export const ASFF_BATCH_LIMIT = 100;

const SEVERITY_LABELS: Record<Severity, string> = {
  info: 'INFORMATIONAL',
  low: 'LOW',
  medium: 'MEDIUM',
  high: 'HIGH',
  critical: 'CRITICAL',
};

const COMPLIANCE_STATUS: Record<Finding['status'], string> = {
  pass: 'PASSED',
  fail: 'FAILED',
  not_assessed: 'NOT_AVAILABLE',
};

/** The resource's ASFF type, from its kind's definition ('Other' where ASFF has none). */
function asffType(finding: Finding): string {
  return asffTypeOf(finding.resource.type, finding.resource.id);
}

/** Cuts text to an ASFF length limit, marking the cut. */
function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The account and region ASFF requires of every finding; a finding without them is refused. */
function placeOf(result: ScanResult, finding: Finding): { account: string; region: string } {
  const { resource } = finding;
  const account = accountOf(result, finding);
  if (!account || !/^\d{12}$/.test(account)) {
    throw new InputError(
      `asff: finding ${finding.checkId} on ${resource.id} has no 12-digit AWS account id (got '${account ?? ''}'); ASFF requires one`,
    );
  }
  const region = regionOf(result, finding);
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new InputError(
      `asff: finding ${finding.checkId} on ${resource.id} has no AWS region (got '${region}'); ASFF requires one (for templates: --parameter AWS::Region=…)`,
    );
  }
  return { account, region };
}

function asffFinding(result: ScanResult, finding: Finding): Record<string, unknown> {
  const check = checkOf(result, finding);
  const { resource } = finding;
  const { account, region } = placeOf(result, finding);
  const partition = partitionOfArn(resource.id);
  const requirements = requirementsOf(check).map((r) => `${r.title} ${r.id}`);
  const productFields: Record<string, string> = {
    'demarc/CheckId': check.id,
    'demarc/Domain': finding.domain,
    'demarc/Service': resource.service,
    'demarc/Classification': resource.classification,
    'demarc/Verdict': finding.status,
    ...(resource.tenancy && { 'demarc/Tenancy': resource.tenancy }),
    ...(resource.source.file && {
      'demarc/Source': fit(
        `${resource.source.file}${resource.source.line ? `:${resource.source.line}` : ''}`,
        2048,
      ),
    }),
    ...(finding.suppressed && { 'demarc/Suppression': fit(finding.suppressed.reason, 2048) }),
  };
  return {
    SchemaVersion: '2018-10-08',
    // The finding's key: one Security Hub finding per check, resource, account and region, scan after scan.
    Id: `demarc/${finding.key}`,
    ProductArn: `arn:${partition}:securityhub:${region}:${account}:product/${account}/default`,
    GeneratorId: fit(`demarc/${check.id}`, 512),
    AwsAccountId: account,
    Types: [
      `Software and Configuration Checks/AWS Security Best Practices/${domainTitle(finding.domain).replaceAll('/', ' ')}`,
    ],
    CreatedAt: result.meta.finishedAt,
    UpdatedAt: result.meta.finishedAt,
    // Security Hub's own control findings mark a pass as informational; the check's severity stays in Original.
    Severity: {
      Label: finding.status === 'pass' ? 'INFORMATIONAL' : SEVERITY_LABELS[finding.severity],
      Original: finding.severity,
    },
    Title: fit(check.title, 256),
    Description: fit(`${finding.reason} (${resource.type} ${resource.name})`, 1024),
    ...(check.remediation.text && {
      Remediation: { Recommendation: { Text: fit(check.remediation.text, 512) } },
    }),
    ProductFields: productFields,
    Resources: [
      {
        Type: asffType(finding),
        Id: fit(resource.id, 512),
        Partition: partition,
        Region: region,
      },
    ],
    Compliance: {
      Status: COMPLIANCE_STATUS[finding.status],
      ...(requirements.length > 0 && { RelatedRequirements: requirements.slice(0, 32) }),
    },
    Workflow: { Status: finding.suppressed ? 'SUPPRESSED' : 'NEW' },
    RecordState: 'ACTIVE',
  };
}

export function asffFindings(result: ScanResult): Record<string, unknown>[] {
  return result.findings.map((f) => asffFinding(result, f));
}

/** The report streamed, one finding at a time; refused whole, before the first chunk, if any finding lacks a place. */
export function asffChunks(result: ScanResult): Iterable<string> {
  for (const f of result.findings) placeOf(result, f);
  return jsonChunks(
    new LazyArray(() =>
      (function* () {
        for (const f of result.findings) yield asffFinding(result, f);
      })(),
    ),
    1,
  );
}

export function renderAsff(result: ScanResult): string {
  return [...asffChunks(result)].join('');
}
