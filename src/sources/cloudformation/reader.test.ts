// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${…} here is CloudFormation's Fn::Sub syntax
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FIXTURE_NOW, readFixture } from '../../../test/helpers/iac-examples.js';
import { findCheck } from '../../checks/registry.js';
import type { Finding } from '../../engine/result.js';
import { evaluate } from '../../engine/run.js';
import { Inventory } from '../../inventory/inventory.js';
import type { Resource, ResourceOf, ResourceType } from '../../inventory/resources.js';
import { DEFAULT_POLICY, PolicySchema, resolvePolicy } from '../../policy/policy.js';
import { cloudFormationReader } from './index.js';
import { parseTemplate } from './parse.js';
import { TemplateError } from './template-error.js';

const FILE = 'infra/stack.yaml';

function read(text: string, parameters: Record<string, string> = {}, file = FILE) {
  return cloudFormationReader.read(file, text, { parameters });
}

function resources(text: string, parameters: Record<string, string> = {}): Resource[] {
  return read(text, parameters).resources;
}

function one<T extends ResourceType>(list: Resource[], type: T, logicalId: string): ResourceOf<T> {
  const found = list.find((r) => r.type === type && r.source.logicalId === logicalId);
  assert.ok(found, `no ${type} ${logicalId} in ${list.map((r) => r.source.logicalId).join(', ')}`);
  return found as ResourceOf<T>;
}

function findings(list: Resource[], checkId: string): Finding[] {
  const check = findCheck(checkId);
  assert.ok(check, checkId);
  return evaluate(new Inventory(list), DEFAULT_POLICY, [check], FIXTURE_NOW);
}

function statusOf(list: Resource[], checkId: string, logicalId: string): string | undefined {
  return findings(list, checkId).find((f) => f.resource.source?.logicalId === logicalId)?.status;
}

/** The error a read throws, asserted to be a one-line TemplateError. */
function readError(text: string, file = FILE): TemplateError {
  try {
    read(text, {}, file);
  } catch (error) {
    assert.ok(error instanceof TemplateError, `expected a TemplateError, got ${error}`);
    assert.ok(!error.message.includes('\n'), `not one line: ${error.message}`);
    return error;
  }
  assert.fail('the template was read without error');
}

describe('recognizes', () => {
  const recognizes = cloudFormationReader.recognizes;

  test('YAML and JSON templates, with or without AWSTemplateFormatVersion', () => {
    assert.ok(recognizes("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"));
    assert.ok(recognizes('Resources:\n  B:\n    Type: AWS::S3::Bucket\n'));
    assert.ok(
      recognizes(
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: "AWS::Serverless::Function"\n',
      ),
    );
    assert.ok(recognizes('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}'));
    assert.ok(recognizes('{\n "Resources": {\n  "B": { "Type": "AWS::S3::Bucket" }\n }\n}'));
  });

  test('other YAML and JSON files', () => {
    assert.ok(!recognizes('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n'));
    assert.ok(!recognizes('services:\n  web:\n    image: nginx\n'));
    assert.ok(!recognizes('{"format_version": "1.2", "planned_values": {"root_module": {}}}'));
    assert.ok(!recognizes('{"name": "demarc", "version": "0.1.0"}'));
    // Resources nested under another key is not a template's top-level section.
    assert.ok(!recognizes('spec:\n  Resources:\n    x:\n      kind: AWS::S3::Bucket\n'));
  });
});

