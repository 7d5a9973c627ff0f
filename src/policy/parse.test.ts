import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePolicy } from './parse.js';
import { PolicyError, PolicySchema, resolvePolicy } from './policy.js';

const CHECK_IDS = ['s3-bucket-versioning', 'vpc-security-group-no-public-admin-ports'];

/** Parses lines as demarc.yaml, with the check ids a build would pass. */
function parse(lines: string[], file = 'demarc.yaml') {
  return parsePolicy(lines.join('\n'), file, { checkIds: CHECK_IDS });
}

/** A valid exception whose fields a test can override or drop (undefined drops). */
function exceptionLines(fields: Record<string, string | undefined> = {}): string[] {
  const base: Record<string, string | undefined> = {
    id: 'accepted-1',
    check: 's3-bucket-versioning',
    resource: '{ arn: "arn:aws:s3:::scratch-*" }',
    reason: 'scratch data, recreated nightly',
    owner: 'Data team',
    expires: '"2027-01-31"',
    ...fields,
  };
  const entries = Object.entries(base).filter(([, v]) => v !== undefined);
  return [
    'version: 1',
    'exceptions:',
    ...entries.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`),
  ];
}

function attestationLines(fields: Record<string, string | undefined> = {}): string[] {
  const base: Record<string, string | undefined> = {
    id: 'training-2026',
    domain: 'awareness-training',
    statement: 'All staff trained',
    attestedBy: 'CISO',
    date: '"2026-03-01"',
    expires: '"2027-03-01"',
    evidence: 'https://intranet.example/training',
    ...fields,
  };
  const entries = Object.entries(base).filter(([, v]) => v !== undefined);
  return [
    'version: 1',
    'attestations:',
    ...entries.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`),
  ];
}

describe('policy file: keys that are Object members', () => {
  it('refuses __proto__ as a requirements key, which would otherwise vanish unread', () => {
    assert.throws(
      () =>
        parse([
          'version: 1',
          'classification:',
          '  levels: [low, __proto__]',
          '  default: low',
          '  requirements:',
          '    __proto__: { dedicatedTenancy: true }',
        ]),
      /demarc\.yaml:6: classification\.requirements\.__proto__: '__proto__' cannot be used as a key here$/,
    );
  });

  it('gives a level named like an Object member the requirements of the level below, not Object members', () => {
    const policy = parse([
      'version: 1',
      'classification:',
      '  levels: [low, constructor, toString]',
      '  default: low',
    ]);
    const baseline = policy.requirements.get('low');
    assert.deepEqual(policy.requirements.get('constructor'), baseline);
    assert.deepEqual(policy.requirements.get('toString'), baseline);
  });
});

