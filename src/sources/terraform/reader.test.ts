import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FIXTURE_NOW } from '../../../test/helpers/iac-examples.js';
import {
  computed,
  type PlanSpec,
  planText,
  type ResourceSpec,
  ref,
} from '../../../test/helpers/terraform-plans.js';
import { findCheck } from '../../checks/registry.js';
import type { Finding } from '../../engine/result.js';
import { evaluate } from '../../engine/run.js';
import { InputError } from '../../errors.js';
import { Inventory } from '../../inventory/inventory.js';
import type { Resource, ResourceOf, ResourceType } from '../../inventory/resources.js';
import { DEFAULT_POLICY } from '../../policy/policy.js';
import { terraformPlanReader as reader } from './index.js';

const FILE = 'infra/plan.json';

const r = (address: string, values: Record<string, unknown> = {}, actions?: string[]): ResourceSpec => ({
  address,
  values,
  ...(actions && { actions }),
});
const of = (address: string, attr = 'id') => ref(`${address}.${attr}`, address);

function read(spec: PlanSpec) {
  const text = planText(spec);
  return { text, ...reader.read(FILE, text, { parameters: {} }) };
}

function findings(spec: PlanSpec, checkId: string): Finding[] {
  const check = findCheck(checkId);
  assert.ok(check, checkId);
  return evaluate(new Inventory(read(spec).resources), DEFAULT_POLICY, [check], FIXTURE_NOW);
}

function statuses(spec: PlanSpec, checkId: string): string[] {
  return findings(spec, checkId).map((f) => `${f.resource.source?.logicalId}: ${f.status}`);
}

function only<T extends ResourceType>(resources: Resource[], type: T): ResourceOf<T> {
  const found = resources.filter((x) => x.type === type);
  assert.equal(found.length, 1, `one ${type}`);
  return found[0] as ResourceOf<T>;
}

/** The 1-based line of an address in planned_values, found apart from the reader. */
function lineOf(text: string, address: string): number {
  const lines = text.split('\n');
  return lines.findIndex((l) => l.includes(`"address": ${JSON.stringify(address)}`)) + 1;
}

const bucket = r('aws_s3_bucket.logs', { bucket: 'kestrel-logs' });

