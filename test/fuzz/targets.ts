import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { type ExampleFormat, languageOf } from '../../src/checks/example.js';
import { formatNames } from '../../src/report/formats.js';
import { parseTemplate } from '../../src/sources/cloudformation/parse.js';
import { examplesOf } from '../helpers/examples.js';
import { DIR, type FuzzCase, type FuzzFile } from './case.js';
import type { Target } from './config.js';
import { CONTROL, hostileString, MARKUP, OBJECT_KEYS } from './hostile.js';
import {
  applyMutations,
  damage,
  describeDamage,
  hostileLeaves,
  leafReplacements,
  mutations,
  objectMemberChanges,
  textDamage,
} from './mutate.js';

/**
 * What each target feeds the CLI. Cases start from the project's own valid inputs (the demo
 * snapshot and policy, the IaC fixtures), mutated structurally, then the text damaged; a share are
 * fully random.
 */

const ROOT = new URL('../../../', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

const DEMO = JSON.parse(read('examples/demo-account.json')) as { resources: unknown[] } & Record<
  string,
  unknown
>;
const POLICY_TEXT = read('examples/demarc.yaml');
const POLICY = (await import('yaml')).parse(POLICY_TEXT) as unknown;

/** The IaC examples inline in each check's examples.ts, in one format and language. */
function fixtures(format: ExampleFormat, language: string): { file: string; text: string }[] {
  return examplesOf(format)
    .filter((e) => languageOf(e.example) === language)
    .map((e) => ({ file: e.path, text: e.example.source }));
}

const CFN_YAML = fixtures('cloudformation', 'yaml');
const CFN_JSON = fixtures('cloudformation', 'json');
const TF_PLANS = fixtures('terraform-plan', 'json');
/** Every CloudFormation fixture as plain data (short forms in long form), for structural mutation. */
const CFN_BODIES = [...CFN_JSON, ...CFN_YAML].map((f) => ({ file: f.file, doc: parseTemplate(f.text).body }));
const PLAN_BODIES = TF_PLANS.map((f) => ({ file: f.file, doc: JSON.parse(f.text) as unknown }));

/** YAML that attacks a YAML reader: foreign tags, alias bombs, merge keys, deep flow nesting. */
const YAML_SNIPPETS = fc.constantFrom(
  "\nx: !!js/function 'function () { return 1 }'\n",
  '\nx: !!python/object/apply:os.system ["true"]\n',
  '\nx: !!binary aGVsbG8=\n',
  '\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
  '\nbase: &base {Type: AWS::S3::Bucket}\nmerged:\n  <<: *base\n',
  `\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
  `\nx: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`,
  '\n__proto__: {polluted: true}\n',
  '\nconstructor: x\n',
  '\n%YAML 1.1\n---\n',
  '\n---\nsecond: document\n',
  '\nx: *undefined_alias\n',
  '\n\t- tab indented\n',
  '\ndup: 1\ndup: 2\n',
  `\nname: "${CONTROL[0]}${MARKUP[0]}"\n`,
);

const JSON_SNIPPETS = fc.constantFrom(
  '{',
  '}',
  ']',
  ',',
  '"',
  '\\u0000',
  '"__proto__": {}',
  '1e999',
  'NaN',
  '\u0000',
);

/** YAML text for data; data too deep for the YAML writer goes out as JSON, which is YAML too. */
function yamlText(value: unknown): string {
  try {
    return toYaml(value, { aliasDuplicateObjects: false });
  } catch {
    return JSON.stringify(value);
  }
}

function file(name: string, content: { text?: string; bytes?: number[] }): FuzzFile {
  return { name, ...content };
}

/** File content with how it was made. */
interface Made {
  content: { text?: string; bytes?: number[] };
  how: string;
}

/** Fully random content: printable or binary text, random bytes, random JSON. */
const randomContent: fc.Arbitrary<Made> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }).map((text) => ({ content: { text }, how: 'random text' })),
  fc
    .array(fc.integer({ min: 0, max: 255 }), { maxLength: 300 })
    .map((bytes) => ({ content: { bytes }, how: 'random bytes' })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ content: { text: JSON.stringify(v) }, how: 'random JSON' })),
);

/** A base document, structurally mutated, serialized, then its text damaged. */
function mutated(
  bases: fc.Arbitrary<{ doc: unknown; name: string }>,
  serialize: (value: unknown) => string,
  snippets: fc.Arbitrary<string>,
): fc.Arbitrary<Made> {
  return fc.tuple(bases, mutations, textDamage(snippets)).map(([base, m, d]) => {
    const log: string[] = [];
    const text = serialize(applyMutations(base.doc, m, log));
    return {
      content: damage(text, d),
      how: [`${base.name}, mutated:`, ...log, describeDamage(d)].filter(Boolean).join('\n  '),
    };
  });
}

/**
 * Keys whose values stay as they are, so the document stays valid: every property the snapshot
 * schema limits to an enum or a constant (read from the schema, so a new enum needs no edit here),
 * and a few the readers rely on.
 */
const FIXED_KEYS = new Set([
  ...enumKeys(JSON.parse(read('schema/snapshot.schema.json'))),
  ...['Effect', 'Principal', 'Type', '$schema', 'collectedAt'],
]);

function enumKeys(node: unknown, name?: string, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) enumKeys(item, name, found);
  } else if (node !== null && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    if (name && ('enum' in schema || 'const' in schema)) found.add(name);
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && value && typeof value === 'object') {
        for (const [property, sub] of Object.entries(value)) enumKeys(sub, property, found);
      } else {
        // anyOf/oneOf/items keep the property's name; anything else starts a new one.
        enumKeys(value, ['anyOf', 'oneOf', 'allOf', 'items'].includes(key) ? name : undefined, found);
      }
    }
  }
  return found;
}

/** A base document whose string values turn hostile; it stays valid, so it reaches the reports. */
function hostile(
  bases: fc.Arbitrary<{ doc: unknown; name: string }>,
  serialize: (value: unknown) => string,
): fc.Arbitrary<Made> {
  return fc.tuple(bases, leafReplacements).map(([base, r]) => {
    const log: string[] = [];
    const text = serialize(hostileLeaves(base.doc, r, log, FIXED_KEYS));
    return { content: { text }, how: [`${base.name}, hostile strings:`, ...log].join('\n  ') };
  });
}

/** A base document with Object-member names put where strings and keys were. */
function objectMembers(
  bases: fc.Arbitrary<{ doc: unknown; name: string }>,
  serialize: (value: unknown) => string,
): fc.Arbitrary<Made> {
  return fc.tuple(bases, objectMemberChanges).map(([base, [leaves, renames]]) => {
    const log: string[] = [];
    const doc = applyMutations(hostileLeaves(base.doc, leaves, log, FIXED_KEYS), renames, log);
    return {
      content: { text: serialize(doc) },
      how: [`${base.name}, Object-member names:`, ...log].join('\n  '),
    };
  });
}

/** The original text of a file, damaged (keeps YAML short forms, comments and layout). */
function damagedText(
  bases: { file: string; text: string }[],
  snippets: fc.Arbitrary<string>,
): fc.Arbitrary<Made> {
  return fc.tuple(fc.constantFrom(...bases), textDamage(snippets)).map(([base, d]) => ({
    content: damage(base.text, d),
    how: [base.file, describeDamage(d)].filter(Boolean).join('\n  '),
  }));
}

/** A file name that is itself hostile (it reaches errors, reports and the terminal). */
const fileName = (base: string, ext: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(`${base}${ext}`) },
    {
      weight: 1,
      arbitrary: hostileString.map((s) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: a file name cannot hold NUL or /
        const safe = s.replace(/[\u0000/]/g, '_').slice(0, 60);
        return `${safe || 'x'}${ext}`;
      }),
    },
  );

/** Some of the demo's resources: fast, shrinks well, and a saved case stays small. */
const demoSnapshot = fc.subarray(DEMO.resources, { minLength: 1, maxLength: 30 }).map((resources) => ({
  doc: { ...DEMO, resources },
  name: `demo snapshot, ${resources.length} resource(s): ${resources.map((r) => (r as { id: string }).id).join(' ')}`,
}));

const asJson = (v: unknown) => JSON.stringify(v, null, 1);

const snapshotCase: fc.Arbitrary<FuzzCase> = fc
  .oneof(
    { weight: 4, arbitrary: mutated(demoSnapshot, asJson, JSON_SNIPPETS) },
    { weight: 2, arbitrary: hostile(demoSnapshot, asJson) },
    { weight: 1, arbitrary: objectMembers(demoSnapshot, asJson) },
    { weight: 1, arbitrary: randomContent },
  )
  .map(({ content, how }) => ({
    args: ['scan', '--snapshot', `${DIR}snapshot.json`, '--format', 'terminal'],
    files: [file('snapshot.json', content)],
    how,
  }));

const POLICY_BASE = fc.constant({ doc: POLICY, name: 'examples/demarc.yaml' });

const policyCase: fc.Arbitrary<FuzzCase> = fc
  .oneof(
    { weight: 4, arbitrary: mutated(POLICY_BASE, yamlText, fc.oneof(YAML_SNIPPETS, hostileString)) },
    { weight: 2, arbitrary: hostile(POLICY_BASE, yamlText) },
    { weight: 2, arbitrary: objectMembers(POLICY_BASE, yamlText) },
    {
      weight: 1,
      arbitrary: damagedText([{ file: 'examples/demarc.yaml', text: POLICY_TEXT }], YAML_SNIPPETS),
    },
    { weight: 1, arbitrary: randomContent },
  )
  .map(({ content, how }) => ({
    args: [
      'scan',
      '--snapshot',
      `${DIR}snapshot.json`,
      '--config',
      `${DIR}demarc.yaml`,
      '--format',
      'terminal',
    ],
    files: [{ name: 'snapshot.json', fixture: 'examples/demo-account.json' }, file('demarc.yaml', content)],
    how,
  }));

const iacCase = (base: string, ext: string, content: fc.Arbitrary<Made>): fc.Arbitrary<FuzzCase> =>
  fc.tuple(content, fileName(base, ext)).map(([made, name]) => ({
    args: ['scan', `${DIR}${name}`, '--format', 'terminal'],
    files: [file(name, made.content)],
    how: made.how,
  }));

const named = <T>(items: { file: string; doc: T }[]) =>
  fc.constantFrom(...items.map((i) => ({ doc: i.doc, name: i.file })));
const CFN_BASES = named(CFN_BODIES);
const PLAN_BASES = named(PLAN_BODIES);
/** Random text behind a `{`, so it is taken for JSON and reaches the JSON readers. */
const randomJsonish = randomContent.map((m) =>
  m.content.text !== undefined ? { ...m, content: { text: `{${m.content.text}` } } : m,
);
const cfnYaml = (v: unknown) => `AWSTemplateFormatVersion: '2010-09-09'\n${yamlText(v)}`;

const cfnJsonCase = iacCase(
  'template',
  '.json',
  fc.oneof(
    { weight: 4, arbitrary: mutated(CFN_BASES, (v) => asJson(v), JSON_SNIPPETS) },
    { weight: 2, arbitrary: hostile(CFN_BASES, (v) => JSON.stringify(v, null, 2)) },
    { weight: 1, arbitrary: randomJsonish },
  ),
);

const cfnYamlCase = iacCase(
  'template',
  '.yaml',
  fc.oneof(
    { weight: 3, arbitrary: mutated(CFN_BASES, cfnYaml, fc.oneof(YAML_SNIPPETS, hostileString)) },
    { weight: 2, arbitrary: hostile(CFN_BASES, cfnYaml) },
    { weight: 2, arbitrary: damagedText(CFN_YAML, fc.oneof(YAML_SNIPPETS, hostileString)) },
    { weight: 1, arbitrary: randomContent },
  ),
);

const planCase = iacCase(
  'plan',
  '.json',
  fc.oneof(
    { weight: 4, arbitrary: mutated(PLAN_BASES, asJson, JSON_SNIPPETS) },
    { weight: 2, arbitrary: hostile(PLAN_BASES, (v) => JSON.stringify(v, null, 2)) },
    { weight: 1, arbitrary: randomJsonish },
  ),
);

/**
 * Every format, ASFF last: it refuses a finding without a 12-digit account (every IaC finding, and
 * hostile account ids), and the run stops at the first format that refuses.
 */
const ALL_FORMATS = [...formatNames().filter((f) => f !== 'asff'), 'asff'].join(',');

/** Valid inputs whose strings are hostile, rendered in every format at once. */
const formatsCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        hostile(demoSnapshot, (v) => JSON.stringify(v)),
        fc.boolean(),
      )
      .map(([made, withPolicy]) => ({
        args: [
          'scan',
          '--snapshot',
          `${DIR}snapshot.json`,
          ...(withPolicy ? ['--config', `${DIR}demarc.yaml`] : []),
          '--format',
          ALL_FORMATS,
          '--output-dir',
          `${DIR}out`,
        ],
        files: [
          file('snapshot.json', made.content),
          ...(withPolicy ? [{ name: 'demarc.yaml', fixture: 'examples/demarc.yaml' }] : []),
        ],
        how: made.how,
      })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(hostile(CFN_BASES, cfnYaml), fileName('template', '.yaml')).map(([made, name]) => ({
      args: ['scan', `${DIR}${name}`, '--format', ALL_FORMATS, '--output-dir', `${DIR}out`],
      files: [file(name, made.content)],
      how: made.how,
    })),
  },
);

export const TARGETS: Record<Target, fc.Arbitrary<FuzzCase>> = {
  snapshot: snapshotCase,
  policy: policyCase,
  'cloudformation-json': cfnJsonCase,
  'cloudformation-yaml': cfnYamlCase,
  'terraform-plan': planCase,
  formats: formatsCase,
};

/**
 * For the browser: a few demo resources with many of their strings turned into script payloads
 * (markup and Object-member names), written as one HTML report.
 */
export const htmlCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    demoSnapshot,
    fc.array(
      fc.record({
        at: fc.nat({ max: 100_000 }),
        value: fc.constantFrom(...MARKUP, ...OBJECT_KEYS),
        whole: fc.boolean(),
      }),
      { minLength: 20, maxLength: 40 },
    ),
  )
  .map(([base, r]) => {
    const log: string[] = [];
    const text = JSON.stringify(hostileLeaves(base.doc, r, log, FIXED_KEYS));
    return {
      args: ['scan', '--snapshot', `${DIR}snapshot.json`, '--format', 'html', '--output-dir', `${DIR}out`],
      files: [file('snapshot.json', { text })],
      how: [`${base.name}, hostile strings:`, ...log].join('\n  '),
    };
  });
