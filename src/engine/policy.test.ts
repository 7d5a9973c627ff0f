import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resource } from '../../test/helpers/checks.js';
import { CHECKS } from '../checks/registry.js';
import { Inventory } from '../inventory/inventory.js';
import type { Resource } from '../inventory/resources.js';
import { PERSON_ATTESTED_DUTIES } from '../model/account.js';
import { SERVICE_IDS } from '../model/responsibility.js';
import { parsePolicy } from '../policy/parse.js';
import { ATTESTABLE_DUTIES, DEFAULT_POLICY, type Policy } from '../policy/policy.js';
import { renderMatrix, renderTerminal } from '../report/terminal.js';
import { buildMatrix } from './matrix.js';
import type { Finding, ScanResult } from './result.js';
import { scan } from './run.js';

const NOW = new Date('2026-11-20T08:30:00Z');
const CHECK_IDS = CHECKS.map((c) => c.id);

function policyOf(lines: string[]): Policy {
  return parsePolicy(lines.join('\n'), 'demarc.yaml', { checkIds: CHECK_IDS });
}

function scanOf(resources: Resource[], policy: Policy = DEFAULT_POLICY): ScanResult {
  return scan({
    inventory: new Inventory(resources),
    policy,
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: ['test'] },
    version: 'test',
    startedAt: NOW,
    finishedAt: NOW,
    now: NOW,
  });
}

function findingOf(result: ScanResult, checkId: string, name: string): Finding {
  const found = result.findings.find((f) => f.checkId === checkId && f.resource.name === name);
  assert.ok(found, `no ${checkId} finding for ${name}`);
  return found;
}

/** One bucket under the AWS managed aws/s3 key, at a given classification. */
const awsManagedBucket = (name: string, level?: string, extra: Record<string, unknown> = {}) =>
  resource('S3Bucket', {
    name,
    id: `arn:aws:s3:::${name}`,
    tags: level ? { DataClassification: level } : {},
    encryption: { enabled: true, algorithm: 'aws:kms', kmsKeyId: 'alias/aws/s3' },
    ...extra,
  });

describe('policy: classification drives the checks', () => {
  it('passes a bucket under an AWS managed key as internal and fails it as restricted', () => {
    const result = scanOf([
      awsManagedBucket('reports-internal', 'internal'),
      awsManagedBucket('reports-restricted', 'restricted'),
    ]);
    const internal = findingOf(result, 'kms-key-custody-meets-classification', 'reports-internal');
    const restricted = findingOf(result, 'kms-key-custody-meets-classification', 'reports-restricted');
    assert.equal(internal.status, 'pass');
    assert.equal(internal.resource.classification, 'internal');
    assert.equal(restricted.status, 'fail');
    assert.equal(restricted.resource.classification, 'restricted');
    assert.match(restricted.reason, /AWS managed key.*'restricted' data needs at least customer managed key/);
  });

  it('an untagged bucket takes the default level the policy names', () => {
    const bucket = awsManagedBucket('untagged');
    assert.equal(
      findingOf(scanOf([bucket]), 'kms-key-custody-meets-classification', 'untagged').status,
      'pass',
    );
    const strict = policyOf(['version: 1', 'classification:', '  default: confidential']);
    const finding = findingOf(scanOf([bucket], strict), 'kms-key-custody-meets-classification', 'untagged');
    assert.equal(finding.status, 'fail');
    assert.equal(finding.resource.classification, 'confidential');
  });

  it('a custom tag key, levels and requirements from the file change the verdicts', () => {
    const policy = policyOf([
      'version: 1',
      'classification:',
      '  tagKey: Sensitivity',
      '  levels: [open, secret]',
      '  default: open',
      '  requirements:',
      '    open: { accessLogging: false }',
      '    secret: { accessLogging: true, minKeyCustody: customer-managed-external }',
    ]);
    const secret = resource('S3Bucket', {
      name: 'vault',
      tags: { Sensitivity: 'Secret' },
      encryption: { enabled: true, algorithm: 'aws:kms', kmsKeyId: 'alias/aws/s3' },
      logging: null,
    });
    const open = resource('S3Bucket', {
      name: 'brochures',
      tags: { DataClassification: 'restricted' },
      encryption: { enabled: true, algorithm: 'AES256' },
      logging: null,
    });
    const result = scanOf([secret, open], policy);
    assert.equal(findingOf(result, 's3-bucket-access-logging', 'vault').status, 'fail');
    assert.equal(
      findingOf(result, 's3-bucket-access-logging', 'vault').resource.classification,
      'secret',
      'tag value matched case-insensitively',
    );
    const brochures = findingOf(result, 'kms-key-custody-meets-classification', 'brochures');
    assert.equal(brochures.resource.classification, 'open', 'the old tag key means nothing now');
    assert.equal(brochures.status, 'pass');
    assert.ok(
      !result.findings.some(
        (f) => f.checkId === 's3-bucket-access-logging' && f.resource.name === 'brochures',
      ),
      'open data needs no access logging, so the check does not apply',
    );
    assert.match(
      findingOf(result, 'kms-key-custody-meets-classification', 'vault').reason,
      /'secret' data needs at least customer managed key with imported or external key material/,
    );
  });
});

