import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cloudFormationReader } from './index.js';

const FILE = 'infra/stack.yaml';
const read = (text: string, parameters: Record<string, string> = {}) =>
  cloudFormationReader.read(FILE, text, { parameters });

const LOOPS = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Parameters:
  Teams:
    Type: CommaDelimitedList
    Default: red,blue
  Envs:
    Type: CommaDelimitedList
Resources:
  Fn::ForEach::Buckets:
    - Name
    - [Logs, Data]
    - \${Name}Bucket:
        Type: AWS::S3::Bucket
        Properties:
          BucketName: !Sub "kestrel-\${Name}"
          Tags:
            - Key: Name
              Value: !Ref Name
  Fn::ForEach::Teams:
    - Team
    - !Ref Teams
    - Fn::ForEach::Volumes:
        - Size
        - ["10", "20"]
        - \${Team}Disk&{Size}:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Size: !Ref Size
              Encrypted: true
  Fn::ForEach::PerEnv:
    - Env
    - !Ref Envs
    - \${Env}Queue:
        Type: AWS::S3::Bucket
  Plain:
    Type: AWS::S3::Bucket
`;

describe('Fn::ForEach (AWS::LanguageExtensions)', () => {
  test('expands literal, parameter and nested collections, at the loop line', () => {
    const { resources, notices } = read(LOOPS);
    const got = resources.map((r) => `${r.type} ${r.source.logicalId} ${r.name} @${r.source.line}`).sort();
    assert.deepEqual(got, [
      'EbsVolume blueDisk10 blueDisk10 @20',
      'EbsVolume blueDisk20 blueDisk20 @20',
      'EbsVolume redDisk10 redDisk10 @20',
      'EbsVolume redDisk20 redDisk20 @20',
      'S3Bucket DataBucket kestrel-Data @10',
      'S3Bucket LogsBucket kestrel-Logs @10',
      'S3Bucket Plain Plain @37',
    ]);
    const logs = resources.find((r) => r.source.logicalId === 'LogsBucket');
    assert.deepEqual(logs?.tags, { Name: 'Logs' });
    // A collection known only at deployment: its loop is left out, and said so.
    assert.deepEqual(
      notices.map((n) => `${n.line}: ${n.message}`),
      [
        '32: Fn::ForEach::PerEnv: its collection is known only at deployment, so the resources it makes are not read (give the parameter with --parameter)',
      ],
    );
  });

  test('a parameter given on the command line decides the collection', () => {
    const { resources, notices } = read(LOOPS, { Envs: 'dev, prod', Teams: 'green' });
    const ids = resources.map((r) => r.source.logicalId).sort();
    assert.deepEqual(ids, [
      'DataBucket',
      'LogsBucket',
      'Plain',
      'devQueue',
      'greenDisk10',
      'greenDisk20',
      'prodQueue',
    ]);
    assert.deepEqual(notices, []);
  });

  test('a loop that makes one logical id twice is refused, naming the line', () => {
    const text = `Resources:
  Fn::ForEach::Twice:
    - Name
    - [A, A]
    - Same:
        Type: AWS::S3::Bucket
`;
    assert.throws(() => read(text), /infra\/stack\.yaml:2: Fn::ForEach makes resource Same twice$/);
  });
});

describe('the Rules section', () => {
  test('its functions are accepted, in YAML and JSON', () => {
    const yaml = `Parameters:
  Env:
    Type: String
    Default: prod
Rules:
  ProdOnly:
    RuleCondition: !Equals [!Ref Env, prod]
    Assertions:
      - Assert: !Contains [[prod, dev], !Ref Env]
      - Assert:
          Fn::EachMemberEquals:
            - Fn::ValueOfAll: [AWS::EC2::Subnet::Id, VpcId]
            - !RefAll AWS::EC2::VPC::Id
      - Assert: !EachMemberIn [!ValueOfAll [AWS::EC2::Subnet::Id, VpcId], !RefAll AWS::EC2::VPC::Id]
      - Assert: !Equals [!ValueOf [Env, Name], x]
Resources:
  Logs:
    Type: AWS::S3::Bucket
`;
    assert.equal(read(yaml).resources.length, 1);
    const json = JSON.stringify({
      Rules: { R: { Assertions: [{ Assert: { 'Fn::Contains': [['a'], { Ref: 'Env' }] } }] } },
      Parameters: { Env: { Type: 'String', Default: 'a' } },
      Resources: { B: { Type: 'AWS::S3::Bucket' } },
    });
    assert.equal(cloudFormationReader.read('s.json', json, { parameters: {} }).resources.length, 1);
  });

  test('outside Rules they are an error', () => {
    const text = `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !ValueOf [Env, Name]
`;
    assert.throws(() => read(text), /Fn::ValueOf is only valid in the Rules section/);
  });
});
