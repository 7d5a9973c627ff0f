import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ResourceSchema } from '../../inventory/resources.js';
import { FIXTURES, fixtureTests, readFixture } from '../iac/testing.js';
import { terraformPlanReader } from './index.js';

/** Checks a plan can both pass and fail: each has a pass and a fail fixture. */
const IAC_CHECKS = [
  'cloudtrail-encrypted-with-kms',
  'cloudtrail-log-file-validation',
  'cloudtrail-multi-region-enabled',
  'data-store-classified',
  'dynamodb-point-in-time-recovery',
  'dynamodb-table-customer-key-where-required',
  'ebs-encryption-by-default',
  'ebs-volume-encrypted',
  'ec2-ami-not-public',
  'ec2-instance-imdsv2-required',
  'ec2-instance-tenancy-meets-classification',
  'elb-listener-modern-tls-policy',
  'elb-listener-tls',
  'iam-inline-policy-no-full-admin',
  'iam-password-policy-strength',
  'iam-policy-no-full-admin',
  'iam-user-policies-via-groups',
  'kms-key-custody-meets-classification',
  'kms-key-policy-no-external-access',
  'kms-key-rotation-enabled',
  'rds-auto-minor-version-upgrade',
  'rds-backup-retention',
  'rds-instance-not-public',
  'rds-snapshot-not-public',
  'rds-storage-encrypted',
  'redshift-cluster-encrypted',
  'redshift-cluster-not-public',
  'redshift-require-ssl',
  'redshift-snapshot-retention',
  's3-account-public-access-block',
  's3-bucket-access-logging',
  's3-bucket-deny-insecure-transport',
  's3-bucket-no-public-acl',
  's3-bucket-no-public-policy',
  's3-bucket-public-access-block',
  's3-bucket-versioning',
  'vpc-default-security-group-closed',
  'vpc-flow-logs-enabled',
  'vpc-management-over-private-path',
  'vpc-security-group-no-public-admin-ports',
  'vpc-security-group-no-public-all-ports',
] as const;

/**
 * S3 encrypts every bucket since January 2023: no configuration can turn default encryption off.
 * aws_snapshot_create_volume_permission takes an account id only: Terraform cannot make a snapshot public.
 */
const PASS_ONLY = ['ebs-snapshot-not-public', 's3-bucket-default-encryption'] as const;

/** Terraform cannot enable a user's MFA device: the user does, with codes, after apply. */
const FAIL_ONLY = ['iam-user-console-mfa'] as const;

/**
 * Checks whose fields no resource argument sets, and why: the root user and the credential
 * report (account history, not configuration), access key age and use (known only after
 * creation), the running state of instances (SSM), and jurisdictions, which the default policy
 * leaves unset.
 */
const NOT_FROM_PLANS = [
  'iam-root-mfa-enabled',
  'iam-root-no-access-keys',
  'iam-root-not-used-recently',
  'iam-user-access-key-rotation',
  'iam-user-unused-credentials',
  'region-within-allowed-jurisdiction',
  'ssm-instance-managed',
  'ssm-instance-patch-compliance',
] as const;

const reader = terraformPlanReader;

/** The line of a resource's address in planned_values, found in the text apart from the reader. */
function addressLine(relative: string, address: string): number {
  const lines = readFileSync(join(FIXTURES, relative), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes('"planned_values"'));
  const index = lines.findIndex((l, i) => i > start && l.includes(`"address": ${JSON.stringify(address)}`));
  assert.ok(index >= 0, `${address} not found in ${relative}`);
  return index + 1;
}

describe('Terraform plan fixtures', () => {
  fixtureTests(
    { reader, folder: 'terraform', extensions: ['json'], lineOf: addressLine },
    { both: IAC_CHECKS, passOnly: PASS_ONLY, failOnly: FAIL_ONLY, elsewhere: NOT_FROM_PLANS },
  );

  test('every fixture is recognized as a plan, and every resource matches the resource schema', () => {
    for (const folder of readdirSync(join(FIXTURES, 'terraform'))) {
      for (const name of readdirSync(join(FIXTURES, 'terraform', folder))) {
        const relative = `terraform/${folder}/${name}`;
        assert.ok(reader.recognizes(readFileSync(join(FIXTURES, relative), 'utf8')), relative);
        const { resources, notices } = readFixture(reader, relative);
        assert.deepEqual(notices, [], relative);
        for (const resource of resources) {
          const parsed = ResourceSchema.safeParse(resource);
          assert.ok(parsed.success, `${relative} ${resource.id}: ${parsed.error?.message}`);
        }
      }
    }
  });
});
