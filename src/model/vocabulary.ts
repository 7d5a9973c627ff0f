/** The words every stage shares about a finding: how bad, what verdict, which framework. */

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

export type Status = 'pass' | 'fail' | 'not_assessed';

export type FrameworkId = 'cis-aws-3.0' | 'aws-fsbp';
export const FRAMEWORK_TITLES: Record<FrameworkId, string> = {
  'cis-aws-3.0': 'CIS AWS Foundations Benchmark v3.0',
  'aws-fsbp': 'AWS Foundational Security Best Practices',
};
