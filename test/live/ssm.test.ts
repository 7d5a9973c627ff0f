import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import {
  patchComplianceOf,
  readSsmFacts,
  type SsmFacts,
  ssmFieldsOf,
} from '../../src/sources/aws/collectors/ssm.js';
import { type ApiCall, AwsContext } from '../../src/sources/aws/context.js';
import { motoForSuite } from '../support/moto.js';

const REGION = 'eu-west-1';

/*
 * There is no SSM collector: the EC2 collector reads SSM for the instances it lists (see ssm.ts).
 * These tests cover those reads on their own.
 */
describe('SSM reads for EC2 instances, against moto', () => {
  let instanceId: string;

  motoForSuite();
  before(async () => {
    const out = await new EC2Client({ region: REGION }).send(
      new RunInstancesCommand({
        ImageId: 'ami-12c6146b',
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
      }),
    );
    instanceId = out.Instances?.[0]?.InstanceId as string;
  });

  it('leaves management and patch state unknown when moto cannot answer, recording detail gaps', async () => {
    const calls: ApiCall[] = [];
    const ctx = new AwsContext('123456789012', 'aws', { maxAttempts: 2, onCall: (c) => calls.push(c) });
    const facts = await readSsmFacts(ctx, REGION, [instanceId]);
    // moto 5.2.5 implements neither DescribeInstanceInformation nor DescribeInstancePatchStates.
    assert.equal(facts.managed, undefined);
    assert.deepEqual(ssmFieldsOf(facts, instanceId), { ssmManaged: undefined, patchCompliance: undefined });
    assert.deepEqual(
      ctx.gaps.map((g) => [g.api, g.resourceTypes, g.detail]),
      [
        ['ssm:DescribeInstanceInformation', ['Ec2Instance'], true],
        ['ssm:DescribeInstancePatchStates', ['Ec2Instance'], true],
      ],
    );
    assert.ok(calls.every((c) => c.service === 'SSMClient' && c.operation.startsWith('Describe')));
  });

  it('makes no SSM call for a region without instances', async () => {
    const calls: ApiCall[] = [];
    const ctx = new AwsContext('123456789012', 'aws', { onCall: (c) => calls.push(c) });
    await readSsmFacts(ctx, REGION, []);
    assert.deepEqual(calls, []);
    assert.deepEqual(ctx.gaps, []);
  });
});

describe('SSM patch state mapping', () => {
  const facts: SsmFacts = {
    managed: new Set(['i-behind', 'i-clean', 'i-unscanned']),
    patchStates: new Map([
      [
        'i-behind',
        patchComplianceOf({
          InstanceId: 'i-behind',
          PatchGroup: '',
          BaselineId: 'pb-1',
          Operation: 'Scan',
          OperationStartTime: new Date('2024-01-01T00:00:00Z'),
          OperationEndTime: new Date('2024-01-01T00:10:00Z'),
          MissingCount: 2,
          FailedCount: 0,
          CriticalNonCompliantCount: 1,
        }),
      ],
      [
        'i-clean',
        patchComplianceOf({
          InstanceId: 'i-clean',
          PatchGroup: '',
          BaselineId: 'pb-1',
          Operation: 'Install',
          OperationStartTime: undefined,
          OperationEndTime: undefined,
          MissingCount: 0,
          FailedCount: 0,
        }),
      ],
    ]),
    patchStatesRead: new Set(['i-behind', 'i-clean', 'i-unscanned']),
  };

  it('derives the compliance status AWS does not return', () => {
    assert.deepEqual(ssmFieldsOf(facts, 'i-behind'), {
      ssmManaged: true,
      patchCompliance: {
        status: 'NON_COMPLIANT',
        missingCount: 2,
        failedCount: 0,
        criticalMissingCount: 1,
        lastOperationAt: '2024-01-01T00:10:00.000Z',
      },
    });
    assert.deepEqual(ssmFieldsOf(facts, 'i-clean').patchCompliance, {
      status: 'COMPLIANT',
      missingCount: 0,
      failedCount: 0,
    });
  });

  it('counts patches awaiting a reboot or rejected as non-compliant through their classification counts', () => {
    const pending = patchComplianceOf({
      InstanceId: 'i-reboot',
      PatchGroup: '',
      BaselineId: 'pb-1',
      Operation: 'Install',
      OperationStartTime: undefined,
      OperationEndTime: undefined,
      MissingCount: 0,
      FailedCount: 0,
      InstalledPendingRebootCount: 1,
      SecurityNonCompliantCount: 1,
    });
    assert.equal(pending.status, 'NON_COMPLIANT');
  });

  it('tells never-scanned managed instances (null) from unmanaged and unknown ones', () => {
    assert.deepEqual(ssmFieldsOf(facts, 'i-unscanned'), { ssmManaged: true, patchCompliance: null });
    assert.deepEqual(ssmFieldsOf(facts, 'i-stray'), { ssmManaged: false, patchCompliance: null });
    // A managed instance whose patch-state batch failed: unknown, not "never scanned".
    const failedBatch = { ...facts, patchStatesRead: new Set<string>() };
    assert.deepEqual(ssmFieldsOf(failedBatch, 'i-unscanned'), {
      ssmManaged: true,
      patchCompliance: undefined,
    });
  });
});
