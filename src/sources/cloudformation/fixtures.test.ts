import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ResourceSchema } from '../../inventory/resources.js';
import { FIXTURES, findingsOf, fixtureTests, readFixture } from '../iac/testing.js';
import { cloudFormationReader } from './index.js';

/** Checks a template can both pass and fail: each has a pass and a fail fixture. */
const IAC_CHECKS = [
  'cloudtrail-encrypted-with-kms',
  'cloudtrail-log-file-validation',
  'data-store-classified',
  'dynamodb-point-in-time-recovery',
  'dynamodb-table-customer-key-where-required',
  'ec2-instance-imdsv2-required',
  'ec2-instance-tenancy-meets-classification',
  'elb-listener-modern-tls-policy',
  'elb-listener-tls',
  'iam-inline-policy-no-full-admin',
  'iam-policy-no-full-admin',
  'iam-user-policies-via-groups',
  'kms-key-custody-meets-classification',
  'kms-key-policy-no-external-access',
  'kms-key-rotation-enabled',
  'rds-auto-minor-version-upgrade',
  'rds-backup-retention',
  'rds-instance-not-public',
  'rds-storage-encrypted',
  'redshift-cluster-encrypted',
  'redshift-cluster-not-public',
  'redshift-require-ssl',
  'redshift-snapshot-retention',
  's3-bucket-access-logging',
  's3-bucket-deny-insecure-transport',
  's3-bucket-versioning',
  'vpc-flow-logs-enabled',
  'vpc-management-over-private-path',
  'vpc-security-group-no-public-admin-ports',
  'vpc-security-group-no-public-all-ports',
] as const;

/**
 * Checks a template can pass but not fail: the failing setting cannot be written in a template, or
 * what would make it fail sits outside the template (account-level Block Public Access, EBS
 * encryption by default), so a template alone leaves those cases not assessed.
 */
const PASS_ONLY = [
  'ebs-volume-encrypted',
  's3-bucket-default-encryption',
  's3-bucket-no-public-acl',
  's3-bucket-no-public-policy',
  's3-bucket-public-access-block',
] as const;

/**
 * Checks a template can fail but not pass: CloudFormation cannot empty a VPC's default security
 * group, and an MFA device is enabled by its user after deployment.
 */
const FAIL_ONLY = ['vpc-default-security-group-closed', 'iam-user-console-mfa'] as const;

/**
 * Checks that never apply to a template, and why: account-wide settings and history (root user,
 * password policy, credential report, account Block Public Access, organization trails, EBS
 * encryption by default), the running state of instances (SSM), snapshots and AMIs that templates
 * do not create.
 */
const NOT_FROM_TEMPLATES = [
  'cloudtrail-multi-region-enabled',
  'ebs-encryption-by-default',
  'ebs-snapshot-not-public',
  'ec2-ami-not-public',
  'iam-password-policy-strength',
  'iam-root-mfa-enabled',
  'iam-root-no-access-keys',
  'iam-root-not-used-recently',
  'iam-user-access-key-rotation',
  'iam-user-unused-credentials',
  'rds-snapshot-not-public',
  's3-account-public-access-block',
  'ssm-instance-managed',
  'ssm-instance-patch-compliance',
] as const;

/**
 * Checks that apply but that the fixture harness's default policy cannot decide: it names no allowed
 * jurisdictions. reader.test.ts tests this one with a policy of its own.
 */
const NEEDS_POLICY = ['region-within-allowed-jurisdiction'] as const;

const reader = cloudFormationReader;

/** The line of a logical id under Resources, found in the text independently of the reader. */
function logicalIdLine(relative: string, logicalId: string): number {
  const lines = readFileSync(join(FIXTURES, relative), 'utf8').split('\n');
  const own = logicalId.split('.')[0] as string;
  const index = lines.findIndex((l) => new RegExp(`^\\s{2,4}"?${own}"?\\s*:`).test(l));
  assert.ok(index >= 0, `${own} not found in ${relative}`);
  return index + 1;
}

describe('CloudFormation fixtures', () => {
  fixtureTests(
    { reader, folder: 'cloudformation', extensions: ['yaml', 'json'], lineOf: logicalIdLine },
    {
      both: IAC_CHECKS,
      passOnly: PASS_ONLY,
      failOnly: FAIL_ONLY,
      elsewhere: [...NEEDS_POLICY, ...NOT_FROM_TEMPLATES],
    },
  );

  test('Encrypted: false on a volume is not assessed (EBS encryption by default may apply)', () => {
    const findings = findingsOf(
      reader,
      'cloudformation/ebs-volume-encrypted/not-assessed.yaml',
      'ebs-volume-encrypted',
    );
    assert.deepEqual(
      findings.map((f) => f.status),
      ['not_assessed'],
    );
  });

  test('every resource read from the fixtures matches the resource schema', () => {
    for (const folder of readdirSync(join(FIXTURES, 'cloudformation'))) {
      for (const name of readdirSync(join(FIXTURES, 'cloudformation', folder))) {
        const { resources } = readFixture(reader, `cloudformation/${folder}/${name}`);
        for (const resource of resources) {
          const parsed = ResourceSchema.safeParse(resource);
          assert.ok(parsed.success, `${folder}/${name} ${resource.id}: ${parsed.error?.message}`);
        }
      }
    }
  });
});
