import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectAws } from '../../src/sources/aws/scan.js';
import { motoForSuite } from './moto.js';

describe('moto harness', () => {
  motoForSuite();

  it('a live scan with no collectors reads the identity and the enabled regions', async () => {
    const calls: string[] = [];
    const scan = await collectAws({ onCall: (c) => calls.push(`${c.service}:${c.operation}`) }, []);
    assert.equal(scan.account, '123456789012');
    assert.ok(scan.regions.includes('eu-west-1'));
    assert.deepEqual(calls, ['STSClient:GetCallerIdentityCommand', 'EC2Client:DescribeRegionsCommand']);
  });
});
