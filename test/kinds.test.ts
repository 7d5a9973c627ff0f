import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PRODUCERS, type Producer } from '../src/inventory/kind.js';
import { KINDS, kindOf, RESOURCE_TYPES, type ResourceType } from '../src/inventory/resources.js';
import { examplesOf, readExample } from './helpers/examples.js';
import { REPO_ROOT } from './helpers/paths.js';

const SRC = join(REPO_ROOT, 'src');
const TYPES = new Set<string>(RESOURCE_TYPES);

/** The non-test TypeScript files below a folder of src/, as paths from src/. */
function sources(folder = ''): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(folder, f));
}

/** The kinds a source's code builds resources of: every `type: 'Kind'` it writes. */
function typesBuiltBy(producer: Producer): string[] {
  const found = new Set<string>();
  for (const file of sources(join('sources', producer))) {
    for (const m of readFileSync(join(SRC, file), 'utf8').matchAll(/\btype: '(\w+)'/g)) {
      if (TYPES.has(m[1] as string)) found.add(m[1] as string);
    }
  }
  return [...found].sort();
}

const listed = (producer: Producer): string[] =>
  KINDS.filter((k) => (k.producedBy as readonly Producer[]).includes(producer))
    .map((k) => k.type)
    .sort();

describe("a kind's producedBy", () => {
  for (const producer of PRODUCERS) {
    it(`names exactly the kinds src/sources/${producer}/ builds`, () => {
      assert.deepEqual(listed(producer), typesBuiltBy(producer));
    });
  }

  it('lists the kinds no source builds as produced by none (a snapshot file only)', () => {
    const none = KINDS.filter((k) => k.producedBy.length === 0).map((k) => k.type);
    assert.ok(none.includes('Workspace') && none.includes('EksCluster'), none.join(', '));
  });

  it('holds for what the readers make of every check example (CloudFormation, HCL and plan JSON)', () => {
    const formats = [
      { producer: 'cloudformation', examples: examplesOf('cloudformation') },
      { producer: 'terraform', examples: examplesOf('terraform-hcl') },
      { producer: 'terraform', examples: examplesOf('terraform-plan') },
    ] as const;
    for (const { producer, examples } of formats) {
      assert.ok(examples.length > 30, `${examples.length} ${producer} examples`);
      const seen = new Set<ResourceType>();
      for (const example of examples) {
        for (const r of readExample(example).resources) seen.add(r.type);
      }
      const unlisted = [...seen].filter(
        (t) => !(kindOf(t).producedBy as readonly string[]).includes(producer),
      );
      assert.deepEqual(unlisted, [], `${producer} builds kinds whose producedBy does not say so`);
      assert.ok(seen.size >= 10, `${producer}: ${[...seen].join(', ')}`);
    }
  });
});

/**
 * Lists of three or more kinds outside inventory/ that are not a fact about the kinds, each with
 * why. A check's own `resourceTypes` (its scope) is never a restatement.
 */
const ALLOWED_LISTS: Record<string, string> = {
  'checks/vpc/private-paths.ts':
    'the kinds that make a private path into a VPC, a notion of that check alone',
  'sources/cloudformation/mappers/iam.ts':
    'the identities an inline AWS::IAM::Policy attaches to: its Users, Groups and Roles properties',
};

const TOKEN = new RegExp(`'(${[...TYPES].join('|')})'|^\\s*(${[...TYPES].join('|')})\\s*:`, 'g');

/** Each run of lines (or one line) of a file that names three or more kinds. */
function kindListsIn(file: string, text: string): string[] {
  const out: string[] = [];
  let run: { line: number; kinds: string[] }[] = [];
  const flush = () => {
    const kinds = new Set(run.flatMap((r) => r.kinds));
    if (kinds.size >= 3) out.push(`src/${file}:${(run[0]?.line ?? 0) + 1}: ${[...kinds].join(', ')}`);
    run = [];
  };
  for (const [index, line] of text.split('\n').entries()) {
    const kinds = /^\s*resourceTypes:/.test(line) ? [] : [...line.matchAll(TOKEN)].map((m) => m[1] ?? m[2]);
    if (kinds.length === 0) flush();
    else run.push({ line: index, kinds: kinds as string[] });
  }
  flush();
  return out;
}

/** The kind lists of every file of src/ outside inventory/. */
function kindLists(): string[] {
  return sources()
    .filter((file) => !file.startsWith('inventory/') && !ALLOWED_LISTS[file])
    .flatMap((file) => kindListsIn(file, readFileSync(join(SRC, file), 'utf8')));
}

describe('facts about kinds live in their definitions', () => {
  it('no file outside src/inventory/ keeps a list of kinds (derive it from the registry instead)', () => {
    assert.deepEqual(kindLists(), []);
  });

  it('would see a restated list, as an array or as an object keyed by kind', () => {
    assert.ok(sources().length > 100);
    const array = "const DATA = [\n  'S3Bucket',\n  'EbsVolume',\n  'RdsInstance',\n] as const;";
    assert.deepEqual(kindListsIn('a.ts', array), ['src/a.ts:2: S3Bucket, EbsVolume, RdsInstance']);
    const inline = "const TYPES = new Set(['IamUser', 'IamGroup', 'IamRole']);";
    assert.equal(kindListsIn('b.ts', inline).length, 1);
    const map = "const ASFF = {\n  S3Bucket: 'AwsS3Bucket',\n  KmsKey: 'AwsKmsKey',\n  Vpc: 'AwsEc2Vpc',\n};";
    assert.equal(kindListsIn('c.ts', map).length, 1);
    const scope = "  resourceTypes: ['IamUser', 'IamGroup', 'IamRole'],";
    assert.deepEqual(kindListsIn('d.ts', scope), []);
  });
});