describe('short-form tags', () => {
  test('every short form becomes its long form, nested ones included', () => {
    const { body } = parseTemplate(
      [
        'Conditions:',
        '  A: !Equals [!Ref Env, prod]',
        '  B: !Not [!Condition A]',
        '  C: !And [!Condition A, !Or [!Condition B, !Equals [x, y]]]',
        'Resources:',
        '  R:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      A: !If [A, !Sub "${Env}-x", !Join ["-", [!Ref Env, !Select [1, !Split [",", "a,b"]]]]]',
        '      B: !GetAtt Key.Arn',
        '      C: !FindInMap [M, !Ref AWS::Region, k]',
        '      D: !ImportValue shared-key',
        '      E: !Base64 text',
        '      F: !Cidr [!GetAZs "", 6, 5]',
      ].join('\n'),
    );
    assert.deepEqual(body.Conditions, {
      A: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      B: { 'Fn::Not': [{ Condition: 'A' }] },
      C: {
        'Fn::And': [{ Condition: 'A' }, { 'Fn::Or': [{ Condition: 'B' }, { 'Fn::Equals': ['x', 'y'] }] }],
      },
    });
    const properties = (body.Resources as { R: { Properties: unknown } }).R.Properties;
    assert.deepEqual(properties, {
      A: {
        'Fn::If': [
          'A',
          { 'Fn::Sub': '${Env}-x' },
          { 'Fn::Join': ['-', [{ Ref: 'Env' }, { 'Fn::Select': [1, { 'Fn::Split': [',', 'a,b'] }] }]] },
        ],
      },
      B: { 'Fn::GetAtt': ['Key', 'Arn'] },
      C: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'k'] },
      D: { 'Fn::ImportValue': 'shared-key' },
      E: { 'Fn::Base64': 'text' },
      F: { 'Fn::Cidr': [{ 'Fn::GetAZs': '' }, 6, 5] },
    });
  });

  test('nested short forms resolve to the value CloudFormation would compute', () => {
    const list = resources(
      [
        'Parameters:',
        '  Env: { Type: String, Default: prod }',
        '  Parts: { Type: CommaDelimitedList, Default: "alpha,beta,gamma" }',
        'Conditions:',
        '  IsProd: !And [!Equals [!Ref Env, prod], !Not [!Equals [!Ref Env, dev]]]',
        'Resources:',
        '  Logs:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      BucketName: !If',
        '        - IsProd',
        '        - !Join ["-", [!Ref Env, !Select [1, !Ref Parts], !Select [0, !Split ["/", "x/y"]]]]',
        '        - !Sub "${Env}-scratch"',
        '  Data:',
        '    Type: AWS::S3::Bucket',
        '    Properties:',
        '      BucketName: !Sub ["${Prefix}-data", { Prefix: !Select [2, !Ref Parts] }]',
      ].join('\n'),
    );
    assert.equal(one(list, 'S3Bucket', 'Logs').name, 'prod-beta-x');
    assert.equal(one(list, 'S3Bucket', 'Data').name, 'gamma-data');
  });
});

const VERSIONED_BY_PARAMETER = `
Parameters:
  Versioning:
    Type: String
    Default: Suspended
    AllowedValues: [Enabled, Suspended]
Resources:
  Backups:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: !Ref Versioning
`;

describe('parameters', () => {
  test('the default applies, and a --parameter override flips the finding', () => {
    assert.equal(statusOf(resources(VERSIONED_BY_PARAMETER), 's3-bucket-versioning', 'Backups'), 'fail');
    const overridden = resources(VERSIONED_BY_PARAMETER, { Versioning: 'Enabled' });
    assert.equal(statusOf(overridden, 's3-bucket-versioning', 'Backups'), 'pass');
  });

  test('a parameter without default or value is unknown: not assessed, never pass', () => {
    const text = VERSIONED_BY_PARAMETER.replace('    Default: Suspended\n', '');
    assert.equal(statusOf(resources(text), 's3-bucket-versioning', 'Backups'), 'not_assessed');
  });

  test('an SSM parameter type is resolved only at deployment', () => {
    const text = VERSIONED_BY_PARAMETER.replace(
      'Type: String',
      'Type: AWS::SSM::Parameter::Value<String>',
    ).replace('Default: Suspended', 'Default: /buckets/versioning');
    assert.equal(statusOf(resources(text), 's3-bucket-versioning', 'Backups'), 'not_assessed');
  });
});

