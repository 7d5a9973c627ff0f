import type { Status } from '../model/vocabulary.js';
import type { IacSupport } from './check.js';

/** The IaC formats a check's examples are written in. */
export type ExampleFormat = 'cloudformation' | 'terraform-hcl' | 'terraform-plan';

export const EXAMPLE_FORMATS: readonly ExampleFormat[] = [
  'cloudformation',
  'terraform-hcl',
  'terraform-plan',
];

/** The `iac` entry of a check that decides which examples a format must have. */
export const IAC_KEY_OF_FORMAT: Record<ExampleFormat, keyof IacSupport> = {
  cloudformation: 'cloudformation',
  'terraform-hcl': 'terraform',
  'terraform-plan': 'terraform',
};

/**
 * A good or bad IaC snippet beside a check, and the verdict every finding of the check on it gets.
 * The text sits inline so that a check is three files; the IaC harness reads it through the
 * format's reader.
 */
export interface Example {
  readonly format: ExampleFormat;
  readonly expect: Status;
  /** The snippet: a CloudFormation template (YAML or JSON), one `.tf` file, or a plan's JSON. */
  readonly source: string;
  /** What the example shows beyond the check's plain pass or fail. */
  readonly note?: string;
}

/**
 * A check's examples. A source written as a template string opens with a line break after the
 * backtick, for readability; that one break is dropped, so line 1 of the snippet is line 1.
 */
export function defineExamples(examples: readonly Example[]): readonly Example[] {
  return examples.map((e) => (e.source.startsWith('\n') ? { ...e, source: e.source.slice(1) } : e));
}

/** The language of a snippet, for fences in the docs and file names where a reader wants one. */
export function languageOf(example: Pick<Example, 'format' | 'source'>): 'yaml' | 'json' | 'hcl' {
  if (example.format === 'terraform-hcl') return 'hcl';
  if (example.format === 'terraform-plan') return 'json';
  return /^\uFEFF?\s*[{[]/.test(example.source) ? 'json' : 'yaml';
}

const EXTENSION = { yaml: 'yaml', json: 'json', hcl: 'tf' } as const;

/**
 * The name each example of a check goes by, `<format>.<verdict>.<ext>` (`cloudformation.fail.yaml`),
 * with `.2`, `.3`… before the extension when a check has several of one format and verdict.
 */
export function exampleNames(examples: readonly Example[]): string[] {
  const seen = new Map<string, number>();
  return examples.map((e) => {
    const stem = `${e.format}.${e.expect === 'not_assessed' ? 'not-assessed' : e.expect}`;
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return `${stem}${n > 1 ? `.${n}` : ''}.${EXTENSION[languageOf(e)]}`;
  });
}