describe('terraform plan reader: recognizing and bad input', () => {
  test('recognizes plans by content, not CloudFormation JSON or other JSON', () => {
    assert.equal(reader.recognizes(planText({ root: { resources: [bucket] } })), true);
    assert.equal(reader.recognizes('{"AWSTemplateFormatVersion":"2010-09-09","Resources":{}}'), false);
    assert.equal(reader.recognizes('{"name":"demarc","version":"1.0.0"}'), false);
    assert.equal(reader.recognizes('format_version: "1.2"\nplanned_values: {}'), false);
    // Only the head is looked at: a key deep in a large file does not make it a plan.
    assert.equal(
      reader.recognizes(`{"a":"${'x'.repeat(10_000)}","format_version":"1.2","planned_values":{}}`),
      false,
    );
  });

  test('malformed JSON: one line with file, line and column', () => {
    const text = '{\n  "format_version": "1.2",\n  "planned_values": {,\n}';
    assert.throws(
      () => reader.read(FILE, text, { parameters: {} }),
      (error: Error) =>
        error instanceof InputError &&
        /^infra\/plan\.json:3:\d+: not valid JSON/.test(error.message) &&
        !error.message.includes('\n'),
    );
  });

  test('JSON that is not a plan: a state, an array, an object without format_version', () => {
    const cases: [string, RegExp][] = [
      [
        '{"format_version":"1.0","terraform_version":"1.9.8","values":{}}',
        /^infra\/plan\.json:1: not a Terraform plan: a Terraform state/,
      ],
      ['[1, 2]', /^infra\/plan\.json:1: not a Terraform plan: the JSON is not an object/],
      ['{"planned_values":{}}', /^infra\/plan\.json:1: not a Terraform plan: no format_version/],
    ];
    for (const [text, expected] of cases) {
      assert.throws(
        () => reader.read(FILE, text, { parameters: {} }),
        (e: Error) => e instanceof InputError && expected.test(e.message),
      );
    }
  });

  test('a plan of the wrong shape names the JSON path and its line', () => {
    const plan = JSON.parse(planText({ root: { resources: [bucket] } }));
    plan.resource_changes[0].change.actions = 'create';
    const text = JSON.stringify(plan, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"actions": "create"')) + 1;
    assert.throws(
      () => reader.read(FILE, text, { parameters: {} }),
      (e: Error) =>
        e instanceof InputError &&
        e.message.startsWith(`${FILE}:${line}: resource_changes[0].change.actions: `),
    );
  });

  test('references that are not a list of strings are bad input naming their path, not an internal error', () => {
    // Found by the fuzz suite (test/fuzz): `references: "x"` reached resolve() and failed on refs.some.
    const plan = JSON.parse(
      planText({
        root: {
          resources: [
            r('aws_s3_bucket.logs'),
            r('aws_s3_bucket_versioning.v', { bucket: of('aws_s3_bucket.logs') }),
          ],
        },
      }),
    );
    const resources = plan.configuration.root_module.resources as { expressions: Record<string, unknown> }[];
    const index = resources.findIndex((res) => 'bucket' in res.expressions);
    for (const bad of ['aws_s3_bucket.logs.id', [1], { a: 1 }, null]) {
      (resources[index] as { expressions: Record<string, unknown> }).expressions.bucket = { references: bad };
      const text = JSON.stringify(plan, null, 2);
      assert.throws(
        () => reader.read(FILE, text, { parameters: {} }),
        (e: Error) =>
          e instanceof InputError &&
          e.message.includes(
            `configuration.root_module.resources[${index}].expressions.bucket.references: `,
          ) &&
          e.message.includes('expected the references as a list of strings'),
        JSON.stringify(bad),
      );
    }
  });

  test('a plan nested too deeply to walk is bad input at the deepest line, not an internal error', () => {
    const plan = JSON.parse(planText({ root: { resources: [bucket] } }));
    plan.resource_changes[0].change.after_unknown.deep = 'DEEP';
    const depth = 50_000;
    const text = JSON.stringify(plan, null, 2).replace(
      '"DEEP"',
      `${'{"a":'.repeat(depth)}\n1${'}'.repeat(depth)}`,
    );
    const line = text.split('\n').findIndex((l) => l.includes('{"a":{"a":')) + 1;
    assert.throws(
      () => reader.read(FILE, text, { parameters: {} }),
      (e: Error) =>
        e instanceof InputError && e.message === `${FILE}:${line}: the plan nests too deeply to read`,
    );
  });

  test('an errored plan is read, with a notice', () => {
    const plan = JSON.parse(planText({ root: { resources: [bucket] } }));
    plan.errored = true;
    const result = reader.read(FILE, JSON.stringify(plan), { parameters: {} });
    assert.equal(result.resources.length, 1);
    assert.match(result.notices[0]?.message ?? '', /errored/);
  });
});

describe('terraform plan reader: ids, lines and regions', () => {
  test("a bucket's ARN carries its region's partition, the European Sovereign Cloud's included", () => {
    const arnIn = (region: string) =>
      only(read({ root: { resources: [bucket] }, region }).resources, 'S3Bucket').id;
    assert.equal(arnIn('eusc-de-east-1'), 'arn:aws-eusc:s3:::kestrel-logs');
    assert.equal(arnIn('cn-north-1'), 'arn:aws-cn:s3:::kestrel-logs');
    assert.equal(arnIn('us-gov-west-1'), 'arn:aws-us-gov:s3:::kestrel-logs');
  });

  test('a bucket is known by its ARN, other resources by file and address; lines point at planned_values', () => {
    const { text, resources } = read({
      root: {
        resources: [
          bucket,
          r('aws_ebs_volume.data', { size: 10, encrypted: true, availability_zone: 'eu-central-1a' }),
        ],
      },
      region: 'eu-central-1',
      regionVariable: true,
    });
    const s3 = only(resources, 'S3Bucket');
    assert.equal(s3.id, 'arn:aws:s3:::kestrel-logs');
    assert.deepEqual(s3.source, {
      kind: 'terraform',
      file: FILE,
      line: lineOf(text, 'aws_s3_bucket.logs'),
      logicalId: 'aws_s3_bucket.logs',
    });
    const volume = only(resources, 'EbsVolume');
    assert.equal(volume.id, `tf:${FILE}#aws_ebs_volume.data`);
    // The region comes from the provider block, through var.region.
    assert.equal(volume.region, 'eu-central-1');
    assert.equal(volume.account, '');
  });

  test('the account comes from data.aws_caller_identity when the plan has it', () => {
    const { resources } = read({ root: { resources: [bucket] }, account: '111122223333' });
    assert.equal(only(resources, 'S3Bucket').account, '111122223333');
  });
});

describe('terraform plan reader: split resources joined to their owner', () => {
  const split = (target: unknown): ResourceSpec[] => [
    r('aws_s3_bucket_versioning.logs', { bucket: target, versioning_configuration: [{ status: 'Enabled' }] }),
    r('aws_s3_bucket_public_access_block.logs', {
      bucket: target,
      block_public_acls: true,
      ignore_public_acls: true,
      block_public_policy: true,
      restrict_public_buckets: false,
    }),
    r('aws_s3_bucket_logging.logs', {
      bucket: target,
      target_bucket: 'kestrel-audit',
      target_prefix: 'logs/',
    }),
    r('aws_s3_bucket_server_side_encryption_configuration.logs', {
      bucket: target,
      rule: [
        {
          apply_server_side_encryption_by_default: [
            { sse_algorithm: 'aws:kms', kms_master_key_id: 'alias/logs' },
          ],
        },
      ],
    }),
    r('aws_s3_bucket_policy.logs', {
      bucket: target,
      policy: JSON.stringify({
        Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }],
      }),
    }),
    r('aws_s3_bucket_ownership_controls.logs', {
      bucket: target,
      rule: [{ object_ownership: 'BucketOwnerPreferred' }],
    }),
    r('aws_s3_bucket_acl.logs', { bucket: target, acl: 'log-delivery-write' }),
  ];

  for (const [how, target] of [
    ['by a reference whose id is known only after apply', of('aws_s3_bucket.logs')],
    ['by the bucket name as a constant', 'kestrel-logs'],
  ] as const) {
    test(`S3 settings ${how}`, () => {
      const s3 = only(read({ root: { resources: [bucket, ...split(target)] } }).resources, 'S3Bucket');
      assert.equal(s3.versioning, 'Enabled');
      assert.deepEqual(s3.publicAccessBlock, {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: false,
      });
      assert.deepEqual(s3.logging, { targetBucket: 'kestrel-audit', targetPrefix: 'logs/' });
      assert.deepEqual(s3.encryption, { enabled: true, algorithm: 'aws:kms', kmsKeyId: 'alias/logs' });
      assert.equal(s3.policy?.Statement && (s3.policy.Statement as { Effect: string }[])[0]?.Effect, 'Deny');
      assert.equal(s3.objectOwnership, 'BucketOwnerPreferred');
      assert.deepEqual(
        s3.aclGrants?.map((g) => g.permission),
        ['WRITE', 'READ_ACP'],
      );
    });
  }

  test('a split resource whose bucket cannot be told leaves the setting unknown: not assessed, never pass', () => {
    const spec = {
      root: {
        resources: [
          bucket,
          r('aws_s3_bucket_versioning.other', {
            bucket: ref('var.bucket_name'),
            versioning_configuration: [{ status: 'Enabled' }],
          }),
        ],
      },
    };
    assert.equal(only(read(spec).resources, 'S3Bucket').versioning, undefined);
    assert.deepEqual(statuses(spec, 's3-bucket-versioning'), ['aws_s3_bucket.logs: not_assessed']);
  });

  test('an ACL name that is no canned ACL leaves the grants unknown, even one named like an object key', () => {
    for (const acl of ['constructor', '__proto__', 'toString']) {
      const own = { root: { resources: [r('aws_s3_bucket.logs', { bucket: 'kestrel-logs', acl })] } };
      const split = {
        root: { resources: [bucket, r('aws_s3_bucket_acl.logs', { bucket: of('aws_s3_bucket.logs'), acl })] },
      };
      for (const spec of [own, split]) {
        assert.equal(only(read(spec).resources, 'S3Bucket').aclGrants, undefined, acl);
        assert.deepEqual(
          statuses(spec, 's3-bucket-no-public-acl'),
          ['aws_s3_bucket.logs: not_assessed'],
          acl,
        );
      }
    }
  });

  test('a split resource naming a bucket outside the plan leaves this bucket to its defaults', () => {
    const spec = {
      root: {
        resources: [
          bucket,
          r('aws_s3_bucket_versioning.other', {
            bucket: 'someone-else',
            versioning_configuration: [{ status: 'Enabled' }],
          }),
        ],
      },
    };
    const s3 = only(read(spec).resources, 'S3Bucket');
    assert.equal(s3.versioning, 'Disabled');
    assert.ok(s3.defaults?.includes('versioning'));
  });

  test('account-level S3 Block Public Access', () => {
    const account = only(
      read({
        root: {
          resources: [
            r('aws_s3_account_public_access_block.this', {
              block_public_acls: true,
              ignore_public_acls: true,
              block_public_policy: true,
              restrict_public_buckets: true,
            }),
          ],
        },
      }).resources,
      'AwsAccount',
    );
    assert.equal(account.s3PublicAccessBlock?.restrictPublicBuckets, true);
    assert.equal(account.rootMfaEnabled, undefined);
  });

  test('security group rules, legacy and VPC ingress rules, join their group by reference', () => {
    const spec = {
      root: {
        resources: [
          r('aws_security_group.app', { name: 'app', vpc_id: 'vpc-0abc' }),
          r('aws_security_group_rule.ssh', {
            type: 'ingress',
            security_group_id: of('aws_security_group.app'),
            protocol: 'tcp',
            from_port: 22,
            to_port: 22,
            cidr_blocks: ['0.0.0.0/0'],
          }),
          r('aws_vpc_security_group_ingress_rule.https', {
            security_group_id: of('aws_security_group.app'),
            ip_protocol: 'tcp',
            from_port: 443,
            to_port: 443,
            cidr_ipv6: '::/0',
          }),
          r('aws_security_group_rule.out', {
            type: 'egress',
            security_group_id: of('aws_security_group.app'),
            protocol: '-1',
            from_port: 0,
            to_port: 0,
            cidr_blocks: ['10.0.0.0/8'],
          }),
        ],
      },
    };
    const group = only(read(spec).resources, 'SecurityGroup');
    assert.deepEqual(
      group.ingress?.map((rule) => [rule.fromPort, rule.ipv4Ranges, rule.ipv6Ranges]),
      [
        [22, ['0.0.0.0/0'], []],
        [443, [], ['::/0']],
      ],
    );
    assert.deepEqual(
      group.egress?.map((rule) => rule.ipv4Ranges),
      [['10.0.0.0/8']],
    );
    assert.deepEqual(statuses(spec, 'vpc-security-group-no-public-admin-ports'), [
      'aws_security_group.app: fail',
    ]);
  });

  test("a rule whose group cannot be told leaves every group's rules unknown", () => {
    const spec = {
      root: {
        resources: [
          r('aws_security_group.app', { name: 'app', vpc_id: 'vpc-0abc' }),
          r('aws_vpc_security_group_ingress_rule.ssh', {
            security_group_id: ref('var.group_id'),
            ip_protocol: 'tcp',
            from_port: 22,
            to_port: 22,
            cidr_ipv4: '0.0.0.0/0',
          }),
        ],
      },
    };
    assert.equal(only(read(spec).resources, 'SecurityGroup').ingress, undefined);
    assert.deepEqual(statuses(spec, 'vpc-security-group-no-public-admin-ports'), [
      'aws_security_group.app: not_assessed',
    ]);
  });

  test('EBS encryption by default becomes the region settings, in the provider region', () => {
    const settings = only(
      read({
        root: { resources: [r('aws_ebs_encryption_by_default.this', { enabled: true })] },
        region: 'eu-north-1',
      }).resources,
      'Ec2RegionSettings',
    );
    assert.equal(settings.ebsEncryptionByDefault, true);
    assert.equal(settings.region, 'eu-north-1');
  });

  test('EBS encryption by default reaches only volumes surely in its region: unknown regions never match', () => {
    // Provider `aws` and `aws.dr`, both with a region the plan does not know.
    const twoProviders = (volume: ResourceSpec, provider: string) => {
      const on = r('aws_ebs_encryption_by_default.on', { enabled: true }, ['no-op']);
      const plan = JSON.parse(planText({ root: { resources: [on, volume] } }));
      plan.configuration.provider_config = {
        aws: { name: 'aws', expressions: { region: { references: ['local.primary'] } } },
        'aws.dr': { name: 'aws', alias: 'dr', expressions: { region: { references: ['local.dr'] } } },
      };
      plan.configuration.root_module.resources[1].provider_config_key = provider;
      const text = JSON.stringify(plan);
      const { resources } = reader.read(FILE, text, { parameters: {} });
      const check = findCheck('ebs-volume-encrypted');
      assert.ok(check);
      const [finding] = evaluate(new Inventory(resources), DEFAULT_POLICY, [check], FIXTURE_NOW);
      return { volume: only(resources, 'EbsVolume'), status: finding?.status };
    };
    const inZone = r('aws_ebs_volume.data', { size: 10, availability_zone: 'eu-west-1a' });
    const zoneUnknown = r('aws_ebs_volume.data', { size: 10, availability_zone: ref('var.zone') });
    const dr = twoProviders(zoneUnknown, 'aws.dr');
    assert.equal(dr.volume.region, 'unknown (aws.dr)');
    assert.equal(dr.volume.encrypted, undefined);
    assert.equal(dr.status, 'not_assessed');
    // The zone tells the volume's region, but not whether the default provider's region is that one.
    const zoned = twoProviders(inZone, 'aws.dr');
    assert.equal(zoned.volume.region, 'eu-west-1');
    assert.equal(zoned.status, 'not_assessed');
    // Under the same provider configuration, the region is the same, whatever it is.
    const same = twoProviders(zoneUnknown, 'aws');
    assert.equal(same.volume.region, 'unknown');
    assert.equal(same.status, 'pass');
  });

  test('a KMS key takes its policy from aws_kms_key_policy', () => {
    const policy = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }],
    });
    const spec = {
      root: {
        resources: [
          r('aws_kms_key.data', { enable_key_rotation: true, policy: computed() }),
          r('aws_kms_key_policy.data', { key_id: of('aws_kms_key.data'), policy }),
        ],
      },
    };
    const key = only(read(spec).resources, 'KmsKey');
    assert.equal((key.policy?.Statement as { Principal: string }[] | undefined)?.[0]?.Principal, '*');
    assert.deepEqual(statuses(spec, 'kms-key-policy-no-external-access'), ['aws_kms_key.data: fail']);
  });
});