describe('names that Object.prototype also has', () => {
  test('a parameter named constructor or toString has no value until given', () => {
    const text = `
Parameters:
  toString: { Type: String }
  constructor: { Type: String }
Mappings:
  Settings: { prod: { Status: Enabled } }
Conditions:
  Validate: !Equals [!Ref constructor, yes]
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: !Ref toString }
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: !FindInMap [Settings, !Ref toString, Status] }
  T:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: x
      EnableLogFileValidation: !If [Validate, true, false]
`;
    const list = resources(text);
    assert.equal(statusOf(list, 's3-bucket-versioning', 'B'), 'not_assessed');
    assert.equal(statusOf(list, 'cloudtrail-log-file-validation', 'T'), 'not_assessed');
    const given = resources(text, { toString: 'Enabled', constructor: 'yes' });
    assert.equal(statusOf(given, 's3-bucket-versioning', 'B'), 'pass');
    assert.equal(statusOf(given, 'cloudtrail-log-file-validation', 'T'), 'pass');
    const mapped = resources(text.replace('!Ref toString, Status', 'constructor, Status'));
    assert.equal(one(mapped, 'S3Bucket', 'Logs').versioning, undefined);
  });

  test('a mapping, resource type, canned ACL or tag named after one is no special case', () => {
    const error = readError(
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !FindInMap [constructor, a, b]\n',
    );
    assert.match(error.message, /mapping constructor is not declared/);
    const list = resources(`
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: constructor
      OwnershipControls: { Rules: [{ ObjectOwnership: ObjectWriter }] }
      Tags: [{ Key: __proto__, Value: x }]
  Odd:
    Type: constructor
  Q:
    Type: AWS::S3::Bucket
    Properties: { BucketName: !Ref Odd }
`);
    const bucket = one(list, 'S3Bucket', 'B');
    assert.equal(bucket.aclGrants, undefined);
    assert.equal(statusOf(list, 's3-bucket-no-public-acl', 'B'), 'not_assessed');
    assert.deepEqual(Object.entries(bucket.tags), [['__proto__', 'x']]);
    assert.equal(one(list, 'S3Bucket', 'Q').name, 'cfn:infra/stack.yaml#Odd');
  });
});

describe('conditions', () => {
  const text = `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
Resources:
  Archive:
    Type: AWS::S3::Bucket
    Condition: IsProd
  Scratch:
    Type: AWS::S3::Bucket
    Condition: NotProd
    Properties:
      VersioningConfiguration:
        Status: !If [IsProd, Enabled, Suspended]
`;

  test('a resource whose condition is false is not created', () => {
    const ids = resources(text).map((r) => r.source.logicalId);
    assert.deepEqual(ids, ['Scratch']);
    const prod = resources(text, { Env: 'prod' }).map((r) => r.source.logicalId);
    assert.deepEqual(prod, ['Archive']);
  });

  test('Fn::If picks the branch of its condition', () => {
    assert.equal(one(resources(text), 'S3Bucket', 'Scratch').versioning, 'Suspended');
  });

  test('a condition on an unknown value keeps the resource and leaves Fn::If unknown', () => {
    const unknownEnv = text.replace('Env: { Type: String, Default: dev }', 'Env: { Type: String }');
    const list = resources(unknownEnv);
    assert.deepEqual(
      list.map((r) => r.source.logicalId),
      ['Archive', 'Scratch'],
    );
    assert.equal(one(list, 'S3Bucket', 'Scratch').versioning, undefined);
  });
});

