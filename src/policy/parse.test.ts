import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePolicy } from './parse.js';

describe('policy file', () => {
  it('reads levels, requirements and jurisdictions, inheriting lower levels', () => {
    const policy = parsePolicy(
      [
        'version: 1',
        'classification:',
        '  tagKey: Sensitivity',
        '  levels: [low, high]',
        '  default: low',
        '  requirements:',
        '    low: { backupRetentionDays: 3, accessLogging: true }',
        '    high: { minKeyCustody: customer-managed }',
        'jurisdictions:',
        '  allowed: [EU]',
      ].join('\n'),
      'demarc.yaml',
    );
    assert.equal(policy.tagKey, 'Sensitivity');
    assert.deepEqual(policy.allowedJurisdictions, ['EU']);
    const high = policy.requirements.get('high');
    assert.equal(high?.minKeyCustody, 'customer-managed');
    assert.equal(high?.backupRetentionDays, 3, 'inherited from low');
    assert.equal(high?.accessLogging, true, 'inherited from low');
  });

  it('names file, line and field for a wrong value', () => {
    assert.throws(
      () =>
        parsePolicy(
          'version: 1\nclassification:\n  levels: [a, b]\n  default: a\n  requirements:\n    b:\n      minKeyCustody: strong\n',
          'p.yaml',
        ),
      /^InputError: p\.yaml:7: classification\.requirements\.b\.minKeyCustody: Invalid option/,
    );
  });

  it('rejects unknown keys and levels that do not exist', () => {
    assert.throws(
      () => parsePolicy('version: 1\nclasification: {}\n', 'p.yaml'),
      /p\.yaml:1: Unrecognized key: "clasification"/,
    );
    assert.throws(
      () => parsePolicy('version: 1\nclassification:\n  levels: [a]\n  default: z\n', 'p.yaml'),
      /p\.yaml: classification\.default 'z' is not one of the levels/,
    );
  });

  it('reports YAML syntax errors with their line and refuses alias bombs', () => {
    assert.throws(
      () => parsePolicy('version: 1\njurisdictions: [EU\n', 'bad.yaml'),
      /^InputError: bad\.yaml:\d+: not valid YAML/,
    );
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10)
          .fill(`*${i === 0 ? 'a' : 'bcdefghi'[i - 1]}`)
          .join(', ')}]`,
      );
    assert.throws(() => parsePolicy(bomb.join('\n'), 'bomb.yaml'), /bomb\.yaml/);
  });
});
