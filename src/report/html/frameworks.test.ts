import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckInfo, Finding } from '../../engine/result.js';
import { compareIds, frameworkView, passRate } from './frameworks.js';

function check(id: string, frameworks: CheckInfo['frameworks']): CheckInfo {
  return {
    id,
    title: `title of ${id}`,
    service: 's3',
    domain: 'encryption-at-rest',
    severity: 'high',
    resourceTypes: ['S3Bucket'],
    frameworks,
    remediation: { text: 'fix it' },
  };
}

function finding(checkId: string, status: Finding['status'], suppressed = false): Finding {
  return {
    key: `${checkId}:${status}`,
    checkId,
    domain: 'encryption-at-rest',
    severity: 'high',
    status,
    reason: 'r',
    resource: {
      id: `arn:${checkId}:${status}`,
      type: 'S3Bucket',
      name: 'b',
      account: '111122223333',
      region: 'eu-west-1',
      source: { kind: 'snapshot' },
      service: 's3',
      classification: 'internal',
    },
    ...(suppressed && { suppressed: { by: 'inline', reason: 'accepted' } }),
  };
}

describe('framework view', () => {
  const checks = {
    a: check('a', { 'cis-aws-3.0': ['2.1.1'], 'aws-fsbp': ['S3.4'] }),
    b: check('b', { 'cis-aws-3.0': ['2.1.4', '2.1.1'], 'aws-fsbp': ['S3.1'] }),
    c: check('c', { 'cis-aws-3.0': ['1.10'] }),
    d: check('d', { 'cis-aws-3.0': ['1.9'] }),
    none: check('none', {}),
  };
  const findings = [
    finding('a', 'pass'),
    finding('a', 'pass'),
    finding('a', 'fail', true),
    finding('b', 'fail'),
    finding('b', 'not_assessed'),
    finding('c', 'not_assessed'),
    finding('none', 'fail'),
  ];
  const view = frameworkView(checks, findings);

  it('groups CIS recommendations by the number before the first dot, sections in order', () => {
    assert.deepEqual(
      view.cisSections.map((s) => [s.id, s.title, s.recommendations.map((r) => r.id)]),
      [
        ['1', 'Identity and Access Management', ['1.9', '1.10']],
        ['2', 'Storage', ['2.1.1', '2.1.4']],
      ],
    );
  });

  it('counts a check once per item even when it maps to two recommendations of one section', () => {
    const storage = view.cisSections[1];
    assert.deepEqual([storage?.pass, storage?.fail, storage?.notAssessed], [2, 2, 1]);
    assert.deepEqual(storage?.checks, ['a', 'b']);
    const rec = storage?.recommendations[0];
    assert.deepEqual([rec?.id, rec?.pass, rec?.fail, rec?.notAssessed], ['2.1.1', 2, 2, 1]);
  });

  it('keeps a suppressed failure a failure, and not-assessed out of the rate', () => {
    const s34 = view.fsbpControls.find((c) => c.id === 'S3.4');
    assert.deepEqual([s34?.pass, s34?.fail, s34?.notAssessed], [2, 1, 0]);
    assert.equal(passRate(s34 ?? { pass: 0, fail: 0, notAssessed: 0 }), 2 / 3);
  });

  it('has no rate when nothing passed or failed', () => {
    const iam = view.cisSections[0];
    assert.equal(passRate(iam ?? { pass: 1, fail: 0, notAssessed: 0 }), undefined);
    assert.equal(iam?.notAssessed, 1);
    const unjudged = view.cisSections[0]?.recommendations.find((r) => r.id === '1.9');
    assert.deepEqual([unjudged?.pass, unjudged?.fail, unjudged?.notAssessed], [0, 0, 0]);
  });

  it('orders ids numerically', () => {
    assert.deepEqual(['EC2.13', 'EC2.2', '1.10', '1.9', '2.1.10', '2.1.2'].sort(compareIds), [
      '1.9',
      '1.10',
      '2.1.2',
      '2.1.10',
      'EC2.2',
      'EC2.13',
    ]);
  });

  it('leaves out checks without a mapping', () => {
    assert.deepEqual(
      view.fsbpControls.map((c) => c.id),
      ['S3.1', 'S3.4'],
    );
  });
});