describe('mappings and pseudo parameters', () => {
  const text = `
Mappings:
  Retention:
    eu-west-1: { Days: 14 }
    us-east-1: { Days: 1 }
Resources:
  Orders:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      StorageEncrypted: true
      BackupRetentionPeriod: !FindInMap [Retention, !Ref AWS::Region, Days]
  Assets:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'assets-\${AWS::AccountId}-\${AWS::Region}'
`;

  test('Fn::FindInMap follows the region given as a parameter', () => {
    const eu = resources(text, { 'AWS::Region': 'eu-west-1' });
    assert.equal(one(eu, 'RdsInstance', 'Orders').backupRetentionDays, 14);
    assert.equal(statusOf(eu, 'rds-backup-retention', 'Orders'), 'pass');
    const us = resources(text, { 'AWS::Region': 'us-east-1' });
    assert.equal(statusOf(us, 'rds-backup-retention', 'Orders'), 'fail');
  });

  test('without a region, a map entry is known only when every region agrees', () => {
    assert.equal(one(resources(text), 'RdsInstance', 'Orders').backupRetentionDays, undefined);
    const agreeing = text.replace('us-east-1: { Days: 1 }', 'us-east-1: { Days: 14 }');
    assert.equal(one(resources(agreeing), 'RdsInstance', 'Orders').backupRetentionDays, 14);
  });

  test('account and region come from --parameter AWS::AccountId / AWS::Region', () => {
    const list = resources(text, { 'AWS::AccountId': '111122223333', 'AWS::Region': 'eu-central-1' });
    const bucket = one(list, 'S3Bucket', 'Assets');
    assert.equal(bucket.name, 'assets-111122223333-eu-central-1');
    assert.equal(bucket.account, '111122223333');
    assert.equal(bucket.region, 'eu-central-1');
  });

  test('unset, they stay symbolic: usable as a name, never as a setting', () => {
    const bucket = one(resources(text), 'S3Bucket', 'Assets');
    assert.equal(bucket.name, 'assets-${AWS::AccountId}-${AWS::Region}');
    assert.equal(bucket.region, 'unknown');
  });

  test('AWS::Partition follows the region', () => {
    const partitioned = `
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'logs-\${AWS::Partition}-\${AWS::URLSuffix}'
`;
    assert.equal(one(resources(partitioned), 'S3Bucket', 'Logs').name, 'logs-aws-amazonaws.com');
    const china = resources(partitioned, { 'AWS::Region': 'cn-north-1' });
    assert.equal(one(china, 'S3Bucket', 'Logs').name, 'logs-aws-cn-amazonaws.com.cn');
    const sovereign = resources(partitioned, { 'AWS::Region': 'eusc-de-east-1' });
    assert.equal(one(sovereign, 'S3Bucket', 'Logs').name, 'logs-aws-eusc-amazonaws.eu');
    assert.equal(one(sovereign, 'S3Bucket', 'Logs').region, 'eusc-de-east-1');
  });

  test('a template deployed to the European Sovereign Cloud builds aws-eusc ARNs', () => {
    const template = `
Resources:
  Key:
    Type: AWS::KMS::Key
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: sovereign-logs
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: !Sub '\${Logs.Arn}/*'
`;
    const list = resources(template, { 'AWS::Region': 'eusc-de-east-1', 'AWS::AccountId': '123456789012' });
    const key = one(list, 'KmsKey', 'Key');
    assert.equal(key.region, 'eusc-de-east-1');
    assert.deepEqual([key.policy?.Statement ?? []].flat()[0]?.Principal, {
      AWS: 'arn:aws-eusc:iam::123456789012:root',
    });
    const policy = one(list, 'IamPolicy', 'Reader');
    assert.equal(
      [policy.document?.Statement ?? []].flat()[0]?.Resource,
      'arn:aws-eusc:s3:::sovereign-logs/*',
    );
  });
});

describe('jurisdiction', () => {
  const policy = resolvePolicy(
    PolicySchema.parse({ version: 1, jurisdictions: { allowed: ['EU'] } }),
    'test',
  );
  const check = findCheck('region-within-allowed-jurisdiction');
  const text = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n';
  const statusIn = (parameters: Record<string, string>) =>
    check && evaluate(new Inventory(resources(text, parameters)), policy, [check], FIXTURE_NOW)[0]?.status;

  test('the region given with --parameter AWS::Region decides where the data is', () => {
    assert.equal(statusIn({ 'AWS::Region': 'eu-west-1' }), 'pass');
    assert.equal(statusIn({ 'AWS::Region': 'us-east-1' }), 'fail');
    assert.equal(statusIn({}), 'not_assessed');
  });
});

describe('references between resources', () => {
  const text = `
Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  Contracts:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt DataKey.Arn
      Tags:
        - { Key: DataClassification, Value: confidential }
`;

  test('a bucket encrypted with a key of the same template has a customer managed key', () => {
    const [finding] = findings(resources(text), 'kms-key-custody-meets-classification');
    assert.equal(finding?.status, 'pass');
    assert.equal((finding?.evidence as { custody?: string } | undefined)?.custody, 'customer-managed');
  });

  test('a key from another stack (Fn::ImportValue) is unknown: not assessed, never pass', () => {
    const imported = text.replace('!GetAtt DataKey.Arn', '!ImportValue shared-data-key');
    const list = resources(imported);
    assert.equal(statusOf(list, 'kms-key-custody-meets-classification', 'Contracts'), 'not_assessed');
    // The bucket is still encrypted, which is all default encryption asks.
    assert.equal(statusOf(list, 's3-bucket-default-encryption', 'Contracts'), 'pass');
  });

  test('an algorithm imported from another stack leaves default encryption not assessed', () => {
    const imported = text.replace('SSEAlgorithm: aws:kms', 'SSEAlgorithm: !ImportValue bucket-algorithm');
    assert.equal(statusOf(resources(imported), 's3-bucket-default-encryption', 'Contracts'), 'not_assessed');
  });

  test('a standalone ingress rule joins the group it names by GroupName', () => {
    const list = resources(`
Resources:
  Legacy:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: legacy
      GroupDescription: EC2-Classic style
  LegacyRdp:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupName: legacy
      IpProtocol: tcp
      FromPort: 3389
      ToPort: 3389
      CidrIp: 0.0.0.0/0
`);
    const group = one(list, 'SecurityGroup', 'Legacy');
    assert.deepEqual(
      group.ingress?.map((r) => [r.fromPort, r.ipv4Ranges]),
      [[3389, ['0.0.0.0/0']]],
    );
  });
});

