import { InputError } from '../../errors.js';
import type { Resource } from '../../inventory/resources.js';

/** Settings that apply to every template or plan of one scan. */
export interface IacOptions {
  /** CloudFormation parameter values (`--parameter Key=Value`), AWS::Region and AWS::AccountId included. */
  parameters: Readonly<Record<string, string>>;
  /** Terraform variable values (`--var name=value`), over every other source of values. */
  variables?: Readonly<Record<string, string>>;
  /** Terraform variable files (`--var-file`), absolute, in the order given. */
  varFiles?: readonly string[];
}

/** Something in a file that did not stop it being scanned (a suppression without a reason, …). */
export interface IacNotice {
  file: string;
  line?: number;
  message: string;
}

export interface IacFileResult {
  resources: Resource[];
  notices: IacNotice[];
}

/**
 * One infrastructure-as-code format. `read` throws an InputError whose message is one line,
 * `file:line: what is wrong`, for a file that cannot be scanned at all.
 */
export interface IacReader {
  kind: 'cloudformation' | 'terraform';
  /** Whether a file's text is in this format, judged on content rather than the file name. */
  recognizes(text: string): boolean;
  /** Reads one file; `file` is the path findings show (relative to the scan root, `/`-separated). */
  read(file: string, text: string, options: IacOptions): IacFileResult;
}

/** What a folder-level reader gives for one folder. */
export interface IacFolderResult extends IacFileResult {
  /** The files read (as findings show them). */
  files: string[];
  /** Files that could not be read: each message is one line, `file:line: what is wrong`. */
  errors: { file: string; message: string }[];
  /** Folders (absolute) that this one used as modules: they are not roots of their own. */
  modules: string[];
}

/**
 * A format whose unit is a folder rather than a file: Terraform configuration, where every
 * `.tf` file of a folder makes one module. `prepare` loads what reading needs (a parser) once.
 */
export interface IacFolderReader {
  kind: 'terraform';
  /** Whether a file name belongs to this format (`main.tf`, `main.tf.json`). */
  claims(fileName: string): boolean;
  prepare(): Promise<void>;
  /** Reads a folder; `shown` turns an absolute path into the one findings show. */
  read(dir: string, shown: (absolute: string) => string, options: IacOptions): IacFolderResult;
}

/**
 * A file that looked like a reader's format at a glance but, read, is not (a JSON event fixture
 * holding a template fragment). Found in a folder it is skipped with a notice; named, it is an error.
 */
export class NotThisFormat extends InputError {}
