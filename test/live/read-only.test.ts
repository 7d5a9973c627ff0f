import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { seedAccount } from '../../bench/live/seed.js';
import { PACKAGE_ROOT } from '../../src/cli/paths.js';
import { iamActionOf, isReadOnlyAction } from '../../src/sources/aws/actions.js';
import { collectAws } from '../../src/sources/aws/scan.js';
import { motoForSuite } from '../support/moto.js';

interface PolicyFile {
  Statement: { Effect: string; Action: string[]; Resource: string }[];
}

/** SDK package → the client class name the call recorder reports. */
const CLIENT_OF_PACKAGE: Record<string, string> = {
  'client-sts': 'STSClient',
  'client-iam': 'IAMClient',
  'client-s3': 'S3Client',
  'client-s3-control': 'S3ControlClient',
  'client-ec2': 'EC2Client',
  'client-ssm': 'SSMClient',
  'client-kms': 'KMSClient',
  'client-cloudtrail': 'CloudTrailClient',
  'client-rds': 'RDSClient',
  'client-redshift': 'RedshiftClient',
  'client-dynamodb': 'DynamoDBClient',
  'client-elastic-load-balancing-v2': 'ElasticLoadBalancingV2Client',
  'client-elastic-load-balancing': 'ElasticLoadBalancingClient',
  'client-lambda': 'LambdaClient',
};

/**
 * Every AWS operation demarc's source can send, read from the SDK imports of src/sources/aws
 * (commands and paginators), as IAM actions.
 */
function actionsInSource(): Set<string> {
  const dir = `${PACKAGE_ROOT}src/sources/aws/`;
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  const actions = new Set<string>();
  for (const file of files) {
    const text = readFileSync(dir + file, 'utf8');
    for (const [, names = '', pkg = ''] of text.matchAll(
      /import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/([\w-]+)'/g,
    )) {
      const client = CLIENT_OF_PACKAGE[pkg];
      assert.ok(client, `${file}: unknown SDK package ${pkg}`);
      for (const raw of names.split(',')) {
        const name =
          raw
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0] ?? '';
        const operation = /^(\w+)Command$/.exec(name)?.[1] ?? /^paginate(\w+)$/.exec(name)?.[1];
        if (operation) actions.add(iamActionOf({ service: client, operation }));
      }
    }
  }
  return actions;
}

describe('read-only by construction', () => {
  const observed = new Set<string>();
  const policy = JSON.parse(readFileSync(`${PACKAGE_ROOT}docs/iam-policy.json`, 'utf8')) as PolicyFile;
  const allowed = new Set(policy.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => s.Action));

  motoForSuite();
  before(async () => {
    await seedAccount({ regions: ['eu-west-1', 'us-east-1'], scale: 1 });
    await collectAws({
      regions: ['eu-west-1', 'us-east-1'],
      onCall: (call) => observed.add(iamActionOf(call)),
    });
  });

  it('the shipped policy allows only reads, on every resource, and denies nothing it needs', () => {
    assert.ok(policy.Statement.every((s) => s.Effect === 'Allow' && s.Resource === '*'));
    for (const action of allowed) assert.ok(isReadOnlyAction(action), `${action} is not a read`);
  });

  it('the policy lists exactly the operations the source can call (least privilege)', () => {
    const inSource = actionsInSource();
    assert.deepEqual([...allowed].sort(), [...inSource].sort());
  });

  it('every request a full scan of the emulator makes is a read listed in the policy', () => {
    assert.ok(observed.size > 40, `only ${observed.size} distinct actions recorded`);
    for (const action of observed) {
      assert.ok(isReadOnlyAction(action), `${action} is not a read`);
      assert.ok(allowed.has(action), `${action} is called but missing from docs/iam-policy.json`);
    }
  });
});