describe('a standalone resource whose target cannot be resolved', () => {
  const head = `
Parameters:
  Env: { Type: String }
Conditions:
  Prod: !Equals [!Ref Env, prod]
Resources:
`;

  test('an ingress rule for one of two groups leaves both groups not assessed', () => {
    const list = resources(`${head}
  SgA:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: a, VpcId: vpc-1 }
  SgB:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: b, VpcId: vpc-1 }
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Ssh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !If [Prod, !Ref SgA, !Ref SgB]
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: 0.0.0.0/0
  Out:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: { GroupId: !ImportValue shared-group, IpProtocol: '-1', CidrIp: 0.0.0.0/0 }
`);
    for (const id of ['SgA', 'SgB', 'Vpc.DefaultSecurityGroup']) {
      const group = one(list, 'SecurityGroup', id);
      assert.equal(group.ingress, undefined, id);
      assert.equal(group.egress, undefined, id);
      assert.ok(!group.defaults?.includes('ingress'), id);
      assert.equal(statusOf(list, 'vpc-security-group-no-public-admin-ports', id), 'not_assessed', id);
    }
  });

  test('a policy for one of two identities leaves the policies of that kind unknown', () => {
    const trust = `{ Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: 'sts:AssumeRole' }] }`;
    const list = resources(`${head}
  Admin:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: admin
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: '*', Resource: '*' }] }
      Users: [!If [Prod, !Ref UserA, !Ref UserB]]
      Roles: [!If [Prod, !Ref RoleA, !Ref RoleB]]
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
      Groups: [!ImportValue shared-group]
  UserA: { Type: AWS::IAM::User }
  UserB: { Type: AWS::IAM::User }
  Team: { Type: AWS::IAM::Group }
  RoleA: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: ${trust} } }
  RoleB: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: ${trust} } }
`);
    for (const id of ['UserA', 'UserB']) {
      assert.equal(one(list, 'IamUser', id).inlinePolicies, undefined, id);
      assert.equal(statusOf(list, 'iam-user-policies-via-groups', id), 'not_assessed', id);
    }
    for (const id of ['RoleA', 'RoleB']) {
      assert.equal(statusOf(list, 'iam-inline-policy-no-full-admin', id), 'not_assessed', id);
    }
    const team = one(list, 'IamGroup', 'Team');
    assert.deepEqual(team.inlinePolicies, []);
    assert.equal(team.attachedPolicyArns, undefined);
    assert.ok(!team.defaults?.includes('attachedPolicyArns'));
  });

  test('a listener or function URL for one of two targets leaves both unknown', () => {
    const list = resources(`${head}
  LbA:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [subnet-1, subnet-2] }
  LbB:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [subnet-1, subnet-2] }
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !If [Prod, !Ref LbA, !Ref LbB]
      Port: 80
      Protocol: HTTP
      DefaultActions: [{ Type: forward, TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/x/y }]
  FnA:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: index.h, Role: arn:aws:iam::1:role/x, Code: { ZipFile: x } }
  Url:
    Type: AWS::Lambda::Url
    Properties: { AuthType: NONE, TargetFunctionArn: !ImportValue shared-function }
`);
    for (const id of ['LbA', 'LbB']) {
      assert.equal(one(list, 'LoadBalancer', id).listeners, undefined, id);
      assert.equal(statusOf(list, 'elb-listener-tls', id), 'not_assessed', id);
    }
    const fn = one(list, 'LambdaFunction', 'FnA');
    assert.equal(fn.publicUrl, undefined);
    assert.ok(!fn.defaults?.includes('publicUrl'));
  });
});