describe('policy file: classification and requirements', () => {
  it('reads levels, requirements and jurisdictions, inheriting lower levels', () => {
    const policy = parse([
      'version: 1',
      'classification:',
      '  tagKey: Sensitivity',
      '  levels: [low, high]',
      '  default: low',
      '  requirements:',
      '    low: { backupRetentionDays: 3, accessLogging: true }',
      '    high: { minKeyCustody: customer-managed, allowedJurisdictions: [DE, eu-west-1] }',
      'jurisdictions:',
      '  allowed: [EU, EEA, CH, us-east-1]',
    ]);
    assert.equal(policy.tagKey, 'Sensitivity');
    assert.deepEqual(policy.allowedJurisdictions, ['EU', 'EEA', 'CH', 'us-east-1']);
    const high = policy.requirements.get('high');
    assert.equal(high?.minKeyCustody, 'customer-managed');
    assert.deepEqual(high?.allowedJurisdictions, ['DE', 'eu-west-1']);
    assert.equal(high?.backupRetentionDays, 3, 'inherited from low');
    assert.equal(high?.accessLogging, true, 'inherited from low');
    assert.equal(policy.requirements.get('low')?.minKeyCustody, 'aws-owned', 'baseline');
  });

  it('fills demarc defaults when the file says nothing', () => {
    const policy = parse(['version: 1']);
    assert.deepEqual(policy.levels, ['public', 'internal', 'confidential', 'restricted']);
    assert.equal(policy.defaultLevel, 'internal');
    assert.equal(policy.requirements.get('restricted')?.dedicatedTenancy, true);
    assert.equal(policy.requirements.get('restricted')?.minKeyCustody, 'customer-managed');
    assert.equal(policy.allowedJurisdictions, undefined);
    assert.deepEqual(policy.exceptions, []);
  });

  it('names file, line and field for a wrong value', () => {
    assert.throws(
      () =>
        parse(
          [
            'version: 1',
            'classification:',
            '  levels: [a, b]',
            '  default: a',
            '  requirements:',
            '    b:',
            '      minKeyCustody: strong',
          ],
          'p.yaml',
        ),
      /^InputError: p\.yaml:7: classification\.requirements\.b\.minKeyCustody: Invalid option/,
    );
  });

  it('names what was expected for wrong types', () => {
    assert.throws(
      () =>
        parse([
          'version: 1',
          'classification:',
          '  requirements:',
          '    internal:',
          '      backupRetentionDays: lots',
        ]),
      /demarc\.yaml:5: classification\.requirements\.internal\.backupRetentionDays: expected number, received string/,
    );
    assert.throws(
      () =>
        parse([
          'version: 1',
          'classification:',
          '  requirements:',
          '    internal:',
          '      accessLogging: "yes"',
        ]),
      /demarc\.yaml:5: classification\.requirements\.internal\.accessLogging: expected boolean, received string/,
    );
    assert.throws(() => parse(['version: 2']), /demarc\.yaml:1: version: /);
    assert.throws(() => parse(['jurisdictions: { allowed: [EU] }']), /missing required field 'version'/);
  });

  it('rejects unknown keys, unknown levels and repeated levels with their line', () => {
    assert.throws(
      () => parse(['version: 1', 'clasification: {}'], 'p.yaml'),
      /p\.yaml:1: Unrecognized key: "clasification"/,
    );
    assert.throws(
      () => parse(['version: 1', 'classification:', '  levels: [a]', '  default: z'], 'p.yaml'),
      /^InputError: p\.yaml:4: classification\.default: 'z' is not one of the levels \(a\)$/,
    );
    assert.throws(
      () =>
        parse([
          'version: 1',
          'classification:',
          '  levels: [a, b]',
          '  default: a',
          '  requirements:',
          '    c: {}',
        ]),
      /demarc\.yaml:6: classification\.requirements\.c: 'c' is not one of the levels \(a, b\)/,
    );
    assert.throws(
      () => parse(['version: 1', 'classification:', '  levels: [low, Low]', '  default: low']),
      /demarc\.yaml:3: classification\.levels\[1\]: level 'Low' is listed twice/,
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

describe('policy file: jurisdictions', () => {
  it('accepts groups, ISO country codes and region codes of every partition', () => {
    const policy = parse([
      'version: 1',
      'jurisdictions:',
      '  allowed: [EU, eea, GOVCLOUD, CHINA, US, de, us-gov-west-1, cn-north-1, eusc-de-east-1]',
    ]);
    assert.equal(policy.allowedJurisdictions?.length, 9);
  });

  it('refuses an entry demarc cannot place, naming its line', () => {
    assert.throws(
      () => parse(['version: 1', 'jurisdictions:', '  allowed:', '    - EU', '    - Europe']),
      /^InputError: demarc\.yaml:5: jurisdictions\.allowed\[1\]: 'Europe' is not a region code, an ISO country code with an AWS region, or a group \(EU, EEA, GOVCLOUD, CHINA, EUSC\)$/,
    );
    assert.throws(
      () =>
        parse([
          'version: 1',
          'classification:',
          '  requirements:',
          '    restricted:',
          '      allowedJurisdictions: [eu-west-9]',
        ]),
      /demarc\.yaml:5: classification\.requirements\.restricted\.allowedJurisdictions\[0\]: 'eu-west-9' is not/,
    );
  });
});

describe('policy file: exceptions', () => {
  it('reads a complete exception, with a check list and every selector field', () => {
    const policy = parse([
      'version: 1',
      'exceptions:',
      '  - id: legacy-ssh',
      '    check: [vpc-security-group-no-public-admin-ports, s3-bucket-versioning]',
      '    resource:',
      '      arn: ["arn:aws:ec2:*:123456789012:security-group/sg-0?", "arn:aws:s3:::x"]',
      '      account: "123456789012"',
      '      region: [eu-west-1, global]',
      '      tags: { Team: legacy }',
      '    reason: partner SFTP',
      '    owner: Ops',
      '    expires: 2026-12-31',
    ]);
    const [exception] = policy.exceptions;
    assert.equal(exception?.id, 'legacy-ssh');
    assert.deepEqual(exception?.check, ['vpc-security-group-no-public-admin-ports', 's3-bucket-versioning']);
    assert.equal(exception?.expires, '2026-12-31', 'an unquoted date stays a YYYY-MM-DD string');
    assert.deepEqual(exception?.resource.tags, { Team: 'legacy' });
  });

  for (const field of ['id', 'check', 'resource', 'reason', 'owner', 'expires']) {
    it(`requires ${field}, naming the exception's line`, () => {
      assert.throws(
        () => parse(exceptionLines({ [field]: undefined })),
        new RegExp(
          `^InputError: demarc\\.yaml:3: exceptions\\[0\\]\\.${field}: missing required field '${field}'`,
        ),
      );
    });
  }

  it('refuses empty reason or owner', () => {
    assert.throws(
      () => parse(exceptionLines({ reason: '""' })),
      /demarc\.yaml:6: exceptions\[0\]\.reason: Too small/,
    );
    assert.throws(
      () => parse(exceptionLines({ owner: '""' })),
      /demarc\.yaml:7: exceptions\[0\]\.owner: Too small/,
    );
  });

  it('refuses dates that are not real YYYY-MM-DD dates', () => {
    for (const bad of ['"2026-02-30"', '"31/12/2026"', '"2026-12"', 'soon', '20261231']) {
      assert.throws(
        () => parse(exceptionLines({ expires: bad })),
        /^InputError: demarc\.yaml:8: exceptions\[0\]\.expires: expected a date as YYYY-MM-DD$/,
        bad,
      );
    }
  });

  it('refuses a check id this build does not have, naming its line', () => {
    assert.throws(
      () => parse(exceptionLines({ check: 's3-bucket-versionning' })),
      /^InputError: demarc\.yaml:4: exceptions\[0\]\.check: unknown check 's3-bucket-versionning' \(demarc checks lists them\)$/,
    );
    assert.throws(
      () =>
        parse([
          'version: 1',
          'exceptions:',
          '  - id: a',
          '    check:',
          '      - s3-bucket-versioning',
          '      - no-such-check',
          '    resource: { region: eu-west-1 }',
          '    reason: r',
          '    owner: o',
          '    expires: "2027-01-01"',
        ]),
      /demarc\.yaml:6: exceptions\[0\]\.check\[1\]: unknown check 'no-such-check'/,
    );
  });

  it('needs a resource selector with at least one field, and sane values in it', () => {
    assert.throws(
      () => parse(exceptionLines({ resource: '{}' })),
      /demarc\.yaml:5: exceptions\[0\]\.resource: expected at least one of arn, account, region or tags/,
    );
    assert.throws(
      () => parse(exceptionLines({ resource: '{ account: "1234" }' })),
      /demarc\.yaml:5: exceptions\[0\]\.resource\.account: expected a 12-digit AWS account id/,
    );
    assert.throws(
      () => parse(exceptionLines({ resource: '{ region: eu-wst-1 }' })),
      /demarc\.yaml:5: exceptions\[0\]\.resource\.region: unknown region 'eu-wst-1'/,
    );
    assert.throws(
      () => parse(exceptionLines({ resource: '{ name: scratch }' })),
      /demarc\.yaml:5: exceptions\[0\]\.resource: Unrecognized key: "name"/,
    );
    assert.throws(
      () => parse(exceptionLines({ check: '42' })),
      /demarc\.yaml:4: exceptions\[0\]\.check: expected a check id or a list of them/,
    );
  });

  it('refuses two exceptions with one id', () => {
    const lines = exceptionLines();
    const second = lines.slice(2);
    assert.throws(
      () => parse([...lines, ...second]),
      /demarc\.yaml:9: exceptions\[1\]\.id: exception id 'accepted-1' is used twice/,
    );
  });

  it('without known check ids (library use), any check id is accepted', () => {
    const policy = parsePolicy(exceptionLines({ check: 'someone-elses-check' }).join('\n'), 'p.yaml');
    assert.equal(policy.exceptions[0]?.check, 'someone-elses-check');
  });
});

describe('policy file: attestations', () => {
  it('reads an attestation, with its duty', () => {
    const policy = parse(attestationLines({ duty: 'security-awareness-training' }));
    assert.equal(policy.attestations[0]?.duty, 'security-awareness-training');
  });

  for (const field of ['attestedBy', 'date', 'expires', 'evidence']) {
    it(`requires ${field}`, () => {
      assert.throws(
        () => parse(attestationLines({ [field]: undefined })),
        new RegExp(`demarc\\.yaml:3: attestations\\[0\\]\\.${field}: missing required field '${field}'`),
      );
    });
  }

  it('refuses an expiry before the attestation date', () => {
    assert.throws(
      () => parse(attestationLines({ date: '"2026-03-01"', expires: '"2026-02-28"' })),
      /^InputError: demarc\.yaml:8: attestations\[0\]\.expires: 2026-02-28 is before the attestation date 2026-03-01$/,
    );
  });

  it('refuses a duty, domain or service that is not one', () => {
    assert.throws(
      () => parse(attestationLines({ duty: 'pen-test' })),
      /demarc\.yaml:\d+: attestations\[0\]\.duty: Invalid option/,
    );
    assert.throws(
      () => parse(attestationLines({ domain: 'training' })),
      /demarc\.yaml:4: attestations\[0\]\.domain: Invalid option/,
    );
  });

  it('refuses attesting a duty AWS alone holds', () => {
    assert.throws(
      () => parse(attestationLines({ domain: 'physical' })),
      /demarc\.yaml:4: attestations\[0\]\.domain: AWS alone holds 'physical' \(Physical and facilities\) in every service/,
    );
    // Guest OS patching is the customer's on EC2 but AWS's on S3.
    assert.throws(
      () => parse(attestationLines({ domain: 'guest-os-patching', services: '[ec2, s3]' })),
      /demarc\.yaml:\d+: attestations\[0\]\.services\[1\]: AWS alone holds 'guest-os-patching' \(Guest OS and patching\) for s3/,
    );
    // Hardware is shared only on EC2 dedicated hosts: attestable for ec2.
    assert.doesNotThrow(() =>
      parse(attestationLines({ domain: 'hardware-virtualization', services: '[ec2]' })),
    );
  });

  it('refuses two attestations with one id', () => {
    const lines = attestationLines();
    assert.throws(
      () => parse([...lines, ...lines.slice(2)]),
      /attestations\[1\]\.id: attestation id 'training-2026' is used twice/,
    );
  });
});

describe('resolvePolicy (library use)', () => {
  it('throws a PolicyError with the path of the field at fault', () => {
    const input = PolicySchema.parse({ version: 1, jurisdictions: { allowed: ['Atlantis'] } });
    assert.throws(
      () => resolvePolicy(input, 'test'),
      (error: unknown) =>
        error instanceof PolicyError &&
        error.path.join('.') === 'jurisdictions.allowed.0' &&
        /^jurisdictions\.allowed\[0\]: 'Atlantis' is not/.test(error.message),
    );
  });
});

describe('policy file: hostile shapes', () => {
  const refusal = (text: string): string => {
    try {
      parsePolicy(text, 'demarc.yaml');
    } catch (error) {
      assert.ok(!(error instanceof RangeError), String(error));
      return (error as Error).message;
    }
    return assert.fail('the policy was accepted');
  };

  it('nesting past the YAML parser is named as nesting, with the line', () => {
    const text = `version: 1\nnote: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    assert.equal(refusal(text), 'demarc.yaml:2: nests more than 64 levels deep');
  });

  it('nesting the parser takes but the policy cannot need is refused at its line', () => {
    const block = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k${i}:\n`).join('');
    assert.equal(refusal(`version: 1\n${block}`), 'demarc.yaml:66: nests more than 64 levels deep');
  });

  it('YAML tags for language objects are refused, not read as strings', () => {
    assert.match(
      refusal('version: 1\nclassification:\n  tagKey: !!js/function "function () {}"\n'),
      /^demarc\.yaml:3: unknown tag !!js\/function$/,
    );
  });
});
