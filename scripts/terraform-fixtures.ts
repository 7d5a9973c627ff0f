/**
 * Writes the Terraform plan examples (the `terraform-plan` pass and fail sources in each check's
 * examples.ts) from the short descriptions below: a plan's JSON repeats each resource three times
 * (planned values, change, configuration), which is tedious and error-prone by hand. Run
 * `npm run -s build && node dist/scripts/terraform-fixtures.js && npx biome check --write src/checks`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { findCheck } from '../src/checks/registry.js';
import {
  computed,
  type PlanSpec,
  planText,
  type ResourceSpec,
  ref,
} from '../test/helpers/terraform-plans.js';
import { setSource } from './inline-examples.js';

const REPO = join(import.meta.dirname, '..', '..');
const CHECKS_DIR = join(REPO, 'src', 'checks');

/** A plan's JSON laid out as the repository's formatter lays out JSON, so regenerating changes no byte it need not. */
const formatted = (json: string): string =>
  execFileSync(join(REPO, 'node_modules', '.bin', 'biome'), ['format', '--stdin-file-path=plan.json'], {
    input: json,
    encoding: 'utf8',
  });
const ACCOUNT = '111122223333';

const r = (address: string, values: Record<string, unknown> = {}, actions?: string[]): ResourceSpec => ({
  address,
  values,
  ...(actions && { actions }),
});
const plan = (resources: ResourceSpec[], more: Partial<PlanSpec> = {}): PlanSpec => ({
  root: { resources },
  ...more,
});
const tags = (classification: string) => ({ tags: { DataClassification: classification } });
const of = (address: string, attr = 'id') => ref(`${address}.${attr}`, address);

const bucket = (name: string, more: Record<string, unknown> = {}) =>
  r(`aws_s3_bucket.${name}`, { bucket: `kestrel-${name.replace(/_/g, '-')}`, force_destroy: false, ...more });
const bpa = (name: string, on: boolean) =>
  r(`aws_s3_bucket_public_access_block.${name}`, {
    bucket: of(`aws_s3_bucket.${name}`),
    block_public_acls: on,
    ignore_public_acls: on,
    block_public_policy: on,
    restrict_public_buckets: on,
  });
const accountBpa = (on: boolean) =>
  r('aws_s3_account_public_access_block.this', {
    block_public_acls: on,
    ignore_public_acls: on,
    block_public_policy: on,
    restrict_public_buckets: on,
  });
const kmsKey = (name: string, more: Record<string, unknown> = {}) =>
  r(`aws_kms_key.${name}`, {
    description: `${name} key`,
    enable_key_rotation: true,
    is_enabled: true,
    key_usage: 'ENCRYPT_DECRYPT',
    customer_master_key_spec: 'SYMMETRIC_DEFAULT',
    key_id: computed(),
    policy: computed(),
    ...more,
  });
