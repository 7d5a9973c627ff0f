import type { Resource } from '../../inventory/resources.js';

/** Settings that apply to every template or plan of one scan. */
export interface IacOptions {
  /** CloudFormation parameter values (`--parameter Key=Value`), AWS::Region and AWS::AccountId included. */
  parameters: Readonly<Record<string, string>>;
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
