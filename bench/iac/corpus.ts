// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation !Sub strings are written as text
/**
 * A generated IaC corpus for the benchmark: CloudFormation YAML templates and Terraform plan JSON
 * files, each made of "units" (a small application: bucket with its key and settings, security group
 * and rule, instance, volume, role, database, table). Every few units get a weak setting, so checks
 * both pass and fail.
 */

/** Resources one unit declares, in either format. */
export const RESOURCES_PER_UNIT = 12;

export function cloudFormationTemplate(file: number, units: number): string {
  const out = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    `Description: generated stack ${file}`,
    'Parameters:',
    '  Env:',
    '    Type: String',
    '    Default: prod',
    'Conditions:',
    '  IsProd: !Equals [!Ref Env, prod]',
    'Resources:',
  ];
  for (let u = 0; u < units; u++) {
    const weak = (file + u) % 4 === 0;
    const id = `U${u}`;
    out.push(
      `  ${id}Key:`,
      '    Type: AWS::KMS::Key',
      '    Properties:',
      `      EnableKeyRotation: ${!weak}`,
      '      KeyPolicy:',
      '        Version: "2012-10-17"',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: { AWS: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:root" }',
      '            Action: "kms:*"',
      '            Resource: "*"',
      `  ${id}Bucket:`,
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      `      BucketName: !Sub "app-${file}-${u}-\${Env}"`,
      '      BucketEncryption:',
      '        ServerSideEncryptionConfiguration:',
      '          - ServerSideEncryptionByDefault:',
      '              SSEAlgorithm: aws:kms',
      `              KMSMasterKeyID: !GetAtt ${id}Key.Arn`,
      '      PublicAccessBlockConfiguration:',
      `        BlockPublicAcls: ${!weak}`,
      '        BlockPublicPolicy: true',
      '        IgnorePublicAcls: true',
      '        RestrictPublicBuckets: true',
      '      VersioningConfiguration:',
      `        Status: ${weak ? 'Suspended' : 'Enabled'}`,
      '      Tags:',
      '        - Key: DataClassification',
      `          Value: ${weak ? 'restricted' : 'internal'}`,
      `  ${id}BucketPolicy:`,
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      `      Bucket: !Ref ${id}Bucket`,
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Deny',
      '            Principal: "*"',
      '            Action: "s3:*"',
      `            Resource: [!GetAtt ${id}Bucket.Arn, !Sub "\${${id}Bucket.Arn}/*"]`,
      '            Condition: { Bool: { aws:SecureTransport: "false" } }',
      `  ${id}Vpc:`,
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      `      CidrBlock: 10.${u % 250}.0.0/16`,
      `  ${id}Sg:`,
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      `      GroupDescription: app ${u}`,
      `      VpcId: !Ref ${id}Vpc`,
      `  ${id}SgIngress:`,
      '    Type: AWS::EC2::SecurityGroupIngress',
      '    Properties:',
      `      GroupId: !GetAtt ${id}Sg.GroupId`,
      '      IpProtocol: tcp',
      `      FromPort: ${weak ? 22 : 443}`,
      `      ToPort: ${weak ? 22 : 443}`,
      `      CidrIp: ${weak ? '0.0.0.0/0' : '10.0.0.0/8'}`,
      `  ${id}Instance:`,
      '    Type: AWS::EC2::Instance',
      '    Properties:',
      '      ImageId: ami-0123456789abcdef0',
      '      InstanceType: !If [IsProd, m7g.large, t4g.small]',
      `      SecurityGroupIds: [!GetAtt ${id}Sg.GroupId]`,
      ...(weak ? [] : ['      MetadataOptions:', '        HttpTokens: required']),
      `  ${id}Volume:`,
      '    Type: AWS::EC2::Volume',
      '    Properties:',
      '      AvailabilityZone: !Select [0, !GetAZs ""]',
      '      Size: 100',
      `      Encrypted: ${!weak}`,
      `  ${id}Role:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: { Service: ec2.amazonaws.com }',
      '            Action: sts:AssumeRole',
      '      Policies:',
      '        - PolicyName: app',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      `                Action: ${weak ? '"*"' : 's3:GetObject'}`,
      `                Resource: ${weak ? '"*"' : `!Sub "\${${id}Bucket.Arn}/*"`}`,
      `  ${id}Db:`,
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      Engine: postgres',
      '      DBInstanceClass: db.m7g.large',
      '      AllocatedStorage: "100"',
      `      StorageEncrypted: ${!weak}`,
      `      PubliclyAccessible: ${weak}`,
      `      BackupRetentionPeriod: ${weak ? 1 : 14}`,
      '      AutoMinorVersionUpgrade: true',
      `  ${id}Table:`,
      '    Type: AWS::DynamoDB::Table',
      '    Properties:',
      '      BillingMode: PAY_PER_REQUEST',
      '      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]',
      '      KeySchema: [{ AttributeName: pk, KeyType: HASH }]',
      '      PointInTimeRecoverySpecification:',
      `        PointInTimeRecoveryEnabled: ${!weak}`,
      `  ${id}FlowLog:`,
      '    Type: AWS::EC2::FlowLog',
      '    Properties:',
      `      ResourceId: !Ref ${id}Vpc`,
      '      ResourceType: VPC',
      '      TrafficType: ALL',
      '      LogDestinationType: s3',
      `      LogDestination: !GetAtt ${id}Bucket.Arn`,
    );
  }
  return `${out.join('\n')}\n`;
}

interface PlannedResource {
  type: string;
  name: string;
  values: Record<string, unknown>;
  /** Arguments that reference other resources: argument → referenced address. */
  refs?: Record<string, string>;
}

export function terraformPlan(file: number, units: number): string {
  const resources: PlannedResource[] = [];
  for (let u = 0; u < units; u++) {
    const weak = (file + u) % 4 === 0;
    const n = `u${u}`;
    resources.push(
      { type: 'aws_kms_key', name: n, values: { enable_key_rotation: !weak, tags: {} } },
      {
        type: 'aws_s3_bucket',
        name: n,
        values: {
          bucket: `plan-${file}-${u}`,
          tags: { DataClassification: weak ? 'restricted' : 'internal' },
          force_destroy: false,
        },
      },
      {
        type: 'aws_s3_bucket_server_side_encryption_configuration',
        name: n,
        values: {
          rule: [
            {
              apply_server_side_encryption_by_default: [
                { sse_algorithm: 'aws:kms', kms_master_key_id: null },
              ],
              bucket_key_enabled: true,
            },
          ],
        },
        refs: { bucket: `aws_s3_bucket.${n}` },
      },
      {
        type: 'aws_s3_bucket_public_access_block',
        name: n,
        values: {
          block_public_acls: !weak,
          block_public_policy: true,
          ignore_public_acls: true,
          restrict_public_buckets: true,
        },
        refs: { bucket: `aws_s3_bucket.${n}` },
      },
      {
        type: 'aws_s3_bucket_versioning',
        name: n,
        values: { versioning_configuration: [{ status: weak ? 'Suspended' : 'Enabled' }] },
        refs: { bucket: `aws_s3_bucket.${n}` },
      },
      { type: 'aws_vpc', name: n, values: { cidr_block: `10.${u % 250}.0.0/16`, tags: {} } },
      {
        type: 'aws_security_group',
        name: n,
        values: { name: `app-${u}`, description: 'app', ingress: [], egress: [], tags: {} },
        refs: { vpc_id: `aws_vpc.${n}` },
      },
      {
        type: 'aws_security_group_rule',
        name: n,
        values: {
          type: 'ingress',
          protocol: 'tcp',
          from_port: weak ? 22 : 443,
          to_port: weak ? 22 : 443,
          cidr_blocks: [weak ? '0.0.0.0/0' : '10.0.0.0/8'],
        },
        refs: { security_group_id: `aws_security_group.${n}` },
      },
      {
        type: 'aws_instance',
        name: n,
        values: {
          ami: 'ami-0123456789abcdef0',
          instance_type: 'm7g.large',
          tenancy: 'default',
          metadata_options: [{ http_tokens: weak ? 'optional' : 'required', http_endpoint: 'enabled' }],
          root_block_device: [{ encrypted: !weak }],
          tags: {},
        },
      },
      {
        type: 'aws_ebs_volume',
        name: n,
        values: { availability_zone: 'eu-west-1a', size: 100, encrypted: !weak, tags: {} },
      },
      {
        type: 'aws_db_instance',
        name: n,
        values: {
          identifier: `db-${file}-${u}`,
          engine: 'postgres',
          instance_class: 'db.m7g.large',
          storage_encrypted: !weak,
          publicly_accessible: weak,
          backup_retention_period: weak ? 1 : 14,
          auto_minor_version_upgrade: true,
          tags: {},
        },
      },
      {
        type: 'aws_dynamodb_table',
        name: n,
        values: {
          name: `table-${file}-${u}`,
          billing_mode: 'PAY_PER_REQUEST',
          hash_key: 'pk',
          point_in_time_recovery: [{ enabled: !weak }],
          server_side_encryption: [],
          tags: {},
        },
      },
    );
  }
  const provider = 'registry.terraform.io/hashicorp/aws';
  const address = (r: PlannedResource) => `${r.type}.${r.name}`;
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: {
      root_module: {
        resources: resources.map((r) => ({
          address: address(r),
          mode: 'managed',
          type: r.type,
          name: r.name,
          provider_name: provider,
          schema_version: 0,
          values: r.values,
          sensitive_values: {},
        })),
      },
    },
    resource_changes: resources.map((r) => ({
      address: address(r),
      mode: 'managed',
      type: r.type,
      name: r.name,
      provider_name: provider,
      change: {
        actions: ['create'],
        before: null,
        after: r.values,
        // References to resources not yet created are unknown until apply.
        after_unknown: {
          id: true,
          arn: true,
          ...Object.fromEntries(Object.keys(r.refs ?? {}).map((k) => [k, true])),
        },
        before_sensitive: false,
        after_sensitive: {},
      },
    })),
    configuration: {
      provider_config: {
        aws: { name: 'aws', full_name: provider, expressions: { region: { constant_value: 'eu-west-1' } } },
      },
      root_module: {
        resources: resources.map((r) => ({
          address: address(r),
          mode: 'managed',
          type: r.type,
          name: r.name,
          provider_config_key: 'aws',
          expressions: Object.fromEntries(
            Object.entries(r.refs ?? {}).map(([k, target]) => [k, { references: [`${target}.id`, target] }]),
          ),
          schema_version: 0,
        })),
      },
    },
  };
  return JSON.stringify(plan, null, 1);
}
