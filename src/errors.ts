/**
 * An error in the user's input (a file, a flag, a config): reported as one line naming where, with
 * a non-zero exit and no stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
