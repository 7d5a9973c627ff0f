/**
 * How deep JSON and YAML inputs may nest. Real templates, plans, snapshots and policies nest a few
 * dozen levels at most; far deeper input only exhausts the stack of whatever walks it next.
 */
export const MAX_NESTING = 100;

/**
 * The 1-based line where JSON text first nests deeper than `limit`, or undefined. One pass
 * without recursion or parsing, so it is safe on any input and cheap on large files.
 */
export function jsonTooDeepAt(text: string, limit = MAX_NESTING): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i = stringEnd(text, i);
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return lineAt(text, i);
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
    }
  }
  return undefined;
}

/** The index of the quote closing the string that opens at `start` (the text's end if none). */
function stringEnd(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    for (let j = end - 1; text.charCodeAt(j) === 92; j--) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return text.length;
}

/** The 1-based line of a character index. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The one-line reason for refusing input nested deeper than the limit. */
export const TOO_DEEP = `nests more than ${MAX_NESTING} levels deep`;

/** Whether an error is the engine's stack overflow, whatever reported it (a parser may wrap it). */
export function isStackOverflow(error: unknown): boolean {
  return (
    error instanceof RangeError || /Maximum call stack size exceeded/.test(String((error as Error)?.message))
  );
}