describe('terraform plan reader: snapshot and image sharing', () => {
  const ami = r('aws_ami.web', { name: 'web', virtualization_type: 'hvm', root_device_name: '/dev/xvda' });
  const existingAmi = r('aws_ami.web', { id: 'ami-0abc1234def567890', name: 'web' }, ['no-op']);
  const grant = (image: unknown, more: Record<string, unknown>, name = 'share') =>
    r(`aws_ami_launch_permission.${name}`, { image_id: image, ...more });

  test("a new image with no launch permission is private: AWS's default, marked as one", () => {
    const image = only(read({ root: { resources: [ami] } }).resources, 'Ami');
    assert.equal(image.public, false);
    assert.deepEqual(image.sharedWithAccounts, []);
    assert.deepEqual(image.defaults, ['public', 'sharedWithAccounts']);
    // An image read from state may carry permissions granted elsewhere.
    const existing = only(read({ root: { resources: [existingAmi] } }).resources, 'Ami');
    assert.equal(existing.public, undefined);
    assert.equal(existing.sharedWithAccounts, undefined);
    assert.equal(existing.defaults, undefined);
  });

  test('launch permissions join a new image by reference, whose id is known only after apply', () => {
    const spec = {
      root: {
        resources: [
          ami,
          grant(of('aws_ami.web'), { account_id: '444455556666' }, 'account'),
          grant(
            of('aws_ami.web'),
            { organization_arn: 'arn:aws:organizations::111122223333:organization/o-abc123' },
            'org',
          ),
        ],
      },
    };
    const image = only(read(spec).resources, 'Ami');
    assert.equal(image.public, false);
    assert.deepEqual(image.sharedWithAccounts, [
      '444455556666',
      'arn:aws:organizations::111122223333:organization/o-abc123',
    ]);
    assert.equal(image.defaults, undefined);
    assert.deepEqual(statuses(spec, 'ec2-ami-not-public'), ['aws_ami.web: pass']);
    const open = { root: { resources: [ami, grant(of('aws_ami.web'), { group: 'all' })] } };
    assert.deepEqual(statuses(open, 'ec2-ami-not-public'), ['aws_ami.web: fail']);
  });

  test('a launch permission joins an existing image by its id; only "public" can be told of it', () => {
    const open = { root: { resources: [existingAmi, grant('ami-0abc1234def567890', { group: 'all' })] } };
    assert.equal(only(read(open).resources, 'Ami').public, true);
    assert.deepEqual(statuses(open, 'ec2-ami-not-public'), ['aws_ami.web: fail']);
    const shared = {
      root: { resources: [existingAmi, grant('ami-0abc1234def567890', { account_id: '444455556666' })] },
    };
    assert.deepEqual(statuses(shared, 'ec2-ami-not-public'), ['aws_ami.web: not_assessed']);
  });

  test('a launch permission for an image outside the plan leaves a new image private', () => {
    const image = only(
      read({ root: { resources: [ami, grant('ami-0fff0000aaaa11112', { group: 'all' })] } }).resources,
      'Ami',
    );
    assert.equal(image.public, false);
    assert.deepEqual(image.defaults, ['public', 'sharedWithAccounts']);
  });

  test('a permission whose owner cannot be told leaves sharing unknown: not assessed, never a default', () => {
    const spec = { root: { resources: [ami, grant(ref('var.image_id'), { group: 'all' })] } };
    const image = only(read(spec).resources, 'Ami');
    assert.equal(image.public, undefined);
    assert.equal(image.sharedWithAccounts, undefined);
    assert.equal(image.defaults, undefined);
    assert.deepEqual(statuses(spec, 'ec2-ami-not-public'), ['aws_ami.web: not_assessed']);
    // A public grant joined to the image still tells, whatever the orphan is.
    const both = {
      root: { resources: [...spec.root.resources, grant(of('aws_ami.web'), { group: 'all' }, 'open')] },
    };
    assert.deepEqual(statuses(both, 'ec2-ami-not-public'), ['aws_ami.web: fail']);
  });

  test('a launch permission whose group is known only after apply leaves "public" unknown', () => {
    const spec = { root: { resources: [ami, grant(of('aws_ami.web'), { group: ref('var.group') })] } };
    assert.deepEqual(statuses(spec, 'ec2-ami-not-public'), ['aws_ami.web: not_assessed']);
  });

  test('create-volume permissions join snapshots by reference and by id; an orphan leaves them unknown', () => {
    const volume = r('aws_ebs_volume.data', { availability_zone: 'eu-west-1a', size: 10, encrypted: true });
    const snapshot = r('aws_ebs_snapshot.data', {
      volume_id: of('aws_ebs_volume.data'),
      encrypted: computed(),
    });
    const permission = (target: unknown) =>
      r('aws_snapshot_create_volume_permission.backup', { snapshot_id: target, account_id: '444455556666' });
    const byRef = only(
      read({ root: { resources: [volume, snapshot, permission(of('aws_ebs_snapshot.data'))] } }).resources,
      'EbsSnapshot',
    );
    assert.equal(byRef.public, false);
    assert.deepEqual(byRef.sharedWithAccounts, ['444455556666']);
    // A snapshot of an encrypted volume is encrypted.
    assert.equal(byRef.encrypted, true);
    assert.equal(byRef.volumeId, 'tf:infra/plan.json#aws_ebs_volume.data');

    const existing = r('aws_ebs_snapshot.data', { id: 'snap-0abc1234def567890', volume_id: 'vol-0abc' }, [
      'no-op',
    ]);
    const byId = only(
      read({ root: { resources: [existing, permission('snap-0abc1234def567890')] } }).resources,
      'EbsSnapshot',
    );
    assert.equal(byId.public, undefined);
    assert.equal(byId.volumeId, 'vol-0abc');

    const fresh = only(read({ root: { resources: [snapshot] } }).resources, 'EbsSnapshot');
    assert.equal(fresh.public, false);
    assert.deepEqual(fresh.defaults, ['public', 'sharedWithAccounts']);

    const orphan = { root: { resources: [snapshot, permission(ref('var.snapshot_id'))] } };
    assert.equal(only(read(orphan).resources, 'EbsSnapshot').public, undefined);
    assert.deepEqual(statuses(orphan, 'ebs-snapshot-not-public'), ['aws_ebs_snapshot.data: not_assessed']);
  });
});

