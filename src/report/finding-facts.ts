import type { CheckInfo, Finding, ScanResult } from '../engine/result.js';
import { FRAMEWORK_TITLES, type FrameworkId } from '../model/vocabulary.js';

/** Small facts several machine-readable formats derive the same way from a finding. */

/** The check's metadata; a result always carries it, but a hand-edited one may not. */
export function checkOf(result: ScanResult, finding: Finding): CheckInfo {
  return (
    result.checks[finding.checkId] ?? {
      id: finding.checkId,
      title: finding.checkId,
      service: finding.resource.service,
      domain: finding.domain,
      severity: finding.severity,
      resourceTypes: [finding.resource.type],
      frameworks: {},
      remediation: { text: '' },
    }
  );
}

interface Requirement {
  framework: FrameworkId;
  title: string;
  id: string;
}

/** Framework requirements a check maps to, e.g. CIS AWS Foundations Benchmark v3.0 1.5. */
export function requirementsOf(check: CheckInfo): Requirement[] {
  const out: Requirement[] = [];
  for (const [framework, ids] of Object.entries(check.frameworks) as [FrameworkId, readonly string[]][]) {
    for (const id of ids ?? []) out.push({ framework, title: FRAMEWORK_TITLES[framework] ?? framework, id });
  }
  return out;
}

/** The account a finding is about; findings for listings that failed carry none, so the scan's first. */
export function accountOf(result: ScanResult, finding: Finding): string | undefined {
  return finding.resource.account || result.meta.accounts[0] || undefined;
}

/** A region for a finding: global resources (IAM, the account) belong to the scan's first region. */
export function regionOf(result: ScanResult, finding: Finding, fallback = 'us-east-1'): string {
  const region = finding.resource.region;
  if (region && region !== 'global') return region;
  return result.meta.regions[0] ?? fallback;
}

/** Statuses as people read them. */
export const STATUS_LABELS = { pass: 'PASS', fail: 'FAIL', not_assessed: 'NOT ASSESSED' } as const;