describe('policy: jurisdictions', () => {
  it('says where the data is and where it is allowed, globally and per level', () => {
    const policy = policyOf([
      'version: 1',
      'classification:',
      '  requirements:',
      '    restricted: { allowedJurisdictions: [DE] }',
      'jurisdictions:',
      '  allowed: [EU, CH]',
    ]);
    const result = scanOf(
      [
        resource('S3Bucket', { name: 'eu-internal', region: 'eu-west-1' }),
        resource('S3Bucket', { name: 'us-internal', region: 'us-east-1' }),
        resource('S3Bucket', {
          name: 'ie-restricted',
          region: 'eu-west-1',
          tags: { DataClassification: 'restricted' },
        }),
        resource('S3Bucket', {
          name: 'de-restricted',
          region: 'eu-central-1',
          tags: { DataClassification: 'restricted' },
        }),
      ],
      policy,
    );
    const verdict = (name: string) => findingOf(result, 'region-within-allowed-jurisdiction', name);
    assert.equal(verdict('eu-internal').status, 'pass');
    assert.equal(verdict('us-internal').status, 'fail');
    assert.match(
      verdict('us-internal').reason,
      /us-east-1 \(United States, US\).*allowed by the policy: EU, CH/,
    );
    assert.equal(verdict('ie-restricted').status, 'fail');
    assert.match(
      verdict('ie-restricted').reason,
      /eu-west-1 \(Ireland, IE; EU, EEA\).*allowed for restricted data: DE/,
    );
    assert.equal(verdict('de-restricted').status, 'pass');
  });
});