describe('terraform plan reader: Classic Load Balancer TLS policies', () => {
  const elb = r('aws_elb.legacy', {
    name: 'legacy',
    availability_zones: ['eu-west-1a'],
    listener: [
      {
        lb_port: 443,
        lb_protocol: 'https',
        instance_port: 8080,
        instance_protocol: 'http',
        ssl_certificate_id: 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d',
      },
    ],
  });
  const policy = (elbName: unknown, reference: string) =>
    r('aws_load_balancer_policy.tls', {
      load_balancer_name: elbName,
      policy_name: 'legacy-tls',
      policy_type_name: 'SSLNegotiationPolicyType',
      policy_attribute: [{ name: 'Reference-Security-Policy', value: reference }],
    });
  const listenerPolicy = (elbName: unknown, names: unknown, port = 443) =>
    r('aws_load_balancer_listener_policy.tls', {
      load_balancer_name: elbName,
      load_balancer_port: port,
      policy_names: names,
    });
  const check = 'elb-listener-modern-tls-policy';
  const byRef = of('aws_elb.legacy', 'name');

  test('a listener policy sets its SSLNegotiationPolicyType policy on the listener, joined by reference', () => {
    const spec = (reference: string) => ({
      root: { resources: [elb, policy(byRef, reference), listenerPolicy(byRef, ['legacy-tls'])] },
    });
    const lb = only(read(spec('ELBSecurityPolicy-TLS-1-2-2017-01')).resources, 'LoadBalancer');
    assert.deepEqual(lb.listeners, [
      { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
    ]);
    assert.deepEqual(statuses(spec('ELBSecurityPolicy-TLS-1-2-2017-01'), check), ['aws_elb.legacy: pass']);
    assert.deepEqual(statuses(spec('ELBSecurityPolicy-2016-08'), check), ['aws_elb.legacy: fail']);
  });

  test('joined by the load balancer name, with policy names known only after apply', () => {
    const names = ref('aws_load_balancer_policy.tls.policy_name', 'aws_load_balancer_policy.tls');
    const spec = {
      root: {
        resources: [
          elb,
          policy('legacy', 'ELBSecurityPolicy-TLS-1-2-2017-01'),
          listenerPolicy('legacy', names),
        ],
      },
    };
    assert.deepEqual(statuses(spec, check), ['aws_elb.legacy: pass']);
  });

  test('a custom policy is named by itself; a policy on another port or none leaves the listener unknown', () => {
    const custom = r('aws_load_balancer_policy.tls', {
      load_balancer_name: byRef,
      policy_name: 'legacy-tls',
      policy_type_name: 'SSLNegotiationPolicyType',
      policy_attribute: [{ name: 'Protocol-TLSv1.2', value: 'true' }],
    });
    const spec = { root: { resources: [elb, custom, listenerPolicy(byRef, ['legacy-tls'])] } };
    assert.equal(only(read(spec).resources, 'LoadBalancer').listeners?.[0]?.sslPolicy, 'legacy-tls');
    assert.deepEqual(statuses(spec, check), ['aws_elb.legacy: not_assessed']);
    const otherPort = {
      root: {
        resources: [
          elb,
          policy(byRef, 'ELBSecurityPolicy-TLS-1-2-2017-01'),
          listenerPolicy(byRef, ['legacy-tls'], 8443),
        ],
      },
    };
    assert.deepEqual(statuses(otherPort, check), ['aws_elb.legacy: not_assessed']);
    assert.deepEqual(statuses({ root: { resources: [elb] } }, check), ['aws_elb.legacy: not_assessed']);
  });

  test('a listener policy whose load balancer cannot be told leaves the policy unknown', () => {
    const spec = {
      root: {
        resources: [
          elb,
          policy(byRef, 'ELBSecurityPolicy-TLS-1-2-2017-01'),
          listenerPolicy(ref('var.elb_name'), ['legacy-tls']),
        ],
      },
    };
    assert.equal(only(read(spec).resources, 'LoadBalancer').listeners?.[0]?.sslPolicy, undefined);
    assert.deepEqual(statuses(spec, check), ['aws_elb.legacy: not_assessed']);
  });
});

describe('terraform plan reader: child modules', () => {
  const module = {
    resources: [
      r('aws_s3_bucket.this', { bucket: ref('var.name') }),
      r('aws_s3_bucket_versioning.this', {
        bucket: of('aws_s3_bucket.this'),
        versioning_configuration: [{ status: 'Enabled' }],
      }),
    ],
  };

  test('resources of every module instance, each joined to its own split resources, at their own line', () => {
    const spec: PlanSpec = {
      root: {
        resources: [bucket],
        calls: { archive: { inputs: { name: 'kestrel-archive' }, keys: ['eu', 'us'], module } },
      },
    };
    const { text, resources } = read(spec);
    const buckets = resources.filter((x) => x.type === 'S3Bucket');
    assert.deepEqual(
      buckets.map((b) => [b.source.logicalId, b.source.line === lineOf(text, b.source.logicalId ?? '')]),
      [
        ['aws_s3_bucket.logs', true],
        ['module.archive["eu"].aws_s3_bucket.this', true],
        ['module.archive["us"].aws_s3_bucket.this', true],
      ],
    );
    assert.deepEqual(statuses(spec, 's3-bucket-versioning'), [
      'aws_s3_bucket.logs: fail',
      'module.archive["eu"].aws_s3_bucket.this: pass',
      'module.archive["us"].aws_s3_bucket.this: pass',
    ]);
  });

  test('a root resource follows a module output to the bucket inside', () => {
    const spec: PlanSpec = {
      root: {
        resources: [
          r('aws_s3_bucket_logging.archive', {
            bucket: ref('module.archive.bucket_id', 'module.archive'),
            target_bucket: 'kestrel-logs',
          }),
        ],
        calls: {
          archive: {
            inputs: { name: 'kestrel-archive' },
            module: {
              resources: [r('aws_s3_bucket.this', { bucket: 'kestrel-archive' })],
              outputs: { bucket_id: ['aws_s3_bucket.this.id', 'aws_s3_bucket.this'] },
            },
          },
        },
      },
    };
    const s3 = only(read(spec).resources, 'S3Bucket');
    assert.equal(s3.source.logicalId, 'module.archive.aws_s3_bucket.this');
    assert.deepEqual(s3.logging, { targetBucket: 'kestrel-logs' });
  });
});

describe('terraform plan reader: unknown values', () => {
  test('an argument known only after apply is unknown: not assessed, never pass', () => {
    const spec = {
      root: {
        resources: [
          r('aws_db_instance.orders', {
            identifier: 'orders',
            engine: 'postgres',
            storage_encrypted: ref('var.encrypt'),
            publicly_accessible: false,
            backup_retention_period: 14,
            auto_minor_version_upgrade: true,
          }),
        ],
      },
    };
    const db = only(read(spec).resources, 'RdsInstance');
    assert.equal(db.storageEncrypted, undefined);
    assert.deepEqual(statuses(spec, 'rds-storage-encrypted'), ['aws_db_instance.orders: not_assessed']);
    assert.deepEqual(statuses(spec, 'rds-instance-not-public'), ['aws_db_instance.orders: pass']);
  });

  test("unset on a new resource takes AWS's default, marked as one; on an existing one it stays unknown", () => {
    const values = { identifier: 'orders', engine: 'postgres' };
    const created = only(
      read({ root: { resources: [r('aws_db_instance.orders', values)] } }).resources,
      'RdsInstance',
    );
    assert.equal(created.storageEncrypted, false);
    assert.ok(created.defaults?.includes('storageEncrypted'));
    const existing = only(
      read({ root: { resources: [r('aws_db_instance.orders', values, ['no-op'])] } }).resources,
      'RdsInstance',
    );
    assert.equal(existing.storageEncrypted, undefined);
  });

  test('a new volume written unencrypted fails as written, naming EBS encryption by default', () => {
    const volume = r('aws_ebs_volume.data', { size: 10, encrypted: false, availability_zone: 'eu-west-1a' });
    const [alone] = findings({ root: { resources: [volume] } }, 'ebs-volume-encrypted');
    assert.equal(alone?.status, 'fail');
    assert.match(
      alone?.reason ?? '',
      /EBS encryption by default, an account setting the configuration cannot show/,
    );
    const off = r('aws_ebs_encryption_by_default.this', { enabled: false });
    const [withOff] = findings({ root: { resources: [off, volume] } }, 'ebs-volume-encrypted');
    assert.equal(withOff?.status, 'fail');
    assert.match(withOff?.reason ?? '', /EBS encryption by default is off .*set by this configuration/);
    // Turned on by the same apply, the setting may come after the volume: still judged as written.
    const on = r('aws_ebs_encryption_by_default.this', { enabled: true });
    assert.deepEqual(statuses({ root: { resources: [on, volume] } }, 'ebs-volume-encrypted'), [
      'aws_ebs_volume.data: fail',
    ]);
  });
  test('an existing IAM user, group or role may have policies, keys or a password made elsewhere', () => {
    const user = r('aws_iam_user.alice', { name: 'alice' }, ['no-op']);
    const group = r('aws_iam_group.ops', { name: 'ops' }, ['update']);
    const role = r('aws_iam_role.app', { name: 'app', assume_role_policy: '{}' }, ['no-op']);
    const spec = { root: { resources: [user, group, role] } };
    const { resources } = read(spec);
    const alice = only(resources, 'IamUser');
    assert.equal(alice.consoleAccess, undefined);
    assert.equal(alice.accessKeys, undefined);
    assert.equal(alice.attachedPolicyArns, undefined);
    assert.equal(alice.inlinePolicies, undefined);
    assert.equal(alice.groups, undefined);
    const ops = only(resources, 'IamGroup');
    assert.equal(ops.attachedPolicyArns, undefined);
    assert.equal(ops.members, undefined);
    assert.equal(only(resources, 'IamRole').inlinePolicies, undefined);
    assert.deepEqual(statuses(spec, 'iam-user-policies-via-groups'), ['aws_iam_user.alice: not_assessed']);
    // What the plan declares for it still counts: a login profile, a policy attachment.
    const login = r('aws_iam_user_login_profile.alice', { user: 'alice' });
    const attach = r('aws_iam_user_policy_attachment.alice', {
      user: 'alice',
      policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    });
    const declared = { root: { resources: [user, login, attach] } };
    assert.equal(only(read(declared).resources, 'IamUser').consoleAccess, true);
    assert.deepEqual(statuses(declared, 'iam-user-policies-via-groups'), ['aws_iam_user.alice: fail']);
    // A role that exists reads back the managed policies attached to it anywhere.
    const readBack = r(
      'aws_iam_role.app',
      {
        name: 'app',
        assume_role_policy: '{}',
        managed_policy_arns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      },
      ['no-op'],
    );
    const app = only(read({ root: { resources: [readBack] } }).resources, 'IamRole');
    assert.deepEqual(app.attachedPolicyArns, ['arn:aws:iam::aws:policy/ReadOnlyAccess']);
  });

  test('a new IAM user has only what the plan declares', () => {
    const spec = { root: { resources: [r('aws_iam_user.alice', { name: 'alice' })] } };
    const alice = only(read(spec).resources, 'IamUser');
    assert.equal(alice.consoleAccess, false);
    assert.deepEqual(alice.accessKeys, []);
    assert.deepEqual(statuses(spec, 'iam-user-policies-via-groups'), ['aws_iam_user.alice: pass']);
  });
});

describe('terraform plan reader: suppressions in tags', () => {
  const tagged = (tags: Record<string, string>) => ({
    root: { resources: [r('aws_s3_bucket.logs', { bucket: 'kestrel-logs', tags })] },
  });

  test('demarc:suppress with check ids and a reason suppresses those checks', () => {
    const spec = tagged({
      'demarc:suppress':
        's3-bucket-versioning s3-bucket-access-logging: log bucket, objects are written once',
    });
    const [finding] = findings(spec, 's3-bucket-versioning');
    assert.equal(finding?.status, 'fail');
    assert.deepEqual(finding?.suppressed, { by: 'inline', reason: 'log bucket, objects are written once' });
    assert.deepEqual(read(spec).notices, []);
  });

  test('demarc:suppress:<check-id> gives one check its own reason', () => {
    const spec = tagged({ 'demarc:suppress:s3-bucket-versioning': 'replaced nightly from the source' });
    assert.equal(
      findings(spec, 's3-bucket-versioning')[0]?.suppressed?.reason,
      'replaced nightly from the source',
    );
  });

  test('a suppression without a reason is not applied and becomes a notice at the resource line', () => {
    const cases: Record<string, string>[] = [
      { 'demarc:suppress': 's3-bucket-versioning' },
      { 'demarc:suppress:s3-bucket-versioning': ' ' },
    ];
    for (const tags of cases) {
      const spec = tagged(tags);
      assert.equal(findings(spec, 's3-bucket-versioning')[0]?.suppressed, undefined);
      const { text, notices } = read(spec);
      assert.equal(notices.length, 1);
      assert.equal(notices[0]?.file, FILE);
      assert.equal(notices[0]?.line, lineOf(text, 'aws_s3_bucket.logs'));
      assert.match(
        notices[0]?.message ?? '',
        /aws_s3_bucket\.logs: tag demarc:suppress.* is not applied: .*no reason/,
      );
    }
  });

  test('a suppression naming something that is not a check id is not applied', () => {
    const { notices, resources } = read(tagged({ 'demarc:suppress': 'Versioning!: because' }));
    assert.equal(only(resources, 'S3Bucket').suppressions, undefined);
    assert.match(notices[0]?.message ?? '', /'Versioning!' is not a check id/);
  });
});
