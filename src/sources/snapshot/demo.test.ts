import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { buildDemoSnapshot, renderDemoSnapshot } from '../../../scripts/make-demo.js';
import { Inventory } from '../../inventory/inventory.js';
import { RESOURCE_TYPES, type Resource, type ResourceType } from '../../inventory/resources.js';
import { PolicySchema, resolvePolicy } from '../../policy/policy.js';
import { SnapshotSchema } from './format.js';
import { gapsOf } from './gaps.js';

// Four folders up from src/sources/snapshot (or dist/src/sources/snapshot) is the repository root.
const root = new URL('../../../../', import.meta.url);
const demoText = readFileSync(new URL('examples/demo-account.json', root), 'utf8');
const policyText = readFileSync(new URL('examples/demarc.yaml', root), 'utf8');

describe('demo estate (examples/demo-account.json)', () => {
  const parsed = SnapshotSchema.safeParse(JSON.parse(demoText));
  if (!parsed.success) throw new Error(`the demo snapshot is invalid: ${parsed.error.message}`);
  const snapshot = parsed.data;
  const resources = snapshot.resources;
  const inventory = new Inventory(resources, gapsOf(snapshot));

  it('is what the generator builds, byte for byte', () => {
    assert.equal(
      demoText,
      renderDemoSnapshot(),
      'run `node dist/scripts/make-demo.js` after changing the generator',
    );
    assert.deepEqual(buildDemoSnapshot(), buildDemoSnapshot());
  });

  it('is a realistic size across three regions, one outside the EU', () => {
    assert.ok(resources.length >= 150, `${resources.length} resources`);
    const regions = new Set(resources.map((r) => r.region).filter((r) => r !== 'global'));
    assert.ok(regions.size >= 3, [...regions].join(', '));
    assert.ok(
      [...regions].some((r) => !r.startsWith('eu-')),
      'a region outside the EU',
    );
    assert.deepEqual(snapshot.gaps, []);
  });

  it('has unique ids and a resource of every type', () => {
    assert.equal(new Set(resources.map((r) => r.id)).size, resources.length);
    const missing = RESOURCE_TYPES.filter((t) => inventory.ofType(t).length === 0);
    assert.deepEqual(missing, []);
  });

  it('uses every classification level and leaves some resources untagged', () => {
    const levels = new Set(resources.map((r) => r.tags.DataClassification).filter((l) => l !== undefined));
    assert.deepEqual([...levels].sort(), ['confidential', 'internal', 'public', 'restricted']);
    assert.ok(resources.some((r) => r.type === 'S3Bucket' && Object.keys(r.tags).length === 0));
  });

  it('resolves every reference between resources', () => {
    const unresolved: string[] = [];
    const expect = (from: Resource, type: ResourceType, ref: string | undefined) => {
      if (ref !== undefined && !inventory.find(type, ref)) unresolved.push(`${from.name} → ${type} ${ref}`);
    };
    for (const r of resources) {
      switch (r.type) {
        case 'Ec2Instance':
          expect(r, 'Vpc', r.vpcId);
          expect(r, 'Subnet', r.subnetId);
          for (const id of r.securityGroupIds ?? [])
            assert.equal(inventory.get(id)?.type, 'SecurityGroup', id);
          for (const id of r.volumeIds ?? []) assert.equal(inventory.get(id)?.type, 'EbsVolume', id);
          break;
        case 'EbsVolume':
          for (const id of r.attachedInstanceIds ?? [])
            assert.equal(inventory.get(id)?.type, 'Ec2Instance', id);
          expect(r, 'KmsKey', r.kmsKeyId);
          break;
        case 'EbsSnapshot':
          expect(r, 'EbsVolume', r.volumeId);
          expect(r, 'KmsKey', r.kmsKeyId);
          break;
        case 'Subnet':
        case 'SecurityGroup':
          expect(r, 'Vpc', r.vpcId);
          break;
        case 'VpnGateway':
          for (const id of r.attachedVpcIds) expect(r, 'Vpc', id);
          break;
        case 'VpnConnection':
          expect(r, 'VpnGateway', r.vpnGatewayId);
          break;
        case 'S3Bucket':
          expect(r, 'KmsKey', r.encryption?.kmsKeyId);
          expect(r, 'S3Bucket', r.logging?.targetBucket);
          break;
        case 'CloudTrailTrail':
          expect(r, 'KmsKey', r.kmsKeyId ?? undefined);
          expect(r, 'S3Bucket', r.s3BucketName);
          break;
        case 'RdsInstance':
          expect(r, 'KmsKey', r.kmsKeyId);
          expect(r, 'RdsCluster', r.clusterId);
          for (const id of r.securityGroupIds ?? [])
            assert.equal(inventory.get(id)?.type, 'SecurityGroup', id);
          break;
        case 'RdsCluster':
          for (const id of r.memberInstanceIds ?? [])
            assert.equal(inventory.get(id)?.type, 'RdsInstance', id);
          break;
        case 'DynamoDbTable':
          expect(r, 'KmsKey', r.kmsKeyArn);
          break;
        case 'IamUser':
        case 'IamGroup':
        case 'IamRole':
          for (const arn of r.attachedPolicyArns ?? []) expect(r, 'IamPolicy', arn);
          break;
      }
    }
    assert.deepEqual(unresolved, []);
  });

  it('keeps a key in the region of the data it protects', () => {
    const crossRegion: string[] = [];
    for (const r of resources) {
      const ref =
        r.type === 'S3Bucket'
          ? r.encryption?.kmsKeyId
          : r.type === 'EbsVolume' || r.type === 'RdsInstance'
            ? r.kmsKeyId
            : r.type === 'DynamoDbTable'
              ? r.kmsKeyArn
              : undefined;
      const key = inventory.find('KmsKey', ref);
      if (key && key.region !== r.region)
        crossRegion.push(`${r.name} (${r.region}) → ${key.name} (${key.region})`);
    }
    assert.deepEqual(crossRegion, []);
  });
});

describe('demo policy (examples/demarc.yaml)', () => {
  const policy = PolicySchema.parse(parseYaml(policyText));

  it('is valid and resolves', () => {
    const resolved = resolvePolicy(policy, 'examples/demarc.yaml');
    assert.deepEqual(resolved.levels, ['public', 'internal', 'confidential', 'restricted']);
    assert.equal(resolved.requirements.get('restricted')?.minKeyCustody, 'customer-managed-external');
    assert.ok(resolved.allowedJurisdictions?.includes('EU'));
  });

  it('has attestations that are current and one that has lapsed at collection time', () => {
    const collectedAt = buildDemoSnapshot().collectedAt?.slice(0, 10) ?? '';
    const current = policy.attestations.filter((a) => a.date <= collectedAt && collectedAt < a.expires);
    const lapsed = policy.attestations.filter((a) => a.expires <= collectedAt);
    assert.ok(current.some((a) => a.domain === 'awareness-training'));
    assert.equal(lapsed.length, 1);
  });
});
