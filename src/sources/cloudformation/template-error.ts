import { InputError } from '../../errors.js';

/** A template that cannot be read, or is not valid CloudFormation. `line` is 1-based when known. */
export class TemplateError extends InputError {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}