describe('policy: exceptions in a scan', () => {
  const bucket = (name: string, props: Record<string, unknown>) =>
    resource('S3Bucket', {
      name,
      id: `arn:aws:s3:::${name}`,
      versioning: 'Disabled',
      encryption: { enabled: true, algorithm: 'AES256' },
      ...props,
    });
  const resources = () => [
    bucket('www-static', { tags: { Team: 'web' } }),
    bucket('www-assets', { tags: { Team: 'marketing' } }),
    bucket('www-unknown', { tagsUnknown: true }),
  ];
  const policy = () =>
    policyOf([
      'version: 1',
      'exceptions:',
      '  - id: web-versioning',
      '    check: s3-bucket-versioning',
      '    resource: { arn: "arn:aws:s3:::www-*", tags: { Team: web } }',
      '    reason: static site, rebuilt from git on every deploy',
      '    owner: Web lead',
      '    expires: "2027-03-31"',
      '  - id: old-logging',
      '    check: s3-bucket-versioning',
      '    resource: { arn: "arn:aws:s3:::www-assets" }',
      '    reason: was to be fixed in Q3',
      '    owner: Marketing',
      '    expires: "2026-09-30"',
      '  - id: gone',
      '    check: [s3-bucket-default-encryption]',
      '    resource: { region: eu-west-1 }',
      '    reason: fixed since',
      '    owner: Platform',
      '    expires: "2027-01-01"',
    ]);

  it('suppresses matched findings visibly, lets expired ones count again, and lists unused ones', () => {
    const result = scanOf(resources(), policy());
    const web = findingOf(result, 's3-bucket-versioning', 'www-static');
    assert.equal(web.status, 'fail', 'the verdict itself is unchanged');
    assert.deepEqual(web.suppressed, {
      by: 'exception',
      reason: 'static site, rebuilt from git on every deploy',
      exceptionId: 'web-versioning',
      owner: 'Web lead',
      expires: '2027-03-31',
    });
    assert.equal(findingOf(result, 's3-bucket-versioning', 'www-assets').suppressed, undefined, 'expired');
    assert.equal(
      findingOf(result, 's3-bucket-versioning', 'www-unknown').suppressed,
      undefined,
      'unreadable tags never match',
    );

    const { exceptions } = result.policy ?? assert.fail('no policy report');
    assert.deepEqual(
      exceptions.active.map((e) => [e.id, e.matched]),
      [['web-versioning', 1]],
    );
    assert.deepEqual(
      exceptions.expired.map((e) => [e.id, e.matched]),
      [['old-logging', 1]],
    );
    assert.deepEqual(
      exceptions.unused.map((e) => e.id),
      ['gone'],
    );
  });

  it('counts suppressed findings apart from failures in the summary', () => {
    const without = scanOf(resources());
    const withPolicy = scanOf(resources(), policy());
    assert.equal(withPolicy.summary.suppressed, 1);
    assert.equal(withPolicy.summary.byStatus.fail, without.summary.byStatus.fail, 'statuses are unchanged');
    const severity = findingOf(withPolicy, 's3-bucket-versioning', 'www-static').severity;
    assert.equal(
      withPolicy.summary.failedBySeverity[severity],
      without.summary.failedBySeverity[severity] - 1,
    );
  });

  it('shows suppressed findings and every exception in the terminal and in JSON', () => {
    const result = scanOf(resources(), policy());
    const text = renderTerminal(result, { color: false });
    assert.match(text, /suppressed by exception web-versioning \(Web lead, until 2027-03-31\): static site/);
    assert.match(
      text,
      /~ web-versioning \(Web lead, until 2027-03-31\): 1 finding\(s\) of s3-bucket-versioning suppressed/,
    );
    assert.match(
      text,
      /! old-logging \(Marketing\) expired 2026-09-30: 1 finding\(s\) of s3-bucket-versioning count again/,
    );
    assert.match(text, /\? gone \(Platform, until 2027-01-01\) is unused/);
    assert.match(text, /, 1 suppressed;/);
    const json = JSON.parse(JSON.stringify(result)) as ScanResult;
    assert.equal(json.policy?.exceptions.expired[0]?.id, 'old-logging');
    assert.equal(json.findings.filter((f) => f.suppressed?.by === 'exception').length, 1);
  });
});

