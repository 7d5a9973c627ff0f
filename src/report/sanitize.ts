/**
 * Text bound for a terminal may come from the cloud or a template (names, tags, ids, file names,
 * error messages), so a crafted value could clear the screen, set the window title or reverse the
 * line (U+202E). Every control character but line feed and tab, DEL, the C1 controls and the bidi
 * overrides and isolates are shown as escapes instead (`\x1b`, `\u202e`): visible and harmless.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_TEST = new RegExp(UNSAFE.source);

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function hasUnsafeChars(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

/** The text with every unsafe character replaced by its escape. */
export function visible(text: string): string {
  return hasUnsafeChars(text) ? text.replace(UNSAFE, escapeChar) : text;
}

/**
 * A copy of a plain value (objects, arrays, strings) with every string, keys included, made
 * visible; for formatters that add colour codes of their own, so the values are made safe before
 * the codes go in. Values without unsafe text are returned as they are, not copied.
 */
export function visibleStrings<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const safe = visibleStrings(value[i]);
      if (safe !== value[i]) copy ??= value.slice();
      if (copy) copy[i] = safe;
    }
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    let copy: Record<string, unknown> | undefined;
    const entries = Object.entries(value as Record<string, unknown>);
    for (const [key, item] of entries) {
      const safeKey = visible(key);
      const safe = visibleStrings(item);
      if (safe !== item || safeKey !== key) {
        copy ??= Object.fromEntries(entries.map(([k, v]) => [visible(k), v]));
        copy[safeKey] = safe;
      }
    }
    return (copy ?? value) as T;
  }
  return value;
}
