import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHECKS } from '../checks/registry.js';
import { parsePolicy } from './parse.js';
import { DEFAULT_POLICY } from './policy.js';
import { type EstateFacts, jurisdictionsOf, looksLikeClassificationKey, starterPolicy } from './starter.js';

const CHECK_IDS = CHECKS.map((c) => c.id);

const FACTS: EstateFacts = {
  source: 'estate.json',
  accounts: ['123456789012'],
  regions: ['eu-west-1', 'eu-central-2', 'us-gov-west-1', 'xx-nowhere-1'],
  resources: 40,
  classificationTags: [
    { key: 'data-classification', resources: 30, values: { confidential: 20, Restricted: 5, pii: 5 } },
    { key: 'Sensitivity', resources: 2, values: { high: 2 } },
  ],
};

/** The starter with its commented examples switched on, as a user would after reading it. */
function uncommented(text: string): string {
  return text
    .replace('attestations: []', 'attestations:')
    .replace('exceptions: []', 'exceptions:')
    .replace('store: {}', 'store:')
    .split('\n')
    .map((line) => (line.startsWith('#  ') ? line.slice(1) : line))
    .join('\n');
}

describe('starter policy (demarc init)', () => {
  it('without an estate, is valid and equals demarc’s defaults', () => {
    const policy = parsePolicy(starterPolicy(), 'demarc.yaml', { checkIds: CHECK_IDS });
    assert.deepEqual(policy.levels, DEFAULT_POLICY.levels);
    assert.equal(policy.tagKey, DEFAULT_POLICY.tagKey);
    assert.equal(policy.defaultLevel, DEFAULT_POLICY.defaultLevel);
    assert.deepEqual([...policy.requirements], [...DEFAULT_POLICY.requirements]);
    assert.equal(
      policy.allowedJurisdictions,
      undefined,
      'nothing enforced until the user lists jurisdictions',
    );
  });

  it('fitted to an estate, takes its classification tag and pre-fills its jurisdictions', () => {
    const text = starterPolicy(FACTS);
    const policy = parsePolicy(text, 'demarc.yaml', { checkIds: CHECK_IDS });
    assert.equal(policy.tagKey, 'data-classification');
    assert.deepEqual(policy.allowedJurisdictions, ['CH', 'EU', 'US']);
    assert.match(text, /Found on 30 of 40 resources: confidential 20, Restricted 5, pii 5\./);
    assert.match(text, /treated as the default: pii\./, 'Restricted matches a level case-insensitively');
    assert.match(text, /Also seen: Sensitivity on 2 resources/);
    assert.match(text, /demarc cannot place xx-nowhere-1/);
    assert.match(text, /from estate\.json: 40 resources in account\(s\)\n# 123456789012/);
  });

  it('says so when the estate carries no classification tag', () => {
    const text = starterPolicy({ ...FACTS, classificationTags: [] });
    assert.match(text, /No classification tag was found/);
    assert.equal(parsePolicy(text, 'demarc.yaml').tagKey, 'DataClassification');
  });

  it('its commented examples are themselves valid once uncommented', () => {
    const policy = parsePolicy(uncommented(starterPolicy(FACTS)), 'demarc.yaml', { checkIds: CHECK_IDS });
    assert.equal(policy.attestations[0]?.duty, 'security-awareness-training');
    assert.equal(policy.exceptions[0]?.check, 'vpc-security-group-no-public-admin-ports');
    assert.deepEqual(policy.store, { location: '.demarc/history.db', save: true });
    assert.match(
      String(policy.exceptions[0]?.resource.arn),
      /^arn:aws:ec2:eu-west-1:123456789012:security-group\/sg-\*$/,
    );
  });

  it('places regions by their narrowest useful entry', () => {
    assert.deepEqual(jurisdictionsOf(['eu-west-1', 'eu-north-1', 'eu-west-2', 'cn-north-1', 'us-east-1']), {
      entries: ['CN', 'EU', 'GB', 'US'],
      unplaced: [],
    });
    assert.deepEqual(jurisdictionsOf([]), { entries: [], unplaced: [] });
  });

  it('recognizes the usual classification tag keys only', () => {
    for (const key of ['DataClassification', 'data-classification', 'Sensitivity', 'confidentiality']) {
      assert.ok(looksLikeClassificationKey(key), key);
    }
    for (const key of ['Team', 'Environment', 'Class']) assert.ok(!looksLikeClassificationKey(key), key);
  });
});