describe('policy: attestations in the matrix and the report', () => {
  const attestation = (id: string, domain: string, date: string, expires: string, services?: string) => [
    `  - id: ${id}`,
    `    domain: ${domain}`,
    ...(services ? [`    services: [${services}]`] : []),
    '    statement: done',
    '    attestedBy: Maria Jansen, CISO',
    `    date: "${date}"`,
    `    expires: "${expires}"`,
    '    evidence: https://intranet.example/evidence',
  ];

  it('shows cells as attested, expired or missing (no evidence)', () => {
    const policy = policyOf([
      'version: 1',
      'attestations:',
      ...attestation('training-2026', 'awareness-training', '2026-03-01', '2027-03-01'),
      ...attestation('vpn-keys-2025', 'key-management', '2025-01-01', '2025-12-31', 'vpc'),
      ...attestation('sso-access-review', 'secure-connectivity', '2026-01-01', '2026-12-31', 'ec2'),
    ]);
    const result = scanOf(
      [resource('S3Bucket', { name: 'b' }), resource('Vpc', { name: 'v', vpcId: 'vpc-1' })],
      policy,
    );
    const cell = (service: string, domain: string) =>
      result.matrix.rows.find((r) => r.service === service)?.cells.find((c) => c.domain === domain);
    // Training and the key ceremony are held once per account: the account row shows them.
    const account = (domain: string) => result.matrix.accounts?.[0]?.cells.find((c) => c.domain === domain);
    assert.equal(account('awareness-training')?.evidence, 'attested');
    assert.deepEqual(account('awareness-training')?.attestations, ['training-2026']);
    assert.equal(account('key-management')?.evidence, 'expired');
    assert.equal(cell('s3', 'awareness-training'), undefined, 'no service row repeats the training column');
    assert.deepEqual(cell('vpc', 'key-management')?.attestations, [], "the ceremony is the account's duty");
    assert.equal(
      cell('s3', 'secure-connectivity')?.evidence,
      'no_evidence',
      'that attestation covers ec2 only',
    );
    assert.deepEqual(cell('s3', 'secure-connectivity')?.attestations, []);

    const duties = Object.fromEntries((result.policy?.duties ?? []).map((d) => [d.duty, d.state]));
    assert.equal(duties['security-awareness-training'], 'attested');
    assert.equal(duties['key-ceremony'], 'expired');
    assert.equal(duties['incident-response-plan'], 'missing');

    const text = renderTerminal(result, { color: false });
    assert.match(
      text,
      /◆ training-2026 \[security-awareness-training\] by Maria Jansen, CISO on 2026-03-01, until 2027-03-01/,
    );
    assert.match(text, /! vpn-keys-2025 \[key-ceremony: vpc\] by .* expired 2025-12-31/);
    assert.match(
      text,
      /not attested: incident-response-plan, access-review, vendor-review, regulatory-review/,
    );
  });
});

describe('shared cells made explicit', () => {
  const matrix = buildMatrix(
    SERVICE_IDS.map((service) => ({ service })),
    CHECKS,
    [],
    NOW,
  );

  it('every shared cell names what AWS provides, what the customer configures, and its evidence', () => {
    let shared = 0;
    for (const row of matrix.rows) {
      for (const cell of row.cells) {
        if (cell.owner !== 'shared') {
          assert.equal(cell.split, undefined, `${row.service}/${cell.domain}`);
          continue;
        }
        shared++;
        assert.ok(
          cell.split && cell.split.aws.length > 10 && cell.split.customer.length > 10,
          `${row.service}/${cell.domain}`,
        );
        assert.ok(Array.isArray(cell.checks) && Array.isArray(cell.attestations));
      }
    }
    assert.ok(shared > 50, `only ${shared} shared cells`);
  });

  it('demarc matrix prints both sides and the checks that evidence the customer part', () => {
    const s3 = buildMatrix([{ service: 's3' }], CHECKS, [], NOW);
    const text = renderMatrix(s3, { color: false });
    assert.match(
      text,
      /shared {3}Encryption in transit: .*\n {11}AWS provides: TLS on every S3 endpoint\n {11}customer configures: A bucket policy that denies requests where aws:SecureTransport is false\n {11}customer's part evidenced by: s3-bucket-deny-insecure-transport/,
    );
    const json = JSON.parse(JSON.stringify(s3));
    const cell = json.rows[0].cells.find((c: { domain: string }) => c.domain === 'encryption-in-transit');
    assert.deepEqual(Object.keys(cell.split), ['aws', 'customer']);
  });
});

describe('duties only a person can attest', () => {
  it('are the duties the policy file lets a person attest, so framework views count them as evidenceable', () => {
    assert.deepEqual(
      [...PERSON_ATTESTED_DUTIES].sort(),
      Object.values(ATTESTABLE_DUTIES)
        .map((d) => d.duty)
        .sort(),
    );
  });
});
