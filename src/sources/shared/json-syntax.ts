import { printParseErrorCode, visit } from 'jsonc-parser';

/** Where and why a text is not JSON, as ":line:column: problem" (JSON.parse alone does not say where). */
export function jsonSyntaxError(text: string): string {
  let found = '';
  visit(
    text,
    {
      onError: (error, _offset, _length, line, column) => {
        found ||= `:${line + 1}:${column + 1}: not valid JSON (${printParseErrorCode(error)})`;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return found || ': not valid JSON';
}