describe('SAM', () => {
  test('a function takes Globals, and the role SAM creates carries its policies', () => {
    const list = resources(`
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Tags: { DataClassification: internal }
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { EnableKeyRotation: true }
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
      KmsKeyArn: !GetAtt Key.Arn
      Policies:
        - Statement:
            - Effect: Allow
              Action: '*'
              Resource: '*'
`);
    const fn = one(list, 'LambdaFunction', 'Handler');
    assert.equal(fn.runtime, 'python3.12');
    assert.equal(fn.tags.DataClassification, 'internal');
    assert.equal(statusOf(list, 'kms-key-custody-meets-classification', 'Handler'), 'pass');
    const role = one(list, 'IamRole', 'HandlerRole');
    assert.equal(role.source.line, 11);
    assert.equal(statusOf(list, 'iam-inline-policy-no-full-admin', 'HandlerRole'), 'fail');
  });

  test('another transform is a macro: the template is not scanned', () => {
    const why =
      'is a macro that rewrites the template at deploy time; demarc cannot expand it, so the template is not scanned';
    const yaml =
      "AWSTemplateFormatVersion: '2010-09-09'\nTransform: [AWS::Serverless-2016-10-31, MyCorpMacro]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n";
    assert.equal(readError(yaml).message, `infra/stack.yaml:2: transform MyCorpMacro ${why}`);
    const json = '{\n  "Transform": "MyCorpMacro",\n  "Resources": {"B": {"Type": "AWS::S3::Bucket"}}\n}';
    assert.equal(readError(json, 'stack.json').message, `stack.json:2: transform MyCorpMacro ${why}`);
    const included =
      'Resources:\n  Fn::Transform:\n    Name: AWS::Include\n    Parameters: { Location: s3://b/more.yaml }\n';
    assert.equal(readError(included).message, `infra/stack.yaml:2: transform AWS::Include ${why}`);
  });

  test('AWS::LanguageExtensions is read as written', () => {
    const list = resources(
      'Transform: AWS::LanguageExtensions\nResources:\n  B:\n    Type: AWS::S3::Bucket\n',
    );
    assert.equal(list.length, 1);
  });

  test('an Fn::Transform beside other keys replaces them at deployment: unknown', () => {
    const list = resources(`
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: a
      VpcId: vpc-1
      Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://b/ingress.yaml } }
  B:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
        Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://b/versioning.yaml } }
`);
    assert.equal(one(list, 'SecurityGroup', 'Sg').ingress, undefined);
    assert.equal(statusOf(list, 'vpc-security-group-no-public-admin-ports', 'Sg'), 'not_assessed');
    assert.equal(one(list, 'S3Bucket', 'B').versioning, undefined);
  });
});

describe('suppressions in Metadata', () => {
  const text = `
Resources:
  Artifacts:
    Type: AWS::S3::Bucket
    Metadata:
      demarc:
        suppress:
          - check: s3-bucket-versioning
            reason: build artifacts, rebuilt from source
          - check: data-store-classified
`;

  test('a suppression with a reason marks the finding, which stays in the output', () => {
    const { resources: list } = read(text);
    const [versioning] = findings(list, 's3-bucket-versioning');
    assert.equal(versioning?.status, 'fail');
    assert.deepEqual(versioning?.suppressed, {
      by: 'inline',
      reason: 'build artifacts, rebuilt from source',
    });
  });

  test('a suppression without a reason is a notice with the line, and is not applied', () => {
    const { resources: list, notices } = read(text);
    assert.deepEqual(notices, [
      {
        file: FILE,
        line: 3,
        message:
          'resource Artifacts: Metadata.demarc.suppress[1]: suppressing data-store-classified needs a reason',
      },
    ]);
    const [classified] = findings(list, 'data-store-classified');
    assert.equal(classified?.status, 'fail');
    assert.equal(classified?.suppressed, undefined);
  });
});