const policyJson = (statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const trail = (more: Record<string, unknown>) =>
  r('aws_cloudtrail.main', {
    name: 'main',
    s3_bucket_name: 'kestrel-cloudtrail',
    is_multi_region_trail: true,
    include_global_service_events: true,
    enable_logging: true,
    enable_log_file_validation: true,
    is_organization_trail: false,
    kms_key_id: null,
    ...more,
  });
const vpc = (more: Record<string, unknown> = {}) =>
  r('aws_vpc.main', { cidr_block: '10.1.0.0/16', instance_tenancy: 'default', ...more });
const flowLog = r('aws_flow_log.main', {
  vpc_id: of('aws_vpc.main'),
  traffic_type: 'ALL',
  log_destination: 'arn:aws:s3:::kestrel-flow-logs',
  log_destination_type: 's3',
});
const group = (name: string, ingress: unknown[] | null = null) =>
  r(`aws_security_group.${name}`, {
    name,
    description: name,
    vpc_id: of('aws_vpc.main'),
    ...(ingress && { ingress }),
  });
const ingressRule = (name: string, port: number, cidr: string) =>
  r(`aws_vpc_security_group_ingress_rule.${name}`, {
    security_group_id: of('aws_security_group.admin'),
    ip_protocol: 'tcp',
    from_port: port,
    to_port: port,
    cidr_ipv4: cidr,
  });
const dbInstance = (more: Record<string, unknown> = {}) =>
  r('aws_db_instance.orders', {
    identifier: 'orders',
    engine: 'postgres',
    engine_version: '16.4',
    instance_class: 'db.t4g.small',
    allocated_storage: 20,
    storage_encrypted: true,
    backup_retention_period: 14,
    publicly_accessible: false,
    auto_minor_version_upgrade: true,
    manage_master_user_password: true,
    username: 'app',
    ...more,
  });
const redshift = (more: Record<string, unknown> = {}) =>
  r('aws_redshift_cluster.warehouse', {
    cluster_identifier: 'warehouse',
    node_type: 'ra3.large',
    cluster_type: 'single-node',
    database_name: 'analytics',
    master_username: 'admin',
    manage_master_password: true,
    encrypted: true,
    publicly_accessible: false,
    automated_snapshot_retention_period: 7,
    allow_version_upgrade: true,
    cluster_parameter_group_name: ref(
      'aws_redshift_parameter_group.tls.name',
      'aws_redshift_parameter_group.tls',
    ),
    ...more,
  });
const parameterGroup = (requireSsl: string) =>
  r('aws_redshift_parameter_group.tls', {
    name: 'warehouse-tls',
    family: 'redshift-2.0',
    parameter: [
      { name: 'require_ssl', value: requireSsl },
      { name: 'enable_user_activity_logging', value: 'true' },
    ],
  });
const table = (more: Record<string, unknown> = {}) =>
  r('aws_dynamodb_table.customers', {
    name: 'customers',
    billing_mode: 'PAY_PER_REQUEST',
    hash_key: 'id',
    attribute: [{ name: 'id', type: 'S' }],
    deletion_protection_enabled: true,
    ...more,
  });
const lb = r('aws_lb.public', {
  name: 'public',
  load_balancer_type: 'application',
  internal: false,
  subnets: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'],
});
const listener = (name: string, more: Record<string, unknown>) =>
  r(`aws_lb_listener.${name}`, { load_balancer_arn: of('aws_lb.public', 'arn'), ...more });
const forward = [
  {
    type: 'forward',
    target_group_arn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef',
  },
];
const instance = (more: Record<string, unknown> = {}) =>
  r('aws_instance.ledger', { ami: 'ami-0abcdef1234567890', instance_type: 'm5.large', ...more });
const image = r('aws_ami.web', {
  name: 'web-2026-10',
  virtualization_type: 'hvm',
  root_device_name: '/dev/xvda',
  ebs_block_device: [{ device_name: '/dev/xvda', snapshot_id: 'snap-0abc1234def567890', encrypted: true }],
});
const launchPermission = (grant: Record<string, unknown>) =>
  r('aws_ami_launch_permission.share', { image_id: of('aws_ami.web'), ...grant });
const adminPolicy = policyJson([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
const readPolicy = policyJson([
  { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::kestrel-reports/*' },
]);
const user = r('aws_iam_user.ana', { name: 'ana', path: '/' });

/** A bucket in a child module, joined through the module's variable to a policy in the root. */
const bucketModule = (policy: string): PlanSpec => ({
  root: {
    resources: [
      r('aws_s3_bucket_policy.reports', {
        bucket: ref('module.reports.bucket_id', 'module.reports'),
        policy,
      }),
    ],
    calls: {
      reports: {
        inputs: { name: 'kestrel-reports' },
        module: {
          resources: [
            r('aws_s3_bucket.this', {
              bucket: 'kestrel-reports',
              force_destroy: false,
              ...tags('confidential'),
            }),
          ],
          outputs: { bucket_id: ['aws_s3_bucket.this.id', 'aws_s3_bucket.this'] },
        },
      },
    },
  },
});
const tlsDeny = {
  Sid: 'DenyPlainHttp',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: ['arn:aws:s3:::kestrel-reports', 'arn:aws:s3:::kestrel-reports/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

const efs = (more: Record<string, unknown> = {}) =>
  r('aws_efs_file_system.shared', {
    creation_token: 'kestrel-shared',
    performance_mode: 'generalPurpose',
    ...more,
  });
const lambdaFn = (more: Record<string, unknown> = {}) =>
  r('aws_lambda_function.handler', {
    function_name: 'handler',
    role: 'arn:aws:iam::111122223333:role/handler',
    handler: 'index.handler',
    runtime: 'python3.13',
    filename: 'handler.zip',
    package_type: 'Zip',
    arn: computed(),
    ...more,
  });
const fnUrl = (auth: string) =>
  r('aws_lambda_function_url.handler', {
    function_name: of('aws_lambda_function.handler', 'function_name'),
    authorization_type: auth,
  });
const permission = (more: Record<string, unknown>) =>
  r('aws_lambda_permission.invoke', {
    statement_id: 'invoke',
    action: 'lambda:InvokeFunction',
    function_name: of('aws_lambda_function.handler', 'function_name'),
    ...more,
  });

const FIXTURES: Record<string, { pass?: PlanSpec; fail?: PlanSpec }> = {
  'cloudtrail-encrypted-with-kms': {
    pass: plan([kmsKey('trail'), trail({ kms_key_id: of('aws_kms_key.trail', 'arn') })]),
    fail: plan([trail({})]),
  },
  'cloudtrail-log-file-validation': {
    pass: plan([trail({})]),
    fail: plan([trail({ enable_log_file_validation: false })]),
  },
  'cloudtrail-multi-region-enabled': {
    pass: plan([accountBpa(true), trail({})]),
    fail: plan([accountBpa(true), trail({ is_multi_region_trail: false })]),
  },
  'data-store-classified': {
    pass: plan([bucket('reports', tags('internal'))]),
    fail: plan([bucket('reports')]),
  },
  'dynamodb-point-in-time-recovery': {
    pass: plan([table({ point_in_time_recovery: [{ enabled: true }] })]),
    fail: plan([table()]),
  },
  'dynamodb-table-customer-key-where-required': {
    pass: plan([
      kmsKey('table'),
      table({
        ...tags('confidential'),
        server_side_encryption: [{ enabled: true, kms_key_arn: of('aws_kms_key.table', 'arn') }],
      }),
    ]),
    fail: plan([table(tags('confidential'))]),
  },
  'lambda-function-url-auth-required': {
    pass: plan([lambdaFn(), fnUrl('AWS_IAM')]),
    fail: plan([lambdaFn(), fnUrl('NONE')]),
  },
  'lambda-function-policy-not-public': {
    pass: plan([
      lambdaFn(),
      permission({
        principal: 's3.amazonaws.com',
        source_account: ACCOUNT,
        source_arn: 'arn:aws:s3:::kestrel-uploads',
      }),
    ]),
    fail: plan([lambdaFn(), permission({ principal: '*' })]),
  },
  'lambda-runtime-supported': {
    pass: plan([lambdaFn()]),
    fail: plan([lambdaFn({ runtime: 'nodejs16.x' })]),
  },
  'lambda-runtime-updates-automatic': {
    pass: plan([lambdaFn()]),
  },
  'lambda-environment-no-plain-secrets': {
    pass: plan([
      lambdaFn({
        environment: [
          {
            variables: {
              LOG_LEVEL: 'info',
              DB_PASSWORD_ARN: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf',
            },
          },
        ],
      }),
    ]),
    fail: plan([
      lambdaFn({
        environment: [{ variables: { LOG_LEVEL: 'info', AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' } }],
      }),
    ]),
  },
  'lambda-environment-customer-key-where-required': {
    pass: plan([
      kmsKey('handler'),
      lambdaFn({
        ...tags('confidential'),
        kms_key_arn: of('aws_kms_key.handler', 'arn'),
        environment: [{ variables: { TABLE: 'orders' } }],
      }),
    ]),
    fail: plan([lambdaFn({ ...tags('confidential'), environment: [{ variables: { TABLE: 'orders' } }] })]),
  },
  'lambda-function-in-vpc-where-required': {
    pass: plan([
      lambdaFn({
        ...tags('restricted'),
        vpc_config: [
          {
            subnet_ids: ['subnet-0a1b2c3d4e5f60718'],
            security_group_ids: ['sg-0a1b2c3d4e5f60718'],
            vpc_id: computed(),
          },
        ],
      }),
    ]),
    fail: plan([lambdaFn(tags('restricted'))]),
  },
  'lambda-code-signing-where-required': {
    pass: plan([
      lambdaFn({
        ...tags('restricted'),
        code_signing_config_arn:
          'arn:aws:lambda:eu-west-1:111122223333:code-signing-config:csc-0123456789abcdef0',
      }),
    ]),
    fail: plan([lambdaFn(tags('restricted'))]),
  },
  'efs-file-system-encrypted': {
    pass: plan([efs({ encrypted: true, kms_key_id: of('aws_kms_key.efs', 'arn') }), kmsKey('efs')]),
    fail: plan([efs({ encrypted: false })]),
  },
  'efs-file-system-policy-denies-non-tls': {
    pass: plan([
      efs({ encrypted: true }),
      r('aws_efs_file_system_policy.tls', {
        file_system_id: of('aws_efs_file_system.shared'),
        policy: policyJson([
          {
            Sid: 'DenyNonTls',
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: '*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ]),
      }),
    ]),
    fail: plan([efs({ encrypted: true })]),
  },
  'efs-file-system-automatic-backups': {
    pass: plan([
      efs({ encrypted: true }),
      r('aws_efs_backup_policy.shared', {
        file_system_id: of('aws_efs_file_system.shared'),
        backup_policy: [{ status: 'ENABLED' }],
      }),
    ]),
    fail: plan([
      efs({ encrypted: true }),
      r('aws_efs_backup_policy.shared', {
        file_system_id: of('aws_efs_file_system.shared'),
        backup_policy: [{ status: 'DISABLED' }],
      }),
    ]),
  },
  'ebs-snapshot-not-public': {
    pass: plan([
      r('aws_ebs_volume.data', { availability_zone: 'eu-west-1a', size: 100, encrypted: true }),
      r('aws_ebs_snapshot.data', { volume_id: of('aws_ebs_volume.data'), encrypted: computed() }),
      r('aws_snapshot_create_volume_permission.backup', {
        snapshot_id: of('aws_ebs_snapshot.data'),
        account_id: '444455556666',
      }),
    ]),
  },
  'ebs-encryption-by-default': {
    pass: plan([r('aws_ebs_encryption_by_default.this', { enabled: true })]),
    fail: plan([r('aws_ebs_encryption_by_default.this', { enabled: false })]),
  },
  'ebs-volume-encrypted': {
    pass: plan([r('aws_ebs_volume.data', { availability_zone: 'eu-west-1a', size: 100, encrypted: true })]),
    fail: plan([
      r('aws_ebs_encryption_by_default.this', { enabled: false }),
      r('aws_ebs_volume.data', { availability_zone: 'eu-west-1a', size: 100, encrypted: false }),
    ]),
  },
  'ec2-ami-not-public': {
    pass: plan([image, launchPermission({ account_id: '444455556666' })]),
    fail: plan([image, launchPermission({ group: 'all' })]),
  },
  'ec2-instance-imdsv2-required': {
    pass: plan([instance({ metadata_options: [{ http_endpoint: 'enabled', http_tokens: 'required' }] })]),
    fail: plan([instance({ metadata_options: [{ http_endpoint: 'enabled', http_tokens: 'optional' }] })]),
  },
  'ec2-instance-tenancy-meets-classification': {
    pass: plan([
      vpc({ instance_tenancy: 'dedicated' }),
      r('aws_subnet.private', { vpc_id: of('aws_vpc.main'), cidr_block: '10.1.1.0/24' }),
      instance({ subnet_id: of('aws_subnet.private'), ...tags('restricted') }),
      r('aws_instance.archive', {
        ami: 'ami-0abcdef1234567890',
        tenancy: 'dedicated',
        ...tags('restricted'),
      }),
    ]),
    fail: plan([instance({ tenancy: 'default', ...tags('restricted') })]),
  },
  'elb-listener-modern-tls-policy': {
    pass: plan([
      lb,
      listener('https', {
        port: 443,
        protocol: 'HTTPS',
        ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        certificate_arn: 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d',
        default_action: forward,
      }),
    ]),
    fail: plan([
      lb,
      listener('https', {
        port: 443,
        protocol: 'HTTPS',
        ssl_policy: 'ELBSecurityPolicy-2016-08',
        certificate_arn: 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d',
        default_action: forward,
      }),
    ]),
  },
  'elb-listener-tls': {
    pass: plan([
      lb,
      listener('http', {
        port: 80,
        protocol: 'HTTP',
        default_action: [
          { type: 'redirect', redirect: [{ protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' }] },
        ],
      }),
      listener('https', {
        port: 443,
        protocol: 'HTTPS',
        ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        certificate_arn: 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d',
        default_action: forward,
      }),
    ]),
    fail: plan([lb, listener('http', { port: 80, protocol: 'HTTP', default_action: forward })]),
  },
  'iam-inline-policy-no-full-admin': {
    pass: plan([
      r('aws_iam_role.app', {
        name: 'app',
        assume_role_policy: policyJson([
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ]),
      }),
      r('aws_iam_role_policy.app', {
        name: 'read',
        role: of('aws_iam_role.app', 'name'),
        policy: readPolicy,
      }),
    ]),
    fail: plan([
      r('aws_iam_role.app', {
        name: 'app',
        assume_role_policy: policyJson([
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ]),
      }),
      r('aws_iam_role_policy.app', {
        name: 'everything',
        role: of('aws_iam_role.app', 'name'),
        policy: adminPolicy,
      }),
    ]),
  },
  'iam-policy-no-full-admin': {
    pass: plan([r('aws_iam_policy.reports', { name: 'reports-read', policy: readPolicy })]),
    fail: plan([r('aws_iam_policy.admin', { name: 'admin', policy: adminPolicy })]),
  },
  'iam-password-policy-strength': {
    pass: plan([
      r('aws_iam_account_password_policy.strict', {
        minimum_password_length: 16,
        require_symbols: true,
        require_numbers: true,
        require_uppercase_characters: true,
        require_lowercase_characters: true,
        password_reuse_prevention: 24,
        max_password_age: 90,
      }),
    ]),
    fail: plan([r('aws_iam_account_password_policy.weak', { minimum_password_length: 8 })]),
  },
  'iam-user-console-mfa': {
    fail: plan([
      user,
      r('aws_iam_user_login_profile.ana', {
        user: of('aws_iam_user.ana', 'name'),
        password_reset_required: true,
      }),
    ]),
  },
  'iam-user-policies-via-groups': {
    pass: plan([
      user,
      r('aws_iam_group.readers', { name: 'readers', path: '/' }),
      r('aws_iam_user_group_membership.ana', {
        user: of('aws_iam_user.ana', 'name'),
        groups: ref('aws_iam_group.readers.name', 'aws_iam_group.readers'),
      }),
      r('aws_iam_group_policy_attachment.readers', {
        group: of('aws_iam_group.readers', 'name'),
        policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    ]),
    fail: plan([
      user,
      r('aws_iam_user_policy_attachment.ana', {
        user: of('aws_iam_user.ana', 'name'),
        policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    ]),
  },
  'kms-key-custody-meets-classification': {
    pass: plan([
      kmsKey('data'),
      r('aws_kms_alias.data', { name: 'alias/contracts', target_key_id: of('aws_kms_key.data', 'key_id') }),
      bucket('contracts', tags('confidential')),
      r('aws_s3_bucket_server_side_encryption_configuration.contracts', {
        bucket: of('aws_s3_bucket.contracts'),
        rule: [
          {
            bucket_key_enabled: true,
            apply_server_side_encryption_by_default: [
              {
                sse_algorithm: 'aws:kms',
                kms_master_key_id: ref('aws_kms_alias.data.name', 'aws_kms_alias.data'),
              },
            ],
          },
        ],
      }),
    ]),
    fail: plan([bucket('contracts', tags('confidential'))]),
  },
  'kms-key-policy-no-external-access': {
    pass: plan(
      [
        kmsKey('data'),
        r('aws_kms_key_policy.data', {
          key_id: of('aws_kms_key.data'),
          policy: policyJson([
            {
              Sid: 'Owner',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
              Action: 'kms:*',
              Resource: '*',
            },
          ]),
        }),
      ],
      { account: ACCOUNT },
    ),
    fail: plan(
      [
        kmsKey('data'),
        r('aws_kms_key_policy.data', {
          key_id: of('aws_kms_key.data'),
          policy: policyJson([
            {
              Sid: 'Owner',
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
              Action: 'kms:*',
              Resource: '*',
            },
            {
              Sid: 'Partner',
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::444455556666:root' },
              Action: 'kms:Decrypt',
              Resource: '*',
            },
          ]),
        }),
      ],
      { account: ACCOUNT },
    ),
  },
  'kms-key-rotation-enabled': {
    pass: plan([kmsKey('data')]),
    fail: plan([kmsKey('data', { enable_key_rotation: false })]),
  },
  'rds-auto-minor-version-upgrade': {
    pass: plan([dbInstance()]),
    fail: plan([dbInstance({ auto_minor_version_upgrade: false })]),
  },
  'rds-backup-retention': {
    pass: plan([dbInstance()]),
    fail: plan([dbInstance({ backup_retention_period: 1 })]),
  },
  'rds-instance-not-public': {
    pass: plan([dbInstance()]),
    fail: plan([dbInstance({ publicly_accessible: true })]),
  },
  'rds-snapshot-not-public': {
    pass: plan([
      dbInstance(),
      r('aws_db_snapshot.orders', {
        db_instance_identifier: of('aws_db_instance.orders', 'identifier'),
        db_snapshot_identifier: 'orders-before-migration',
        shared_accounts: ['444455556666'],
      }),
    ]),
    fail: plan([
      dbInstance(),
      r('aws_db_snapshot.orders', {
        db_instance_identifier: of('aws_db_instance.orders', 'identifier'),
        db_snapshot_identifier: 'orders-before-migration',
        shared_accounts: ['all'],
      }),
    ]),
  },
  'rds-storage-encrypted': {
    pass: plan([
      r('aws_rds_cluster.ledger', {
        cluster_identifier: 'ledger',
        engine: 'aurora-postgresql',
        storage_encrypted: true,
        backup_retention_period: 14,
        master_username: 'app',
        manage_master_user_password: true,
      }),
      r('aws_rds_cluster_instance.ledger[0]', {
        identifier: 'ledger-0',
        cluster_identifier: of('aws_rds_cluster.ledger'),
        instance_class: 'db.r6g.large',
        engine: 'aurora-postgresql',
        auto_minor_version_upgrade: true,
        publicly_accessible: false,
      }),
    ]),
    fail: plan([dbInstance({ storage_encrypted: false })]),
  },
  'redshift-cluster-encrypted': {
    pass: plan([parameterGroup('true'), redshift()]),
    fail: plan([parameterGroup('true'), redshift({ encrypted: false })]),
  },
  'redshift-cluster-not-public': {
    pass: plan([parameterGroup('true'), redshift()]),
    fail: plan([parameterGroup('true'), redshift({ publicly_accessible: true })]),
  },
  'redshift-require-ssl': {
    pass: plan([parameterGroup('true'), redshift()]),
    fail: plan([parameterGroup('false'), redshift()]),
  },
  'redshift-snapshot-retention': {
    pass: plan([parameterGroup('true'), redshift()]),
    fail: plan([parameterGroup('true'), redshift({ automated_snapshot_retention_period: 1 })]),
  },
  's3-account-public-access-block': {
    pass: plan([accountBpa(true)]),
    fail: plan([accountBpa(false)]),
  },
  's3-bucket-access-logging': {
    pass: plan([
      bucket('access_logs', tags('internal')),
      bucket('contracts', tags('confidential')),
      r('aws_s3_bucket_logging.contracts', {
        bucket: of('aws_s3_bucket.contracts'),
        target_bucket: of('aws_s3_bucket.access_logs'),
        target_prefix: 'contracts/',
      }),
    ]),
    fail: plan([bucket('contracts', tags('confidential'))]),
  },
  's3-bucket-default-encryption': {
    pass: plan([
      kmsKey('data'),
      bucket('contracts'),
      r('aws_s3_bucket_server_side_encryption_configuration.contracts', {
        bucket: of('aws_s3_bucket.contracts'),
        rule: [
          {
            apply_server_side_encryption_by_default: [
              { sse_algorithm: 'aws:kms', kms_master_key_id: of('aws_kms_key.data', 'arn') },
            ],
          },
        ],
      }),
      bucket('reports'),
    ]),
  },
  's3-bucket-deny-insecure-transport': {
    pass: bucketModule(policyJson([tlsDeny])),
    fail: bucketModule(
      policyJson([
        {
          ...tlsDeny,
          Sid: 'ReadOnly',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 's3:GetObject',
          Condition: undefined,
        },
      ]),
    ),
  },
  's3-bucket-no-public-acl': {
    pass: plan([
      bucket('reports'),
      r('aws_s3_bucket_acl.reports', { bucket: of('aws_s3_bucket.reports'), acl: 'private' }),
    ]),
    fail: plan([
      accountBpa(false),
      bucket('reports'),
      bpa('reports', false),
      r('aws_s3_bucket_ownership_controls.reports', {
        bucket: of('aws_s3_bucket.reports'),
        rule: [{ object_ownership: 'BucketOwnerPreferred' }],
      }),
      r('aws_s3_bucket_acl.reports', { bucket: of('aws_s3_bucket.reports'), acl: 'public-read' }),
    ]),
  },
  's3-bucket-no-public-policy': {
    pass: plan([bucket('reports'), bpa('reports', true)]),
    fail: plan([
      accountBpa(false),
      bucket('reports'),
      bpa('reports', false),
      r('aws_s3_bucket_policy.reports', {
        bucket: of('aws_s3_bucket.reports'),
        policy: policyJson([
          {
            Sid: 'Public',
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::kestrel-reports/*',
          },
        ]),
      }),
    ]),
  },
  's3-bucket-public-access-block': {
    pass: plan([bucket('reports'), bpa('reports', true)]),
    fail: plan([accountBpa(false), bucket('reports'), bpa('reports', false)]),
  },
  's3-bucket-versioning': {
    pass: plan([
      bucket('reports'),
      r('aws_s3_bucket_versioning.reports', {
        bucket: of('aws_s3_bucket.reports'),
        versioning_configuration: [{ status: 'Enabled' }],
      }),
    ]),
    fail: plan([bucket('reports')]),
  },
  'vpc-default-security-group-closed': {
    pass: plan([vpc(), r('aws_default_security_group.main', { vpc_id: of('aws_vpc.main') })]),
    fail: plan([vpc()]),
  },
  'vpc-flow-logs-enabled': {
    pass: plan([vpc(), flowLog]),
    fail: plan([vpc()]),
  },
  'vpc-management-over-private-path': {
    pass: plan([vpc(), flowLog, group('admin'), ingressRule('ssh', 22, '10.1.0.0/16')]),
    fail: plan([vpc(), flowLog, group('admin'), ingressRule('rdp', 3389, '0.0.0.0/0')]),
  },
  'vpc-security-group-no-public-admin-ports': {
    pass: plan([vpc(), group('admin'), ingressRule('https', 443, '0.0.0.0/0')]),
    fail: plan([vpc(), group('admin'), ingressRule('ssh', 22, '0.0.0.0/0')]),
  },
  'vpc-security-group-no-public-all-ports': {
    pass: plan([
      vpc(),
      group('web', [
        {
          protocol: 'tcp',
          from_port: 443,
          to_port: 443,
          cidr_blocks: ['0.0.0.0/0'],
          ipv6_cidr_blocks: [],
          prefix_list_ids: [],
          security_groups: [],
          self: false,
          description: 'https',
        },
      ]),
    ]),
    fail: plan([
      vpc(),
      group('web'),
      r('aws_security_group_rule.everything', {
        type: 'ingress',
        security_group_id: of('aws_security_group.web'),
        protocol: '-1',
        from_port: 0,
        to_port: 0,
        cidr_blocks: ['0.0.0.0/0'],
      }),
    ]),
  },
};

for (const [checkId, kinds] of Object.entries(FIXTURES)) {
  const check = findCheck(checkId);
  if (!check) throw new Error(`no check ${checkId}`);
  const dir = join(CHECKS_DIR, check.service, checkId);
  for (const [kind, spec] of Object.entries(kinds)) {
    if (spec) setSource(dir, 'terraform-plan', kind as 'pass' | 'fail', formatted(planText(spec)));
  }
}
