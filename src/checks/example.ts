import type { Status } from '../model/vocabulary.js';
import type { IacSupport } from './check.js';

/**
 * The IaC formats a check's examples are written in. Terraform HCL joins as 'terraform-hcl'
 * (files `examples/terraform-hcl.<verdict>.tf`, judged under the check's `iac.terraform`) once
 * a reader for it exists.
 */
export type ExampleFormat = 'cloudformation' | 'terraform-plan';

/** The `iac` entry of a check that decides which examples a format must have. */
export const IAC_KEY_OF_FORMAT: Record<ExampleFormat, keyof IacSupport> = {
  cloudformation: 'cloudformation',
  'terraform-plan': 'terraform',
};

/** A good or bad IaC file beside a check, and the verdict every finding of the check on it gets. */
export interface Example {
  readonly format: ExampleFormat;
  readonly expect: Status;
  /** Path from the check's folder, by convention `examples/<format>.<verdict>.<ext>`. */
  readonly file: string;
  /** What the example shows beyond the check's plain pass or fail. */
  readonly note?: string;
}

export function defineExamples(examples: readonly Example[]): readonly Example[] {
  return examples;
}