describe('input that cannot be scanned', () => {
  test('malformed YAML: one line with file and line', () => {
    const error = readError('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties: [unclosed\n');
    assert.match(error.message, /^infra\/stack\.yaml:\d+: not valid YAML: /);
    assert.ok((error.line ?? 0) >= 4, error.message);
  });

  test('malformed JSON: one line with file and line', () => {
    const error = readError(
      '{\n  "Resources": {\n    "B": { "Type": "AWS::S3::Bucket" },\n  }\n}\n',
      'a.json',
    );
    assert.match(error.message, /^a\.json:4: not valid JSON: /);
  });

  test('a YAML alias bomb is refused with bounded memory', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i++) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const bomb = `${levels.join('\n')}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *j\n`;
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const error = readError(bomb);
    const grown = process.memoryUsage().heapUsed - heapBefore;
    assert.match(error.message, /^infra\/stack\.yaml:\d+: YAML aliases expand to more than 100,000 nodes/);
    assert.ok(grown < 200 * 1024 * 1024, `heap grew ${grown} bytes`);
  });

  test('an alias that contains itself is refused', () => {
    const error = readError('a: &a [1, *a]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n');
    assert.match(error.message, /^infra\/stack\.yaml:1: /);
  });

  test('an unknown intrinsic function names file and line, in every notation', () => {
    const long =
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName:\n        Fn::Foo: x\n';
    assert.match(
      readError(long).message,
      /^infra\/stack\.yaml:6: resource B: unknown intrinsic function Fn::Foo$/,
    );
    const short = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Foo x\n';
    assert.match(readError(short).message, /^infra\/stack\.yaml:5: resource B: unknown tag !Foo/);
    const json =
      '{\n  "Resources": {\n    "B": {\n      "Type": "AWS::IAM::AccessKey",\n      "Properties": { "UserName": { "Fn::Foo": "x" } }\n    }\n  }\n}\n';
    assert.equal(readError(json, 'b.json').message, 'b.json:5: unknown intrinsic function Fn::Foo');
  });

  test('absurd nesting is refused with its line, not a crash (JSON, and YAML past the parser)', () => {
    const deep = `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": ${'['.repeat(200_000)}${']'.repeat(200_000)}}}}}`;
    assert.equal(readError(deep, 'deep.json').message, 'deep.json:1: nests more than 100 levels deep');
    const head = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: ';
    // Deep enough to exhaust the YAML parser's own stack: its overflow is named as nesting, with the line.
    const flow = readError(`${head}${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    assert.equal(flow.message, 'infra/stack.yaml:5: nests more than 100 levels deep');
    const block = `${head}\n${Array.from({ length: 150 }, (_, i) => `${' '.repeat(8 + 2 * i)}k${i}:\n`).join('')}`;
    assert.equal(
      readError(block).message,
      'infra/stack.yaml:102: resource B: nests more than 100 levels deep',
    );
  });

  test('a key given twice in one mapping is refused at its second line', () => {
    const text = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n  B:\n    Type: AWS::KMS::Key\n';
    assert.equal(
      readError(text).message,
      'infra/stack.yaml:4: resource B: not valid YAML: the key B appears twice in one mapping',
    );
    const inner =
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: a\n      BucketName: b\n';
    assert.match(
      readError(inner).message,
      /^infra\/stack\.yaml:6: resource B: not valid YAML: the key BucketName appears twice/,
    );
  });

  test('a reference cycle names the cycle, for Ref, GetAtt, Sub and DependsOn', () => {
    const getAtt = `Resources:
  A:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !GetAtt B.Arn
  B:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${A.Arn}-copy'
`;
    assert.equal(
      readError(getAtt).message,
      'infra/stack.yaml:2: circular dependency between resources: A -> B -> A',
    );
    const mixed = `Resources:
  Key:
    Type: AWS::KMS::Key
    DependsOn: [Role]
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: { "Fn::Join": ["-", [{ Ref: Trail }]] }
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      KMSKeyId: { Ref: Key }
`;
    assert.equal(
      readError(mixed).message,
      'infra/stack.yaml:2: circular dependency between resources: Key -> Role -> Trail -> Key',
    );
    assert.equal(
      readError('Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref A\n')
        .message,
      'infra/stack.yaml:2: circular dependency between resources: A -> A',
    );
    const conditions = `Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsA: !And [!Condition IsProd, !Condition IsB]
  IsB: !Not [!Condition IsA]
Parameters:
  Env: { Type: String, Default: prod }
Resources:
  A:
    Type: AWS::S3::Bucket
    Condition: IsA
`;
    assert.equal(
      readError(conditions).message,
      'infra/stack.yaml:1: circular dependency between conditions: IsA -> IsB -> IsA',
    );
  });

  test('references that only look circular are read: a parameter named like a resource, Sub variables, literals', () => {
    const text = `Parameters:
  A: { Type: String, Default: shadow }
Resources:
  A:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Ref A
  B:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub ['\${B}-\${!B}', { B: name }]
`;
    assert.deepEqual(
      resources(text).map((r) => r.name),
      ['shadow', 'name-${B}'],
    );
  });

  test('Properties that are not a mapping make the template unreadable, naming the resource', () => {
    for (const [value, why] of [
      ['hello', 'the string "hello"'],
      ['42', 'the number 42'],
      ['[a, b]', 'a list'],
    ]) {
      const error = readError(`Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties: ${value}\n`);
      assert.equal(
        error.message,
        `infra/stack.yaml:2: resource Logs: Properties must be a mapping, not ${why}`,
      );
    }
    const json = '{"Resources": {"Logs": {"Type": "AWS::S3::Bucket", "Properties": "hello"}}}';
    assert.match(
      readError(json, 't.json').message,
      /^t\.json:1: resource Logs: Properties must be a mapping/,
    );
  });

  test('YAML tags CloudFormation does not know (!!js/function, !!python/object) are refused, naming the resource', () => {
    for (const tagged of [
      "!!js/function 'function () { return 1 }'",
      '!!python/object:os.system { a: 1 }',
      '!!set { a, b }',
      '!<tag:example.com,2000:thing> x',
    ]) {
      const error = readError(
        `Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: ${tagged}\n`,
      );
      assert.match(error.message, /^infra\/stack\.yaml:5: resource Logs: unknown tag /, tagged);
    }
    // The core types may be stated explicitly.
    assert.equal(
      resources(
        'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !!str logs\n',
      )[0]?.name,
      'logs',
    );
  });

  test('a template without Resources', () => {
    const error = readError("AWSTemplateFormatVersion: '2010-09-09'\nParameters: {}\n");
    assert.match(error.message, /^infra\/stack\.yaml:1: the template has no Resources section$/);
  });

  test('a condition that is not declared names the line of the resource', () => {
    const error = readError('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: Missing\n');
    assert.equal(error.message, 'infra/stack.yaml:2: condition Missing is not declared');
  });
});

describe("the template's own account", () => {
  test('a grant to a named account is not assessed until AWS::AccountId says whose key it is', () => {
    const check = findCheck('kms-key-policy-no-external-access');
    assert.ok(check);
    const statuses = (parameters: Record<string, string>) =>
      evaluate(
        new Inventory(
          readFixture('kms-key-policy-no-external-access', 'cloudformation', 'not_assessed', parameters)
            .resources,
        ),
        DEFAULT_POLICY,
        [check],
        FIXTURE_NOW,
      ).map((f) => f.status);
    assert.deepEqual(statuses({}), ['not_assessed']);
    assert.deepEqual(statuses({ 'AWS::AccountId': '111122223333' }), ['fail']);
    assert.deepEqual(
      statuses({ 'AWS::AccountId': '444455556666' }),
      ['pass'],
      'the named account is its own',
    );
  });
});

describe('a standalone ingress rule the template cannot place', () => {
  const template = `Resources:
  Admin:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
  AllOpen:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: all
  AllOpenRule:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref AllOpen
      IpProtocol: "-1"
      CidrIp: 0.0.0.0/0
  Elsewhere:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !ImportValue shared-sg
      IpProtocol: tcp
      FromPort: 443
      ToPort: 443
      CidrIp: 10.0.0.0/8
`;

  test('does not mask an open rule another group plainly has', () => {
    const list = resources(template);
    assert.equal(statusOf(list, 'vpc-security-group-no-public-admin-ports', 'Admin'), 'fail');
    assert.equal(statusOf(list, 'vpc-security-group-no-public-all-ports', 'AllOpen'), 'fail');
    // A group with no open rule of its own may still get one from the unplaced rule.
    assert.equal(statusOf(list, 'vpc-security-group-no-public-admin-ports', 'Web'), 'not_assessed');
    assert.equal(one(list, 'SecurityGroup', 'Web').ingress, undefined);
  });
});
