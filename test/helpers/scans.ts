import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { CHECKS } from '../../src/checks/registry.js';
import type { ScanResult } from '../../src/engine/result.js';
import { scan } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { parsePolicy } from '../../src/policy/parse.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import { inventoryOf, parseSnapshot } from '../../src/sources/snapshot/load.js';
import { resource, TEST_ACCOUNT, TEST_NOW } from './checks.js';

/** Test scans for the report formats: real inputs through the real engine, never hand-built results. */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCHEMAS_DIR = `${ROOT}test/fixtures/schemas/`;

export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${SCHEMAS_DIR}${file}`, 'utf8')) as Record<string, unknown>;
}

/** The bundled demo estate under its policy: hundreds of findings over every status. */
export function demoScan(): ScanResult {
  const snapshot = parseSnapshot(readFileSync(`${ROOT}examples/demo-account.json`, 'utf8'), 'demo');
  const policy = parsePolicy(readFileSync(`${ROOT}examples/demarc.yaml`, 'utf8'), 'examples/demarc.yaml');
  return scan({
    inventory: inventoryOf(snapshot),
    policy,
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: ['examples/demo-account.json'] },
    version: '0.1.0',
    startedAt: new Date('2026-11-20T08:30:00Z'),
    finishedAt: new Date('2026-11-20T08:30:02.500Z'),
    now: new Date('2026-11-20T08:30:00Z'),
  });
}

/** Names a hostile or careless estate may hold: markup, quotes, separators, formulas, newlines. */
export const HOSTILE_NAME = `=HYPERLINK("http://x")|<b>&"a,b"\n*[x](y)*`;

/**
 * A small estate whose cloud strings carry markup and formula characters, one bucket with an inline
 * suppression, and an IAM user whose keys are unknown (not_assessed findings).
 */
export function hostileScan(): ScanResult {
  const bucket = resource('S3Bucket', {
    name: HOSTILE_NAME,
    id: `arn:aws:s3:::bucket-<script>`,
    encryption: null,
    versioning: 'Enabled',
  });
  const suppressed = resource('S3Bucket', {
    name: 'logs-bucket',
    id: 'arn:aws:s3:::logs-bucket',
    encryption: null,
    suppressions: [{ checkId: 's3-bucket-default-encryption', reason: 'accepted: "legacy" <archive>' }],
  });
  const user = resource('IamUser', { name: '+cmd|calc', id: `arn:aws:iam::${TEST_ACCOUNT}:user/+cmd` });
  return scan({
    inventory: new Inventory([bucket, suppressed, user]),
    policy: DEFAULT_POLICY,
    checks: CHECKS,
    source: { kind: 'snapshot', inputs: ['hostile.json'] },
    version: '0.1.0',
    startedAt: TEST_NOW,
    finishedAt: TEST_NOW,
    now: TEST_NOW,
  });
}

/** A validator for a vendored JSON Schema (draft-07), reporting every error with its path. */
export function schemaValidator(file: string): (value: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(readSchema(file));
  return (value) => {
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  };
}
